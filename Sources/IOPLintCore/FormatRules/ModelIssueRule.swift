/// A rule of the `format` pack: it reports the problems of one kind that loading and decoding
/// found (``LintDocument/issues``), so that they are configured, suppressed and documented like
/// any other rule.
protocol ModelIssueRule: Rule {}

extension ModelIssueRule {
    public var checksUnreadableDocuments: Bool { true }

    public func check(_ document: LintDocument) -> [RuleViolation] {
        document.issues.filter { $0.ruleID == id }.map {
            RuleViolation(message: $0.message, path: $0.path, range: $0.range, isMissing: $0.isMissing)
        }
    }
}

/// The rules of the `format` pack, in the order of agreement-format.md.
public enum FormatRules {
    public static let all: [any Rule] = [
        YAMLSyntaxRule(), DuplicateKeyRule(), VersionRule(), UnknownKeyRule(), TypeRule(), DateRule(),
        UnknownPartyRule(), DuplicateIDRule(), LimitsRule(), UnusedSuppressionRule(),
    ]

    /// The source every `format` rule rests on.
    static let source = "iop-lint agreement format, version 1 (agreement-format.md)"
}
