import IOPYAML

/// What a rule reports about one document: the engine adds the rule, severity and file.
public struct RuleViolation: Sendable, Hashable {
    public var message: LocalizedText
    public var path: DocumentPath
    public var range: SourceRange
    /// Whether the violation is about something that is not there; `range` is then the empty
    /// spot where it belongs.
    public var isMissing: Bool

    public init(message: LocalizedText, path: DocumentPath, range: SourceRange, isMissing: Bool = false) {
        self.message = message
        self.path = path
        self.range = range
        self.isMissing = isMissing
    }
}
