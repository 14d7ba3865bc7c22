/// The outcome of linting one file.
public struct FileResult: Sendable {
    /// The file as shown in output.
    public var path: String
    /// The file's text, for showing source lines (empty when it could not be decoded).
    public var text: String
    /// Sorted in output order.
    public var findings: [Finding]

    public init(path: String, text: String, findings: [Finding]) {
        self.path = path
        self.text = text
        self.findings = findings
    }
}
