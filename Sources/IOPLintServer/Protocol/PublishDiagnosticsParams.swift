/// `textDocument/publishDiagnostics`: every current diagnostic of one document.
public struct PublishDiagnosticsParams: Sendable, Hashable, Codable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [Diagnostic]
}
