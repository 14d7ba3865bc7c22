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
    public func matches(_ path: String) -> Bool {
        let names = path.split(separator: "/").map(String.init)
        return Self.match(segments[...], names[...])
    }

    private static func match(_ segments: ArraySlice<Segment>, _ names: ArraySlice<String>) -> Bool {
        guard let first = segments.first else { return names.isEmpty }
        switch first {
        case .anyDepth:
            var rest = names
            while true {
                if match(segments.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        case .parts(let parts):
            guard let name = names.first, matchName(parts[...], Array(name)[...]) else { return false }
            return match(segments.dropFirst(), names.dropFirst())
        }
    }

    private static func matchName(_ parts: ArraySlice<Part>, _ name: ArraySlice<Character>) -> Bool {
        guard let part = parts.first else { return name.isEmpty }
        switch part {
        case .anyRun:
            var rest = name
            while true {
                if matchName(parts.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        case .anyOne:
            return !name.isEmpty && matchName(parts.dropFirst(), name.dropFirst())
        case .literal(let character):
            return name.first == character && matchName(parts.dropFirst(), name.dropFirst())
        case .set(let ranges, let negated):
            guard let character = name.first, ranges.contains(where: { $0.contains(character) }) != negated else {
                return false
            }
            return matchName(parts.dropFirst(), name.dropFirst())
        }
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
