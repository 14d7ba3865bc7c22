/// A change to a text document: replace `range` by `newText`.
public struct TextEdit: Sendable, Hashable, Codable {
    public var range: LSPRange
    public var newText: String

    public init(range: LSPRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}
