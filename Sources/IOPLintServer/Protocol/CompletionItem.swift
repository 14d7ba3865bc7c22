/// One proposal of `textDocument/completion`.
public struct CompletionItem: Sendable, Hashable, Codable {
    /// `CompletionItemKind` values used here.
    public enum Kind: Int, Sendable, Hashable, Codable {
        case property = 10, value = 12, enumMember = 20, reference = 18
    }

    public struct Documentation: Sendable, Hashable, Codable {
        public var kind: String
        public var value: String
    }

    public var label: String
    public var kind: Kind
    public var detail: String?
    public var documentation: Documentation?
    /// The text replacing what was typed of the word (`textEdit`), when it differs from `label`.
    public var textEdit: TextEdit?
    public var sortText: String?

    public init(
        label: String, kind: Kind, detail: String? = nil, markdown: String? = nil, textEdit: TextEdit? = nil,
        sortText: String? = nil
    ) {
        self.label = label
        self.kind = kind
        self.detail = detail
        self.documentation = markdown.map { Documentation(kind: "markdown", value: $0) }
        self.textEdit = textEdit
        self.sortText = sortText
    }
}
