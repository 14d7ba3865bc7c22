/// What is being written at the cursor, read from the text's indentation alone, so that it
/// works on the half-typed, often unparsable text of an agreement being written.
///
/// Block mappings and sequences are followed by indentation and `- `, block scalars (`|`, `>`)
/// are skipped, and one level of flow mapping or sequence on the cursor's line is understood
/// (`- { party: hu`, `roles: [voice, se`).
public struct CursorContext: Sendable, Equatable {
    public enum Slot: Sendable, Equatable {
        /// A key of the map at `parent` (a format path: `parties[].mandate`, `""` for the top);
        /// `present` are the keys that map already has.
        case key(parent: String, present: Set<String>)
        /// The value of the key at `path` (`kind`), or an item of the list at `path`.
        case value(path: String)
    }

    public var slot: Slot
    /// What is typed of the word so far, which a completion replaces: `(start, end)` offsets.
    public var word: Range<Int>
    /// The indentation of the line's keys at the slot, for what a completion inserts on new lines.
    public var indentation: Int

    /// The context at scalar `offset` of the text `layout` holds; `nil` inside a comment, a
    /// block scalar or a quoted string.
    public init?(layout: TextLayout, offset: Int) {
        let cursorLine = layout.lineNumber(ofOffset: offset)
        let (lineStart, lineText) = layout.line(containing: offset)
        let text = Array(lineText.unicodeScalars)
        var scanner = Scanner()
        var line = Self.documentStart(layout: layout, before: cursorLine)
        while line < cursorLine {
            scanner.scan(Array(layout.line(containing: layout.lineStart(line)).text.unicodeScalars))
            line += 1
        }
        let indentation = text.prefix { $0 == " " }.count
        if let above = scanner.blockScalarAbove, indentation > above, indentation < offset - lineStart { return nil }
        // The cursor's line up to the cursor, read with the state the lines above left.
        var stack = scanner.stack
        var serial = scanner.serial
        let prefix = Array(text.prefix(offset - lineStart))
        var parser = LineParser(text: prefix, column: min(indentation, prefix.count))
        var itemOnLine = false
        while parser.takeItemMarker() {
            serial += 1
            itemOnLine = true
            Scanner.push(.init(column: parser.markerColumn, key: nil, serial: serial), onto: &stack)
        }
        let rest = parser.rest
        if rest.contains("#") || rest.first == "\"" || rest.first == "'" { return nil }
        let restStart = lineStart + parser.column
        var context: CursorContext
        var identity: String?
        if let key = parser.takeKey() {
            // `key: …`: the value, perhaps inside a flow collection.
            Scanner.push(.init(column: parser.keyColumn, key: key, serial: 0), onto: &stack)
            let value = Array(parser.rest)
            let valueStart = lineStart + parser.column
            if let flow = Self.flowSlot(value, start: valueStart, path: Self.path(of: stack)) {
                context = flow
            } else {
                if value.contains(where: { $0 == "\"" || $0 == "'" }) { return nil }
                context = CursorContext(
                    slot: .value(path: Self.path(of: stack)), word: valueStart..<offset, indentation: 0)
            }
            context.indentation = parser.keyColumn
        } else if var flow = Self.flowSlot(Array(rest), start: restStart, path: Self.path(of: stack)) {
            flow.indentation = parser.column
            context = flow
        } else {
            // A word at the start of a line (or after `- `): a key, or an item of a list of values.
            let column = parser.column
            while let top = stack.last, top.column > column || (top.column == column && top.key != nil) {
                stack.removeLast()
            }
            context = CursorContext(
                slot: .key(parent: Self.path(of: stack), present: []), word: restStart..<offset, indentation: column)
            if itemOnLine, stack.last?.key == nil, stack.dropLast().last?.key != nil {
                context.listPath = Self.path(of: stack.dropLast())
            }
            identity = Self.identity(of: stack[...])
        }
        // The keys the map already has, above the cursor and below it (to the document's end).
        guard let identity, case .key(let parent, _) = context.slot else {
            self = context
            return
        }
        scanner.scan(text)
        line = cursorLine + 1
        while line < layout.lineCount {
            let next = layout.line(containing: layout.lineStart(line)).text
            if next == "---" || next.hasPrefix("--- ") { break }
            scanner.scan(Array(next.unicodeScalars))
            line += 1
        }
        var present = scanner.present[identity] ?? []
        if let typed = Self.typedKey(text, from: parser.column) { present.remove(typed) }
        context.slot = .key(parent: parent, present: present)
        self = context
    }

    /// The key the cursor's line holds at `column` (what the person is writing), if any.
    private static func typedKey(_ text: [Unicode.Scalar], from column: Int) -> String? {
        var parser = LineParser(text: text, column: column)
        return parser.takeKey()
    }

    init(slot: Slot, word: Range<Int>, indentation: Int) {
        self.slot = slot
        self.word = word
        self.indentation = indentation
    }

    /// For a word after `- `: the path of the list, whose items may be values rather than maps.
    public var listPath: String?
    /// Whether the slot is inside a flow collection (`{ … }`, `[ … ]`), where completions stay
    /// on one line.
    public var isInFlow = false

    /// The format path of the stack: keys joined by `.`, list items as `[]`.
    static func path(of stack: some Sequence<Scanner.Entry>) -> String {
        var path = ""
        for entry in stack {
            if let key = entry.key { path += path.isEmpty ? key : ".\(key)" } else { path += "[]" }
        }
        return path
    }

    /// The path with each list item told apart.
    static func identity(of stack: ArraySlice<Scanner.Entry>) -> String {
        stack.map { $0.key ?? "[\($0.serial)]" }.joined(separator: "/")
    }

    /// The first line of the YAML document holding `line`: after the last `---` above it.
    private static func documentStart(layout: TextLayout, before line: Int) -> Int {
        var current = line - 1
        while current >= 0 {
            let text = layout.line(containing: layout.lineStart(current)).text
            if text == "---" || text.hasPrefix("--- ") { return current + 1 }
            current -= 1
        }
        return 0
    }

    /// The slot inside a flow collection opened in `value` and not closed before its end, if any.
    private static func flowSlot(_ value: [Unicode.Scalar], start: Int, path: String) -> CursorContext? {
        var open: [(scalar: Unicode.Scalar, index: Int)] = []
        var quote: Unicode.Scalar?
        for (index, scalar) in value.enumerated() {
            if let current = quote {
                if scalar == current { quote = nil }
                continue
            }
            switch scalar {
            case "\"", "'": quote = scalar
            case "{", "[": open.append((scalar, index))
            case "}", "]": if !open.isEmpty { open.removeLast() }
            default: break
            }
        }
        guard quote == nil, open.count == 1, let opening = open.last else { return nil }
        let inside = value[(opening.index + 1)...]
        let segmentStart = (inside.lastIndex(of: ",") ?? opening.index) + 1
        var wordStart = segmentStart
        while wordStart < value.count, value[wordStart] == " " { wordStart += 1 }
        let segment = value[wordStart...]
        if opening.scalar == "[" {
            var context = CursorContext(
                slot: .value(path: path), word: (start + wordStart)..<(start + value.count), indentation: 0)
            context.isInFlow = true
            return context
        }
        // In a flow map: `key: va` is a value, a bare word a key.
        if let colon = segment.firstIndex(of: ":") {
            let key = String(String.UnicodeScalarView(segment[..<colon])).trimmingCharacters(in: " ")
            var valueStart = colon + 1
            while valueStart < value.count, value[valueStart] == " " { valueStart += 1 }
            let inner = path.isEmpty ? key : "\(path).\(key)"
            var context = CursorContext(
                slot: .value(path: inner), word: (start + valueStart)..<(start + value.count), indentation: 0)
            context.isInFlow = true
            return context
        }
        var present: Set<String> = []
        for part in String(String.UnicodeScalarView(inside[..<max(inside.startIndex, segmentStart - 1)])).split(
            separator: ",")
        {
            if let colon = part.firstIndex(of: ":") {
                present.insert(part[..<colon].trimmingCharacters(in: " "))
            }
        }
        var context = CursorContext(
            slot: .key(parent: path, present: present), word: (start + wordStart)..<(start + value.count),
            indentation: 0)
        context.isInFlow = true
        return context
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text.removeFirst() }
        while text.last == set { text.removeLast() }
        return String(text)
    }
}

extension CursorContext {
    /// Follows the open keys and list items of block YAML line by line.
    struct Scanner {
        /// One open map key or list item.
        struct Entry {
            var column: Int
            /// The key; `nil` for a list item.
            var key: String?
            /// Tells list items apart, so that each item's keys are its own.
            var serial: Int
        }

        private(set) var stack: [Entry] = []
        /// The keys seen in each map, by ``CursorContext/identity(of:)``.
        private(set) var present: [String: Set<String>] = [:]
        private(set) var serial = 0
        /// The indentation of the line that opened the block scalar being skipped.
        private(set) var blockScalarAbove: Int?

        mutating func scan(_ text: [Unicode.Scalar]) {
            let indentation = text.prefix { $0 == " " }.count
            if indentation == text.count || text[indentation] == "#" { return }
            if let above = blockScalarAbove {
                if indentation > above { return }
                blockScalarAbove = nil
            }
            var parser = LineParser(text: text, column: indentation)
            while parser.takeItemMarker() {
                serial += 1
                Self.push(.init(column: parser.markerColumn, key: nil, serial: serial), onto: &stack)
            }
            guard let key = parser.takeKey() else { return }
            Self.push(.init(column: parser.keyColumn, key: key, serial: 0), onto: &stack)
            present[CursorContext.identity(of: stack.dropLast()), default: []].insert(key)
            if let first = parser.valueStart, text[first] == "|" || text[first] == ">" {
                blockScalarAbove = indentation
            }
        }

        /// Pushes `entry`, closing what it ends: deeper entries, and a sibling at its column.
        static func push(_ entry: Entry, onto stack: inout [Entry]) {
            while let top = stack.last {
                let sibling =
                    entry.key == nil ? top.key == nil && top.column == entry.column : top.column == entry.column
                guard top.column > entry.column || sibling else { break }
                stack.removeLast()
            }
            stack.append(entry)
        }
    }
}
