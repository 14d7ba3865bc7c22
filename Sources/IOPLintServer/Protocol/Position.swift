/// A position in a text document as LSP counts it: 0-based line, and a 0-based character
/// offset in the negotiated ``PositionEncoding``.
public struct Position: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }
}
