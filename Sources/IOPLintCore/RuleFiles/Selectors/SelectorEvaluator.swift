import IOPYAML

/// Walks a document once along a selector's steps, depth first, so that matches and missing
/// keys come out in document order without going back to the root.
///
/// The path of the node being visited is one array, extended and shortened in place as the
/// walk goes down and back up; a ``DocumentPath`` is made only for a match, a missing key, or a
/// look-up among rejected paths. A selector with `**`, which reaches every node below, records
/// its matches on a ``PathTrail`` instead, one entry per node.
struct SelectorEvaluator {
    private let steps: [SelectorStep]
    private let rejected: RejectedPaths
    /// Whether matches may come out of document order or twice (a step after a `**`), so that
    /// they must be sorted by their document order; else no order is kept.
    private let keepsOrder: Bool
    /// The value each filter step compares with, by step index; `nil` when a reference has no
    /// value (then the filter matches nothing), and for steps that are not filters. Empty when
    /// the selector has no filter.
    private var operands: [YAMLNode?]
    private var matches: [SelectedNode] = []
    /// Whether matches are recorded on a trail (``entries``) rather than with their paths.
    private let recordsTrail: Bool
    /// The nodes reached when ``recordsTrail``: each is placed at the root until the trail is
    /// complete, then at its entry in ``trailEntries``. They are made once, and placed in place.
    private var trailMatches: [SelectedNode] = []
    /// The entry on the trail of each of ``trailMatches`` (`-1`: the start).
    private var trailEntries: [Int] = []
    /// The trail of the matches so far, below the start (at depth ``trailDepth`` of ``path``).
    private var entries: [PathTrail.Entry] = []
    private var trailDepth = 0
    /// The entries of the levels of ``path`` below the start that are on the way to a match.
    private var entryStack: [Int] = []
    /// The document order of each match (positions of it and its ancestors among their
    /// siblings, relative to the start); kept only when ``keepsOrder``.
    private var matchOrders: [[Int]] = []
    private var missing: [DocumentPath] = []
    /// Indexes of filtered lists, shared with other selections in the document.
    private let memo: SelectionMemo?
    /// The path of the node being visited.
    private var path: [DocumentPath.Component] = []
    /// The positions among their siblings along ``path`` from the start (only when ``keepsOrder``).
    private var order: [Int] = []

    init(steps: [SelectorStep], rejected: RejectedPaths, current: SelectedNode?, memo: SelectionMemo? = nil) {
        self.steps = steps
        self.rejected = rejected
        self.memo = memo
        keepsOrder = steps.dropLast().contains(.descendants)
        recordsTrail = steps.contains(.descendants)
        // Worked out before `self` is whole, not by its methods: a method called from here
        // would make the initializer copy the evaluator, every array of it retained once more.
        operands = Self.operands(of: steps, rejected: rejected, current: current)
    }

    /// The value each filter step compares with (``operands``).
    private static func operands(
        of steps: [SelectorStep], rejected: RejectedPaths, current: SelectedNode?
    ) -> [YAMLNode?] {
        guard steps.contains(where: { if case .filter = $0 { true } else { false } }) else { return [] }
        var operands = [YAMLNode?](repeating: nil, count: steps.count)
        var path: [DocumentPath.Component] = []
        for (index, step) in steps.enumerated() {
            guard case .filter(let filter) = step else { continue }
            switch filter.operand {
            case .literal(let node):
                operands[index] = node
            case .reference(let keys):
                guard let current else { continue }
                path = current.path.components
                operands[index] = descend(from: current.node, keys: keys, path: &path, rejected: rejected)
            }
        }
        return operands
    }

    /// The values the filters that read `@` compare with, in step order (`nil` when `@` lacks
    /// the field).
    var referenceOperands: [YAMLNode?] {
        steps.indices.compactMap { index -> YAMLNode?? in
            guard case .filter(let filter) = steps[index], case .reference = filter.operand else { return nil }
            return .some(operands[index])
        }
    }

    /// The selection from `start`, below which there are `nodesBelow` nodes (itself included;
    /// `0` when not known): when the selector is `**` alone, it selects them all, and room is
    /// made for them at once rather than arrays grown and copied a dozen times.
    mutating func run(from start: SelectedNode, nodesBelow: Int = 0) -> Selection {
        if steps.count == 1, case .descendants = steps[0], rejected.isEmpty {
            return Self.everyNode(from: start, nodesBelow: nodesBelow)
        }
        path = start.path.components
        path.reserveCapacity(path.count + steps.count + 8)
        if recordsTrail {
            trailDepth = path.count
            let selectsAll = steps.count == 1 && nodesBelow > 0
            entries.reserveCapacity(selectsAll ? nodesBelow : 64)
            entryStack.reserveCapacity(16)
            if selectsAll {
                trailMatches.reserveCapacity(nodesBelow)
                trailEntries.reserveCapacity(nodesBelow)
            }
        }
        visit(start.node, step: 0, recordsMissing: true)
        guard recordsTrail else { return Selection(matches: matches, missing: missing) }
        // Steps after a `**` can reach nodes out of order (`**.*`) or twice (`**.**`).
        if keepsOrder {
            var unique: [SelectedNode] = []
            var uniqueEntries: [Int] = []
            var lastOrder: [Int]?
            for index in trailMatches.indices.sorted(by: {
                matchOrders[$0].lexicographicallyPrecedes(matchOrders[$1])
            })
            where lastOrder != matchOrders[index] {
                unique.append(trailMatches[index])
                uniqueEntries.append(trailEntries[index])
                lastOrder = matchOrders[index]
            }
            trailMatches = unique
            trailEntries = uniqueEntries
        }
        let trail = PathTrail(start: start.path, entries: entries)
        for index in trailMatches.indices {
            trailMatches[index].location = .trail(PathTrail.Place(trail: trail, entry: trailEntries[index]))
        }
        return Selection(matches: trailMatches, missing: missing)
    }

    /// Applies the steps from `step` on to `node`, which is at ``path``. Recursion is as deep as
    /// the selector is long; `**` walks its subtree with a stack.
    private mutating func visit(_ node: YAMLNode, step: Int, recordsMissing: Bool) {
        guard step < steps.count else {
            if recordsTrail {
                trailEntries.append(recordEntry())
                trailMatches.append(SelectedNode(node: node, location: .path(.root)))
            } else {
                matches.append(SelectedNode(node: node, path: currentPath))
            }
            if keepsOrder { matchOrders.append(order) }
            return
        }
        let next = step + 1
        switch steps[step] {
        case .key(let key):
            visitKey(key, of: node, step: next, recordsMissing: recordsMissing)
        case .index(let index):
            guard case .sequence(let items) = node.content, items.indices.contains(index) else { return }
            visitItem(items[index], at: index, step: next, recordsMissing: recordsMissing)
        case .everyItem:
            guard case .sequence(let items) = node.content else { return }
            for index in items.indices {
                visitItem(items[index], at: index, step: next, recordsMissing: recordsMissing)
            }
        case .everyChild:
            visitChildren(of: node, step: next, recordsMissing: recordsMissing)
        case .filter(let filter):
            visitFiltered(node, filter: filter, step: step, recordsMissing: recordsMissing)
        case .descendants:
            visitDescendants(of: node, step: next)
        }
    }

    /// The value under `key`, or the key recorded as missing.
    private mutating func visitKey(_ key: String, of node: YAMLNode, step next: Int, recordsMissing: Bool) {
        guard let pairs = Self.keyedPairs(of: node) else { return }
        push(.key(key), at: 0)
        defer { pop() }
        if let position = Self.position(of: key, in: pairs) {
            if isAccepted { return visit(pairs[position].value, step: next, recordsMissing: recordsMissing) }
            // A value of the wrong type is there: `format/type` reports it, and it is not
            // missing for the rules that need it.
            return
        }
        if recordsMissing && !isRejected { missing.append(currentPath) }
    }

    /// The item at `index` of a list, unless it is rejected.
    private mutating func visitItem(_ item: YAMLNode, at index: Int, step next: Int, recordsMissing: Bool) {
        push(.index(index), at: index)
        if isAccepted { visit(item, step: next, recordsMissing: recordsMissing) }
        pop()
    }

    /// The items of a list or the values of a mapping (under scalar keys).
    private mutating func visitChildren(of node: YAMLNode, step next: Int, recordsMissing: Bool) {
        switch node.content {
        case .scalar: return
        case .sequence(let items):
            for index in items.indices {
                visitItem(items[index], at: index, step: next, recordsMissing: recordsMissing)
            }
        case .mapping(let pairs):
            for position in pairs.indices {
                guard case .scalar(let key) = pairs[position].key.content else { continue }
                push(.key(key.value), at: position)
                if isAccepted { visit(pairs[position].value, step: next, recordsMissing: recordsMissing) }
                pop()
            }
        }
    }

    /// The items of a list for which `filter` (the step at `step`) holds.
    private mutating func visitFiltered(_ node: YAMLNode, filter: SelectorFilter, step: Int, recordsMissing: Bool) {
        guard let operand = operands[step], case .sequence(let items) = node.content else { return }
        let next = step + 1
        if filter.comparison == .equal, let memo {
            // Only the items whose field equals the operand, looked up in an index of the list.
            let key = SelectionMemo.FilterKey(list: currentPath, field: filter.field)
            let index = memo.filterIndex(key) {
                ScalarIndex(items.indices.map { fieldValue(of: items[$0], at: $0, keys: filter.field) })
            }
            for position in index.positions(matching: operand) {
                visitItem(items[position], at: position, step: next, recordsMissing: recordsMissing)
            }
            return
        }
        for index in items.indices {
            push(.index(index), at: index)
            if isAccepted, filter.holds(field: descend(from: items[index], keys: filter.field), operand: operand) {
                visit(items[index], step: next, recordsMissing: recordsMissing)
            }
            pop()
        }
    }

    /// The field at `keys` of the list item at `index`; `nil` when the item or the field is
    /// not there or rejected.
    private mutating func fieldValue(of item: YAMLNode, at index: Int, keys: [String]) -> YAMLNode? {
        push(.index(index), at: index)
        defer { pop() }
        return isAccepted ? descend(from: item, keys: keys) : nil
    }

    /// `node` itself and every node below it, in document order. The walk keeps its own stack
    /// of lists and mappings being read, so that a deep document does not recurse.
    private mutating func visitDescendants(of node: YAMLNode, step next: Int) {
        struct Frame {
            var node: YAMLNode
            var next = 0
        }
        visit(node, step: next, recordsMissing: false)
        var frames = [Frame(node: node)]
        while let last = frames.indices.last {
            let position = frames[last].next
            guard let (child, component, end) = Self.child(of: frames[last].node, from: position) else {
                frames.removeLast()
                if !frames.isEmpty { pop() }
                continue
            }
            frames[last].next = end
            push(component, at: end - 1)
            guard isAccepted else {
                pop()
                continue
            }
            visit(child, step: next, recordsMissing: false)
            // A scalar has nothing below it: it gets no frame of its own, and the walk goes
            // straight back up from it.
            if case .scalar = child.content {
                pop()
            } else {
                frames.append(Frame(node: child))
            }
        }
    }

    /// What `**` alone selects from `start` when no node of the document is rejected: `start`
    /// and every node below it, in document order, on one trail, as ``visitDescendants(of:step:)``
    /// finds them. With nothing to look up among rejected paths, the walk keeps no path: each
    /// node's trail entry is made from its parent's as the node is met. `nodesBelow` is as for
    /// ``run(from:nodesBelow:)``.
    private static func everyNode(from start: SelectedNode, nodesBelow: Int) -> Selection {
        struct Frame {
            var node: YAMLNode
            var next = 0
            /// The frame's node's entry on the trail (`-1`: the start).
            let entry: Int
        }
        let room = max(nodesBelow, 64)
        var entries: [PathTrail.Entry] = []
        entries.reserveCapacity(room)
        // Each match is placed at the root until the trail is complete, then at its entry.
        var matches: [SelectedNode] = []
        matches.reserveCapacity(room)
        matches.append(SelectedNode(node: start.node, location: .path(.root)))
        var frames = [Frame(node: start.node, entry: -1)]
        frames.reserveCapacity(16)
        while let last = frames.indices.last {
            guard let (child, component, end) = child(of: frames[last].node, from: frames[last].next) else {
                frames.removeLast()
                continue
            }
            frames[last].next = end
            entries.append(PathTrail.Entry(parent: frames[last].entry, component: component))
            matches.append(SelectedNode(node: child, location: .path(.root)))
            // A scalar has nothing below it: it gets no frame of its own.
            if case .scalar = child.content { continue }
            frames.append(Frame(node: child, entry: entries.count - 1))
        }
        let trail = PathTrail(start: start.path, entries: entries)
        // The start has no entry (`-1`); the match after it is the first node below, and so on.
        for index in matches.indices {
            matches[index].location = .trail(PathTrail.Place(trail: trail, entry: index - 1))
        }
        return Selection(matches: matches)
    }

    /// The first child of `node` at or after `position` (skipping mapping entries under keys
    /// that are not scalars), its path component and the position after it.
    private static func child(of node: YAMLNode, from position: Int) -> (YAMLNode, DocumentPath.Component, Int)? {
        switch node.content {
        case .scalar:
            return nil
        case .sequence(let items):
            return position < items.count ? (items[position], .index(position), position + 1) : nil
        case .mapping(let pairs):
            var position = position
            while position < pairs.count {
                if case .scalar(let key) = pairs[position].key.content {
                    return (pairs[position].value, .key(key.value), position + 1)
                }
                position += 1
            }
            return nil
        }
    }

    // MARK: The path, and rejected nodes

    /// Goes down to a child: `component` of the path, at `position` among its siblings.
    private mutating func push(_ component: DocumentPath.Component, at position: Int) {
        path.append(component)
        if keepsOrder { order.append(position) }
    }

    /// Goes back up from the last ``push(_:at:)``.
    private mutating func pop() {
        path.removeLast()
        if trailDepth + entryStack.count > path.count { entryStack.removeLast() }
        if keepsOrder { order.removeLast() }
    }

    /// The trail entry of the node at ``path`` (`-1` for the start), made now with those of its
    /// ancestors that have none yet.
    private mutating func recordEntry() -> Int {
        while trailDepth + entryStack.count < path.count {
            let component = path[trailDepth + entryStack.count]
            entries.append(PathTrail.Entry(parent: entryStack.last ?? -1, component: component))
            entryStack.append(entries.count - 1)
        }
        return entryStack.last ?? -1
    }

    /// ``path``, in an array of its own (``path`` changes on).
    private var currentPath: DocumentPath {
        DocumentPath(path.withUnsafeBufferPointer { Array($0) })
    }

    /// Whether the node at ``path`` was rejected.
    private var isRejected: Bool {
        rejected.contains(path)
    }

    /// The pairs a key step looks its key up in: a mapping's, and none in a null (`problem:`
    /// left empty is an empty section, whose keys are missing); `nil` for any other node, where
    /// a key is neither found nor missing.
    private static func keyedPairs(of node: YAMLNode) -> [YAMLPair]? {
        switch node.content {
        case .mapping(let pairs): pairs
        case .scalar: node.isNull ? [] : nil
        case .sequence: nil
        }
    }

    private var isAccepted: Bool { !isRejected }

    /// The node reached from `node` (at ``path``) by `keys`, one mapping after another; `nil`
    /// when a key is not there or its value is rejected.
    private mutating func descend(from node: YAMLNode, keys: [String]) -> YAMLNode? {
        Self.descend(from: node, keys: keys, path: &path, rejected: rejected)
    }

    /// ``descend(from:keys:)`` from `node` at `path`, which is left as it was.
    private static func descend(
        from node: YAMLNode, keys: [String], path: inout [DocumentPath.Component], rejected: RejectedPaths
    ) -> YAMLNode? {
        var reached = node
        let depth = path.count
        defer { path.removeLast(path.count - depth) }
        for key in keys {
            guard case .mapping(let pairs) = reached.content, let position = position(of: key, in: pairs)
            else { return nil }
            path.append(.key(key))
            guard !rejected.contains(path) else { return nil }
            reached = pairs[position].value
        }
        return reached
    }

    /// What a selector made of `keys` alone picks from `start`: the same as ``run(from:)``, by
    /// one walk down the keys, without the state the other steps need (most selectors of checks
    /// are of this kind, `@.mandate.date`, and run once for every node a rule selects).
    static func select(keys: [String], from start: SelectedNode, rejected: RejectedPaths) -> Selection {
        var node = start.node
        var path = start.path.components
        for key in keys {
            guard let pairs = keyedPairs(of: node) else { return Selection() }
            path.append(.key(key))
            let rejectedHere = rejected.contains(path)
            guard let position = position(of: key, in: pairs) else {
                return rejectedHere ? Selection() : Selection(missing: [DocumentPath(path)])
            }
            // A value of the wrong type is there: not missing, and not selected.
            guard !rejectedHere else { return Selection() }
            node = pairs[position].value
        }
        return Selection(matches: [SelectedNode(node: node, path: DocumentPath(path))])
    }

    /// The position of the first pair under the scalar `key`.
    private static func position(of key: String, in pairs: [YAMLPair]) -> Int? {
        for index in pairs.indices {
            if case .scalar(let scalar) = pairs[index].key.content, scalar.value.isSameText(as: key) { return index }
        }
        return nil
    }
}
