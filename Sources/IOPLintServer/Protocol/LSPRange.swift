/// A range of a text document as LSP sends it: `[start, end)`.
public struct LSPRange: Sendable, Hashable, Codable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    /// An empty range at `position`.
    public init(at position: Position) {
        self.init(start: position, end: position)
    }
}
