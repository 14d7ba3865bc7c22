import IOPYAML

/// A problem found while loading or decoding an agreement: malformed YAML, a wrong type, an
/// unknown key… Each belongs to one rule of the `format` pack, which reports it.
public struct ModelIssue: Sendable, Hashable {
    public var ruleID: RuleID
    public var message: LocalizedText
    public var path: DocumentPath
    public var range: SourceRange

    public init(ruleID: RuleID, message: LocalizedText, path: DocumentPath, range: SourceRange) {
        self.ruleID = ruleID
        self.message = message
        self.path = path
        self.range = range
    }
}
