/// A finding as LSP shows it (`Diagnostic` of LSP 3.17).
public struct Diagnostic: Sendable, Hashable, Codable {
    /// `DiagnosticSeverity`: 1 error, 2 warning, 3 information, 4 hint.
    public enum Severity: Int, Sendable, Hashable, Codable {
        case error = 1, warning, information, hint
    }

    /// A link to the documentation of the diagnostic's code.
    public struct CodeDescription: Sendable, Hashable, Codable {
        public var href: String
    }

    public var range: LSPRange
    public var severity: Severity
    /// The rule id.
    public var code: String?
    public var codeDescription: CodeDescription?
    public var source: String
    public var message: String
    /// What the server needs back in a code action request: the rule id and, for a "did you
    /// mean", the suggested text.
    public var data: JSONValue?

    public init(
        range: LSPRange, severity: Severity, code: String?, codeDescription: CodeDescription? = nil,
        source: String = "iop-lint", message: String, data: JSONValue? = nil
    ) {
        self.range = range
        self.severity = severity
        self.code = code
        self.codeDescription = codeDescription
        self.source = source
        self.message = message
        self.data = data
    }
}
