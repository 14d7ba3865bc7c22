/// An agreement fragment that shows a rule at work: one that must pass it, or one that must
/// fail it. Examples are both documentation (`iop-lint explain`) and tests (`iop-lint test`).
public struct RuleExample: Sendable, Hashable {
    /// The fragment, as YAML text.
    public var yaml: String

    public init(_ yaml: String) {
        self.yaml = yaml
    }
}

/// A rule's passing and failing examples.
public struct RuleExamples: Sendable, Hashable {
    public var pass: [RuleExample]
    public var fail: [RuleExample]

    public init(pass: [RuleExample] = [], fail: [RuleExample] = []) {
        self.pass = pass
        self.fail = fail
    }
}
