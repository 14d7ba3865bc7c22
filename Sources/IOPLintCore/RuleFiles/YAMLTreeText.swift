import IOPYAML

/// A loaded YAML tree written as integers (``IntegerText``) and strings, so that a tree known
/// when iop-lint is built (a built-in pack's, ``BuiltInPacks/trees``) is read back without
/// libyaml: about a fifth of the start-up of a one-file run.
///
/// Each node is written in document order: its kind (a scalar's style, or sequence or
/// mapping), its tag (0 for none, else one more than its place among the strings), its range
/// (start line, column and offset; then how many lines and characters on it ends, and its end
/// column), then a scalar's text (its place among the strings), or a sequence's number of
/// items or a mapping's number of pairs, followed by them.
enum YAMLTreeText {
    /// Strings by their place, each kept once.
    struct Strings {
        private(set) var list: [String] = []
        private var places: [String: Int] = [:]

        init() {}

        mutating func place(of string: String) -> Int {
            if let known = places[string] { return known }
            places[string] = list.count
            list.append(string)
            return list.count - 1
        }
    }

    /// A scalar's kind is its style's place among the styles (as declared: the generated
    /// table depends on the order).
    private static let styles = Array(YAMLScalar.Style.allCases)
    private static let sequence = styles.count
    private static let mapping = styles.count + 1

    /// Writes `node` and everything under it.
    static func write(_ node: YAMLNode, to writer: inout IntegerText.Writer, strings: inout Strings) {
        switch node.content {
        case .scalar(let scalar): writer.write(styles.firstIndex(of: scalar.style)!)
        case .sequence: writer.write(sequence)
        case .mapping: writer.write(mapping)
        }
        writer.write(node.tag.map { strings.place(of: $0) + 1 } ?? 0)
        let (start, end) = (node.range.start, node.range.end)
        for value in [
            start.line, start.column, start.offset, end.line - start.line, end.column, end.offset - start.offset,
        ] {
            writer.write(value)
        }
        switch node.content {
        case .scalar(let scalar):
            writer.write(strings.place(of: scalar.value))
        case .sequence(let items):
            writer.write(items.count)
            for item in items { write(item, to: &writer, strings: &strings) }
        case .mapping(let pairs):
            writer.write(pairs.count)
            for pair in pairs {
                write(pair.key, to: &writer, strings: &strings)
                write(pair.value, to: &writer, strings: &strings)
            }
        }
        writer.wrap(at: 100)
    }

    /// Reads a node written by ``write(_:to:strings:)``; `nil` when the text is not one, or nests
    /// deeper than `depth`.
    static func read(from reader: inout IntegerText.Reader, strings: [String], depth: Int = 200) -> YAMLNode? {
        guard depth > 0, let kind = reader.read(), kind <= mapping, let tag = reader.read(), tag <= strings.count,
            let line = reader.read(), let column = reader.read(), let offset = reader.read(),
            let lines = reader.read(), let endColumn = reader.read(), let length = reader.read()
        else { return nil }
        let range = SourceRange(
            start: SourcePosition(line: line, column: column, offset: offset),
            end: SourcePosition(line: line + lines, column: endColumn, offset: offset + length))
        guard let count = reader.read() else { return nil }
        let content: YAMLNode.Content
        switch kind {
        case sequence:
            var items: [YAMLNode] = []
            items.reserveCapacity(min(count, 1024))
            for _ in 0..<count {
                guard let item = read(from: &reader, strings: strings, depth: depth - 1) else { return nil }
                items.append(item)
            }
            content = .sequence(items)
        case mapping:
            var pairs: [YAMLPair] = []
            pairs.reserveCapacity(min(count, 1024))
            for _ in 0..<count {
                guard let key = read(from: &reader, strings: strings, depth: depth - 1),
                    let value = read(from: &reader, strings: strings, depth: depth - 1)
                else { return nil }
                pairs.append(YAMLPair(key: key, value: value))
            }
            content = .mapping(pairs)
        default:
            guard count < strings.count else { return nil }
            content = .scalar(YAMLScalar(strings[count], style: styles[kind]))
        }
        return YAMLNode(content: content, tag: tag == 0 ? nil : strings[tag - 1], range: range)
    }
}
