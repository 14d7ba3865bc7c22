/// What `iop-lint render` writes.
public enum RenderFormat: String, Sendable, CaseIterable {
    case docx, html, markdown

    /// The file extension of the format.
    public var fileExtension: String {
        switch self {
        case .docx: "docx"
        case .html: "html"
        case .markdown: "md"
        }
    }
}
