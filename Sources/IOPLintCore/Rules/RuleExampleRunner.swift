import IOPYAML

/// Runs a rule's own examples: each `pass` fragment must be valid YAML and give no finding of
/// the rule, each `fail` fragment at least one. `iop-lint test` and the test suite both use it.
public struct RuleExampleRunner: Sendable {
    /// What went wrong with one example.
    public struct Misbehaviour: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            /// A `pass` example gave findings (their messages, in English).
            case passExampleFailed([String])
            /// A `pass` example is not valid YAML: the first problem met loading it, and where.
            case passExampleIsNotYAML(LocalizedText, SourcePosition)
            /// A `fail` example gave no finding.
            case failExamplePassed
        }

        /// 1-based, within its kind.
        public var example: Int
        public var kind: Kind
    }

    /// The outcome for one rule.
    public struct Outcome: Sendable {
        public var rule: RuleID
        public var passCount: Int
        public var failCount: Int
        public var misbehaviours: [Misbehaviour]

        /// A rule without both a passing and a failing example is untested.
        public var isUntested: Bool { passCount == 0 || failCount == 0 }
        public var isOK: Bool { misbehaviours.isEmpty }
    }

    public init() {}

    public func run(_ rule: any Rule) -> Outcome {
        let linter = Linter(rules: [rule])
        let examples = rule.description.examples
        var misbehaviours: [Misbehaviour] = []
        for (index, example) in examples.pass.enumerated() {
            if let problem = linter.loader.yaml.load(example.yaml).problems.first {
                misbehaviours.append(
                    Misbehaviour(
                        example: index + 1, kind: .passExampleIsNotYAML(problem.message, problem.range.start)))
                continue
            }
            let findings = linter.lint(bytes: Array(example.yaml.utf8), path: "example").findings
            if !findings.isEmpty {
                misbehaviours.append(
                    Misbehaviour(example: index + 1, kind: .passExampleFailed(findings.map(\.message.en))))
            }
        }
        for (index, example) in examples.fail.enumerated() {
            if linter.lint(bytes: Array(example.yaml.utf8), path: "example").findings.isEmpty {
                misbehaviours.append(Misbehaviour(example: index + 1, kind: .failExamplePassed))
            }
        }
        return Outcome(
            rule: rule.id, passCount: examples.pass.count, failCount: examples.fail.count, misbehaviours: misbehaviours)
    }
}
