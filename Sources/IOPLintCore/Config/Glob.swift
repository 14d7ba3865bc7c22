/// A file-name pattern of a configuration (`archive/**`, `drafts/*.yaml`), matched against paths
/// relative to the configuration's folder.
///
/// `*` matches within one path segment, `**` any number of whole segments (`a/**` matches
/// everything under `a`, `**/x.yaml` an `x.yaml` anywhere), `?` one character, `[abc]`, `[a-z]`
/// and `[!abc]` one character of a set. A pattern without `/` matches the file name in any
/// folder, as in `.gitignore`.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String
    private let segments: [Segment]

    private enum Segment: Hashable {
        case anyDepth
        case parts([Part])
    }

    private enum Part: Hashable {
        case literal(Character)
        case anyRun
        case anyOne
        case set([ClosedRange<Character>], negated: Bool)
    }

    /// What is wrong with a pattern, and where (1-based column).
    public struct ParseError: Error, Sendable {
        public var message: String
        public var column: Int
    }

    public init(_ pattern: String) throws(ParseError) {
        self.pattern = pattern
        guard !pattern.isEmpty else { throw ParseError(message: "an empty pattern matches nothing", column: 1) }
        var text = pattern
        if !text.contains("/") { text = "**/" + text }
        if text.hasPrefix("/") { text.removeFirst() }
        if text.hasSuffix("/") { text += "**" }
        var segments: [Segment] = []
        var column = pattern.count - text.count + 1
        for piece in text.split(separator: "/", omittingEmptySubsequences: false) {
            if piece == "**" {
                if segments.last != .anyDepth { segments.append(.anyDepth) }
            } else {
                segments.append(.parts(try Self.parts(of: piece, column: max(1, column))))
            }
            column += piece.count + 1
        }
        self.segments = segments
    }

    public var description: String { pattern }

    /// Whether `path` (relative, `/`-separated) matches.
    ///
    /// Runs the pattern as a set of positions advanced over the input once, never by
    /// backtracking: the work is at most the pattern's length times the path's, whatever the
    /// number of `*` and `**`.
    public func matches(_ path: String) -> Bool {
        let names = path.split(separator: "/").map(Array.init)
        return Self.run(segments, over: names, repeating: { $0 == .anyDepth }) { segment, name in
            guard case .parts(let parts) = segment else { return true }
            return Self.run(parts, over: name, repeating: { $0 == .anyRun }) { part, character in
                switch part {
                case .anyOne, .anyRun: true
                case .literal(let literal): literal == character
                case .set(let ranges, let negated): ranges.contains(where: { $0.contains(character) }) != negated
                }
            }
        }
    }

    /// Whether `items` match `pattern`, where an element for which `repeats` holds matches any
    /// number of items (none included) and any other element exactly one item that `accepts`.
    /// The positions reached in `pattern` are kept as a set and advanced item by item.
    private static func run<Element, Item>(
        _ pattern: [Element], over items: [Item], repeating repeats: (Element) -> Bool,
        accepts: (Element, Item) -> Bool
    ) -> Bool {
        var active = [Bool](repeating: false, count: pattern.count + 1)
        func reach(_ start: Int, in set: inout [Bool]) {
            var index = start
            while index <= pattern.count, !set[index] {
                set[index] = true
                guard index < pattern.count, repeats(pattern[index]) else { return }
                index += 1
            }
        }
        reach(0, in: &active)
        for item in items {
            var next = [Bool](repeating: false, count: pattern.count + 1)
            for index in pattern.indices where active[index] {
                if repeats(pattern[index]) {
                    reach(index, in: &next)
                } else if accepts(pattern[index], item) {
                    reach(index + 1, in: &next)
                }
            }
            guard next.contains(true) else { return false }
            active = next
        }
        return active[pattern.count]
    }

    private static func parts(of piece: Substring, column: Int) throws(ParseError) -> [Part] {
        var parts: [Part] = []
        var characters = Array(piece)[...]
        var position = column
        while let character = characters.popFirst() {
            switch character {
            case "*":
                if characters.first == "*" {
                    throw ParseError(message: "`**` must be a whole path segment, as in `a/**/b`", column: position)
                }
                parts.append(.anyRun)
            case "?":
                parts.append(.anyOne)
            case "[":
                guard let close = characters.firstIndex(of: "]"), close > characters.startIndex else {
                    throw ParseError(message: "`[` is not closed by `]`", column: position)
                }
                var body = Array(characters[..<close])[...]
                let negated = body.first == "!"
                if negated { body = body.dropFirst() }
                var ranges: [ClosedRange<Character>] = []
                while let low = body.popFirst() {
                    if body.first == "-", body.count >= 2 {
                        body = body.dropFirst()
                        let high = body.removeFirst()
                        guard low <= high else {
                            throw ParseError(message: "the range `\(low)-\(high)` is backwards", column: position)
                        }
                        ranges.append(low...high)
                    } else {
                        ranges.append(low...low)
                    }
                }
                position += characters.distance(from: characters.startIndex, to: close) + 1
                characters = characters[characters.index(after: close)...]
                parts.append(.set(ranges, negated: negated))
            default:
                parts.append(.literal(character))
            }
            position += 1
        }
        return parts
    }
}
