/// Builds node trees from libyaml events without recursion, within a budget of written nodes
/// and one of nodes repeated by aliases, and reports repeated keys.
struct TreeBuilder {
    /// A sequence or mapping being read. Frames are changed in place on the stack, so that
    /// appending a child never copies the children already read.
    private struct Frame {
        enum Kind {
            /// The top of a document, whose one child is its root.
            case document
            case sequence
            case mapping
        }

        var kind: Kind
        /// The items of a sequence.
        var items: [YAMLNode] = []
        /// The pairs of a mapping.
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        var pendingKeyIsRepeat = false
        /// The line of each scalar key of `pairs`, once a mapping has too many pairs for a
        /// walk over them to find a repeated key quickly; `nil` before.
        var firstLineOfKey: [String: Int]?
        /// A bit of ``keyBit(_:)`` for each scalar key of `pairs`: a key whose bit is not set is
        /// not among them, and is looked for no further.
        var keyBits: UInt64 = 0
        var start: SourcePosition
        var tag: String? = nil
        var anchor: String? = nil
        /// `expandedCount` when the frame opened, to know the expanded size of the finished subtree.
        var expandedCountAtStart: Int

        /// The line of the key `text` when the pairs read so far have it; otherwise `nil`, and
        /// the key is noted as a new one.
        mutating func firstLine(ofRepeatedKey text: String, line: Int) -> Int? {
            if firstLineOfKey != nil {
                if let first = firstLineOfKey?[text] { return first }
                firstLineOfKey?[text] = line
                return nil
            }
            let bit = Self.keyBit(text)
            if keyBits & bit != 0 {
                // By index: a `for pair in pairs` would copy every pair it walks over.
                for index in pairs.indices where pairs[index].key.isScalar(text) {
                    return pairs[index].key.range.start.line
                }
            }
            keyBits |= bit
            if pairs.count >= Self.pairsWalked {
                var lines: [String: Int] = [text: line]
                for index in pairs.indices {
                    if case .scalar(let key) = pairs[index].key.content, lines[key.value] == nil {
                        lines[key.value] = pairs[index].key.range.start.line
                    }
                }
                firstLineOfKey = lines
            }
            return nil
        }

        /// One bit of 64 for a key, the same for equal keys: from its length and first byte,
        /// which tell most keys of a map apart.
        private static func keyBit(_ key: String) -> UInt64 {
            let utf8 = key.utf8
            return 1 << UInt64(truncatingIfNeeded: (utf8.count &* 7 &+ Int(utf8.first ?? 0)) & 63)
        }

        /// Up to this many pairs, a repeated key is found by a walk over the pairs: cheaper than
        /// hashing every key for the maps of an agreement (the document's has a few dozen keys).
        static let pairsWalked = 48
    }

    private struct Anchored {
        var node: YAMLNode
        var size: Int
    }

    private struct Stop: Error {}

    let limits: YAMLLimits
    private(set) var documents: [YAMLDocument] = []
    private(set) var problems: [YAMLProblem] = []

    /// The frames around the innermost one, outermost (the document's) first.
    private var outer: [Frame] = []
    /// The innermost open collection, or the document's frame when none is open; kept out of
    /// `outer` so that adding a child to it changes it in place without going through the array.
    private var innermost = Frame(kind: .document, start: .start, expandedCountAtStart: 0)
    /// How many collections are open.
    private var depth: Int { outer.count }
    private var anchors: [String: Anchored] = [:]
    /// Nodes of the current document as written, an alias counting one.
    private var nodeCount = 0
    /// Nodes repeated by the current document's aliases.
    private var aliasedCount = 0
    /// Nodes of the current document once its aliases are expanded.
    private var expandedCount: Int { nodeCount - aliasCount + aliasedCount }
    private var aliasCount = 0
    private var root: YAMLNode?
    private var documentStart = SourcePosition.start

    /// Told of each scalar as the tree takes it in (``WhileParsing``).
    private let meanwhile: (any WhileParsing)?

    init(limits: YAMLLimits, meanwhile: (any WhileParsing)? = nil) {
        self.limits = limits
        self.meanwhile = meanwhile
    }

    mutating func run(_ reader: LibYAMLEventReader, bytes: UnsafeBufferPointer<UInt8>) {
        do {
            while true {
                let event: LibYAMLEventKind
                do {
                    event = try reader.next()
                } catch {
                    report(error, bytes: bytes)
                    return
                }
                if event == .streamEnd { break }
                try handle(event, of: reader)
            }
        } catch {
            return
        }
        if documents.isEmpty && problems.isEmpty {
            problems.append(YAMLProblem(kind: .empty, range: SourceRange(at: .start)))
        }
    }

    /// Takes in the reader's current event, of kind `event`: only what the tree keeps of it is
    /// copied out of libyaml.
    private mutating func handle(_ event: LibYAMLEventKind, of reader: LibYAMLEventReader) throws(Stop) {
        switch event {
        case .streamStart, .streamEnd:
            break
        case .documentStart:
            anchors = [:]
            nodeCount = 0
            aliasCount = 0
            aliasedCount = 0
            root = nil
            documentStart = reader.range.start
        case .documentEnd:
            if let root = root.take() {
                documents.append(
                    YAMLDocument(
                        index: documents.count, root: root,
                        range: SourceRange(start: documentStart, end: reader.range.end), nodeCount: expandedCount))
            }
        case .alias:
            let name = reader.anchor ?? ""
            let range = reader.range
            guard let anchored = anchors[name] else {
                throw fail(.undefinedAlias(name), at: range)
            }
            var node = anchored.node
            node.range = range
            try count(1, at: range)
            aliasCount += 1
            aliasedCount += anchored.size
            if aliasedCount > limits.maxAliasedNodes {
                throw fail(.tooManyAliasedNodes(limit: limits.maxAliasedNodes), at: range)
            }
            complete(node, anchor: nil, size: anchored.size)
        case .scalar:
            let range = reader.range
            try count(1, at: range)
            let node = YAMLNode(content: .scalar(reader.scalar), tag: reader.tag, range: range)
            meanwhile?.took(node, inDocument: documents.count)
            complete(node, anchor: reader.anchor, size: 1)
        case .sequenceStart:
            try open(.sequence, tag: reader.tag, anchor: reader.anchor, range: reader.range)
        case .mappingStart:
            try open(.mapping, tag: reader.tag, anchor: reader.anchor, range: reader.range)
        case .sequenceEnd, .mappingEnd:
            try close(at: reader.range.end)
        }
    }

    private mutating func open(_ kind: Frame.Kind, tag: String?, anchor: String?, range: SourceRange) throws(Stop) {
        if depth >= limits.maxDepth {
            throw fail(.nestingTooDeep(limit: limits.maxDepth), at: range)
        }
        try count(1, at: range)
        var enclosing = Frame(
            kind: kind, start: range.start, tag: tag, anchor: anchor, expandedCountAtStart: expandedCount)
        swap(&innermost, &enclosing)
        outer.append(enclosing)
    }

    private mutating func close(at end: SourcePosition) throws(Stop) {
        guard innermost.kind != .document, var frame = outer.popLast() else { return }
        swap(&innermost, &frame)
        let content: YAMLNode.Content = frame.kind == .mapping ? .mapping(frame.pairs) : .sequence(frame.items)
        let node = YAMLNode(content: content, tag: frame.tag, range: SourceRange(start: frame.start, end: end))
        complete(node, anchor: frame.anchor, size: expandedCount - frame.expandedCountAtStart + 1)
    }

    /// Room made for the children of a collection when its first one comes: most collections
    /// of an agreement have a few, which then fit without the array growing 1, 2, 4.
    private static let firstCapacity = 4

    /// Hands a finished node to its parent (or makes it the document root). The node is moved,
    /// never copied, on its way into the tree.
    private mutating func complete(_ node: consuming YAMLNode, anchor: String?, size: Int) {
        if let anchor {
            anchors[anchor] = Anchored(node: copy node, size: size)
        }
        switch innermost.kind {
        case .document:
            root = node
        case .sequence:
            if innermost.items.isEmpty { innermost.items.reserveCapacity(Self.firstCapacity) }
            innermost.items.append(node)
        case .mapping:
            if let key = innermost.pendingKey.take() {
                if !innermost.pendingKeyIsRepeat {
                    if innermost.pairs.isEmpty { innermost.pairs.reserveCapacity(Self.firstCapacity) }
                    innermost.pairs.append(YAMLPair(key: key, value: node))
                }
                innermost.pendingKeyIsRepeat = false
                return
            }
            // The key is checked before it is pending: the paths of its problems are the mapping's.
            checkKey(node)
            innermost.pendingKey = node
        }
    }

    /// Reports a merge key or a repeated key of the innermost mapping, which then leaves the
    /// key's pair out.
    private mutating func checkKey(_ node: borrowing YAMLNode) {
        guard case .scalar(let scalar) = node.content else { return }
        if scalar.value.isSameText(as: "<<"), scalar.style == .plain {
            // YAML 1.1's merge key, dropped from YAML 1.2: reported, and left out with its
            // value, so that no half-merged mapping is read as if it were complete.
            innermost.pendingKeyIsRepeat = true
            problems.append(
                YAMLProblem(kind: .mergeKey, range: node.range, documentIndex: documents.count, path: currentPath()))
        } else if let firstLine = innermost.firstLine(ofRepeatedKey: scalar.value, line: node.range.start.line) {
            innermost.pendingKeyIsRepeat = true
            problems.append(
                YAMLProblem(
                    kind: .duplicateKey(key: scalar.value, firstLine: firstLine), range: node.range,
                    documentIndex: documents.count, path: currentPath().appending(key: scalar.value)))
        }
    }

    private mutating func count(_ nodes: Int, at range: SourceRange) throws(Stop) {
        nodeCount += nodes
        if nodeCount > limits.maxNodes {
            throw fail(.tooManyNodes(limit: limits.maxNodes), at: range)
        }
    }

    private mutating func fail(_ kind: YAMLProblem.Kind, at range: SourceRange) -> Stop {
        problems.append(YAMLProblem(kind: kind, range: range, documentIndex: documents.count, path: currentPath()))
        return Stop()
    }

    private mutating func report(_ error: LibYAMLError, bytes: UnsafeBufferPointer<UInt8>) {
        let position = error.position ?? SourceText.position(ofByte: error.byteOffset ?? 0, in: bytes)
        problems.append(
            YAMLProblem(
                kind: .syntax(problem: error.problem, context: error.context), range: SourceRange(at: position),
                documentIndex: documents.count, path: currentPath()))
    }

    /// The path of the node being read: each open frame contributes the place of its next child.
    private func currentPath() -> DocumentPath {
        var path = DocumentPath.root
        func add(_ frame: Frame) {
            switch frame.kind {
            case .document: break
            case .sequence: path = path.appending(index: frame.items.count)
            case .mapping: if let key = frame.pendingKey { path = path.appending(key: key.scalar?.value ?? "?") }
            }
        }
        outer.forEach(add)
        add(innermost)
        return path
    }
}
