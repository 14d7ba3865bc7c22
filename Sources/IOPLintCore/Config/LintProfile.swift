/// What runs on one file: the rules (already without those switched off), their severities, the
/// checklists of the packs that run, and the threshold that fails the run. Files under
/// different configurations get different profiles.
public struct LintProfile: Sendable {
    public var rules: [any Rule]
    /// Severity per rule, where it differs from the rule's default.
    public var severity: [RuleID: Severity]
    public var checklists: [PackChecklist]
    public var failOn: FailThreshold

    public init(
        rules: [any Rule], severity: [RuleID: Severity] = [:], checklists: [PackChecklist] = [],
        failOn: FailThreshold = .error
    ) {
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
