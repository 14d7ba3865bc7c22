/// A command offered for a range (`CodeAction` of LSP 3.17), here always an edit of the one
/// document.
public struct CodeAction: Sendable, Hashable, Codable {
    /// `WorkspaceEdit`, with `changes` only.
    public struct WorkspaceEdit: Sendable, Hashable, Codable {
        public var changes: [String: [TextEdit]]
    }

    public var title: String
    /// `quickfix` for all of iop-lint's actions.
    public var kind: String
    public var diagnostics: [Diagnostic]?
    /// The one action the user most likely wants (a fix with a single safe answer).
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit

    public init(title: String, diagnostics: [Diagnostic]?, isPreferred: Bool?, uri: String, edits: [TextEdit]) {
        self.title = title
        self.kind = "quickfix"
        self.diagnostics = diagnostics
        self.isPreferred = isPreferred
        self.edit = WorkspaceEdit(changes: [uri: edits])
    }
}
