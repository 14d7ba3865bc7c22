/// What `textDocument/hover` answers: Markdown, and the range it is about.
public struct Hover: Sendable, Hashable, Codable {
    public struct MarkupContent: Sendable, Hashable, Codable {
        public var kind: String
        public var value: String
    }

    public var contents: MarkupContent
    public var range: LSPRange?

    public init(markdown: String, range: LSPRange?) {
        self.contents = MarkupContent(kind: "markdown", value: markdown)
        self.range = range
    }
}
