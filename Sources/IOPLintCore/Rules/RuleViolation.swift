import IOPYAML

/// What a rule reports about one document: the engine adds the rule, severity and file.
public struct RuleViolation: Sendable, Hashable {
    public var message: LocalizedText
    public var path: DocumentPath
    public var range: SourceRange

    public init(message: LocalizedText, path: DocumentPath, range: SourceRange) {
        self.message = message
        self.path = path
        self.range = range
    }
}
