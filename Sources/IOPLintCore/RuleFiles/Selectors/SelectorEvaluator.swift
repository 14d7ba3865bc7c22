import IOPYAML

/// Walks a document once along a selector's steps, depth first, so that matches and missing
/// keys come out in document order without going back to the root.
struct SelectorEvaluator {
    /// A node reached, with its path and the positions of it and its ancestors among their
    /// siblings (its document order, relative to the start; kept only when ``keepsOrder``).
    struct Cursor {
        var node: YAMLNode
        var path: DocumentPath
        var order: [Int]
    }

    private let steps: [SelectorStep]
    private let rejected: Set<DocumentPath>
    /// Whether matches may come out of document order or twice (a step after a `**`), so that
    /// they must be sorted by ``Cursor/order``; else no cursor keeps its order.
    private let keepsOrder: Bool
    /// The value each filter step compares with, by step index; none when a reference has no
    /// value (then the filter matches nothing).
    private var operands: [Int: YAMLNode] = [:]
    private var matches: [Cursor] = []
    private var missing: [DocumentPath] = []
    /// Indexes of filtered lists, shared with other selections in the document.
    private let memo: SelectionMemo?

    init(steps: [SelectorStep], rejected: Set<DocumentPath>, current: SelectedNode?, memo: SelectionMemo? = nil) {
        self.steps = steps
        self.rejected = rejected
        self.memo = memo
        keepsOrder = steps.dropLast().contains(.descendants)
        for (index, step) in steps.enumerated() {
            guard case .filter(let filter) = step else { continue }
            switch filter.operand {
            case .literal(let node):
                operands[index] = node
            case .reference(let keys):
                let start = current.map { Cursor(node: $0.node, path: $0.path, order: []) }
                operands[index] = start.flatMap { descend(from: $0, keys: keys) }?.node
            }
        }
    }

    /// The values the filters that read `@` compare with, in step order (`nil` when `@` lacks
    /// the field).
    var referenceOperands: [YAMLNode?] {
        steps.indices.compactMap { index -> YAMLNode?? in
            guard case .filter(let filter) = steps[index], case .reference = filter.operand else { return nil }
            return .some(operands[index])
        }
    }

    mutating func run(from start: SelectedNode) -> Selection {
        visit(Cursor(node: start.node, path: start.path, order: []), step: 0, recordsMissing: true)
        // Steps after a `**` can reach nodes out of order (`**.*`) or twice (`**.**`).
        if keepsOrder {
            var unique: [Cursor] = []
            for match in matches.sorted(by: { $0.order.lexicographicallyPrecedes($1.order) })
            where unique.last?.order != match.order {
                unique.append(match)
            }
            matches = unique
        }
        return Selection(matches: matches.map { SelectedNode(node: $0.node, path: $0.path) }, missing: missing)
    }

    /// Applies the steps from `step` on to `cursor`. Recursion is as deep as the selector is
    /// long; `**` walks its subtree with a stack.
    private mutating func visit(_ cursor: Cursor, step: Int, recordsMissing: Bool) {
        guard step < steps.count else { return matches.append(cursor) }
        let next = step + 1
        switch steps[step] {
        case .key(let key):
            // A null (`problem:` left empty) is an empty section: its keys are missing.
            guard cursor.node.mapping != nil || cursor.node.isNull else { return }
            if let child = child(of: cursor, key: key) {
                visit(child, step: next, recordsMissing: recordsMissing)
            } else if recordsMissing && !rejected.contains(cursor.path.appending(key: key)) {
                // A value of the wrong type is there: `format/type` reports it, and it is not
                // missing for the rules that need it.
                missing.append(cursor.path.appending(key: key))
            }
        case .index(let index):
            guard let items = cursor.node.sequence, items.indices.contains(index),
                let item = accepted(items[index], path: cursor.path.appending(index: index), in: cursor, at: index)
            else { return }
            visit(item, step: next, recordsMissing: recordsMissing)
        case .everyItem:
            for item in items(of: cursor) { visit(item, step: next, recordsMissing: recordsMissing) }
        case .everyChild:
            for child in children(of: cursor) { visit(child, step: next, recordsMissing: recordsMissing) }
        case .filter(let filter):
            guard let operand = operands[step] else { return }
            if filter.comparison == .equal, let memo, let list = cursor.node.sequence {
                // Only the items whose field equals the operand, looked up in an index of the list.
                let key = SelectionMemo.FilterKey(list: cursor.path, field: filter.field)
                let index = memo.filterIndex(key) {
                    ScalarIndex(
                        indexedItems(of: cursor).map { $0.flatMap { descend(from: $0, keys: filter.field)?.node } })
                }
                for position in index.positions(matching: operand) {
                    guard
                        let item = accepted(
                            list[position], path: cursor.path.appending(index: position), in: cursor, at: position)
                    else { continue }
                    visit(item, step: next, recordsMissing: recordsMissing)
                }
                return
            }
            for item in items(of: cursor)
            where filter.holds(field: descend(from: item, keys: filter.field)?.node, operand: operand) {
                visit(item, step: next, recordsMissing: recordsMissing)
            }
        case .descendants:
            var stack = [cursor]
            while let node = stack.popLast() {
                visit(node, step: next, recordsMissing: false)
                pushChildren(of: node, onto: &stack)
            }
        }
    }

    // MARK: Children, without rejected nodes

    /// The value under `key`, when `cursor` is a mapping that has it.
    private func child(of cursor: Cursor, key: String) -> Cursor? {
        guard let pairs = cursor.node.mapping, let position = pairs.firstIndex(where: { $0.key.scalar?.value == key })
        else { return nil }
        return accepted(pairs[position].value, path: cursor.path.appending(key: key), in: cursor, at: position)
    }

    /// The node reached from `cursor` by `keys`, one mapping after another.
    private func descend(from cursor: Cursor, keys: [String]) -> Cursor? {
        var reached = cursor
        for key in keys {
            guard let child = child(of: reached, key: key) else { return nil }
            reached = child
        }
        return reached
    }

    /// The items, when `cursor` is a list.
    private func items(of cursor: Cursor) -> [Cursor] {
        guard let items = cursor.node.sequence else { return [] }
        return items.enumerated().compactMap { index, item in
            accepted(item, path: cursor.path.appending(index: index), in: cursor, at: index)
        }
    }

    /// Every item of a list by its index, `nil` where it is rejected.
    private func indexedItems(of cursor: Cursor) -> [Cursor?] {
        guard let items = cursor.node.sequence else { return [] }
        return items.enumerated().map { index, item in
            accepted(item, path: cursor.path.appending(index: index), in: cursor, at: index)
        }
    }

    /// The items of a list or the values of a mapping (under scalar keys).
    private func children(of cursor: Cursor) -> [Cursor] {
        guard let pairs = cursor.node.mapping else { return items(of: cursor) }
        return pairs.enumerated().compactMap { position, pair in
            guard let key = pair.key.scalar?.value else { return nil }
            return accepted(pair.value, path: cursor.path.appending(key: key), in: cursor, at: position)
        }
    }

    /// ``children(of:)`` pushed last first, so that they pop in document order.
    private func pushChildren(of cursor: Cursor, onto stack: inout [Cursor]) {
        switch cursor.node.content {
        case .scalar: return
        case .sequence(let items):
            for index in items.indices.reversed() {
                if let item = accepted(items[index], path: cursor.path.appending(index: index), in: cursor, at: index) {
                    stack.append(item)
                }
            }
        case .mapping(let pairs):
            for position in pairs.indices.reversed() {
                guard case .scalar(let key) = pairs[position].key.content,
                    let value = accepted(
                        pairs[position].value, path: cursor.path.appending(key: key.value), in: cursor, at: position)
                else { continue }
                stack.append(value)
            }
        }
    }

    private func accepted(_ node: YAMLNode, path: DocumentPath, in parent: Cursor, at position: Int) -> Cursor? {
        if !rejected.isEmpty && rejected.contains(path) { return nil }
        return Cursor(node: node, path: path, order: keepsOrder ? parent.order + [position] : [])
    }
}
