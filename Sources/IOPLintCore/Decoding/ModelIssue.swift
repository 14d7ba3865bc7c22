import IOPYAML

/// A problem found while loading or decoding an agreement: malformed YAML, a wrong type, an
/// unknown key… Each belongs to one rule of the `format` pack, which reports it.
public struct ModelIssue: Sendable, Hashable {
    public var ruleID: RuleID
    public var message: LocalizedText
    public var path: DocumentPath
    public var range: SourceRange
    /// Whether the issue is about something that is not there; `range` is then the empty spot
    /// where it belongs.
    public var isMissing: Bool

    public init(
        ruleID: RuleID, message: LocalizedText, path: DocumentPath, range: SourceRange, isMissing: Bool = false
    ) {
        self.ruleID = ruleID
        self.message = message
        self.path = path
        self.range = range
        self.isMissing = isMissing
    }
}
