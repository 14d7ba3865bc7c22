/// What runs on one file: the rules (already without those switched off), their severities, the
/// checklists of the packs that run, and the threshold that fails the run. Files under
/// different configurations get different profiles.
public struct LintProfile: Sendable {
    public var rules: [any Rule]
    /// Severity per rule, where it differs from the rule's default.
    public var severity: [RuleID: Severity]
    public var checklists: [PackChecklist]
    public var failOn: FailThreshold
    /// The rule ids an `iop-lint-disable…` comment may name without being reported as unknown,
    /// besides the rules that run: the whole registry of the run, so that a rule switched off
    /// by configuration is still known. By default, the built-in rules.
    public var knownRuleIDs: Set<RuleID>
    /// The lists of rules that applied to the files linted with this profile, each kept once
    /// and shared by every file it belongs to (``FileResult/rulesApplied``).
    let appliedRules = SharedLists<RuleID>()

    public init(
        rules: [any Rule], severity: [RuleID: Severity] = [:], checklists: [PackChecklist] = [],
        failOn: FailThreshold = .error, knownRuleIDs: Set<RuleID>? = nil
    ) {
        self.knownRuleIDs = knownRuleIDs ?? Set(RuleRegistry.builtIn.rules.map(\.id))
        self.rules = rules
        self.severity = severity
        self.checklists = checklists
        self.failOn = failOn
    }

    /// The severity findings of `rule` get.
    public func severity(of rule: any Rule) -> Severity {
        severity[rule.id] ?? rule.description.severity
    }
}
