/// Everything about a rule except how it checks: identity, severity, words and examples.
public struct RuleDescription: Sendable {
    public var id: RuleID
    /// The severity findings get unless configuration says otherwise.
    public var severity: Severity
    /// One line: what a sound agreement has.
    public var summary: LocalizedText
    /// The finding's message as the rule states it (it may hold `{{placeholders}}`).
    public var message: LocalizedText
    /// Why it matters.
    public var rationale: LocalizedText
    /// The guidance, law or framework the rule rests on.
    public var source: String?
    /// When the rule runs, for people (`kind: iop`); `nil` for every agreement.
    public var appliesWhen: String?
    public var examples: RuleExamples
    /// How often its findings are right. Unless given: ``RulePrecision/veryHigh`` for the
    /// `format` rules, ``RulePrecision/high`` for others.
    public var precision: RulePrecision

    public init(
        id: RuleID, severity: Severity, summary: LocalizedText, message: LocalizedText, rationale: LocalizedText,
        source: String? = nil, appliesWhen: String? = nil, examples: RuleExamples, precision: RulePrecision? = nil
    ) {
        self.precision = precision ?? (id.pack == "format" ? .veryHigh : .high)
        self.id = id
        self.severity = severity
        self.summary = summary
        self.message = message
        self.rationale = rationale
        self.source = source
        self.appliesWhen = appliesWhen
        self.examples = examples
    }
}
