/// Everything a run found, ready for a reporter.
public struct LintReport: Sendable {
    /// Every file linted, sorted by path.
    public var files: [FileResult]
    /// Failures of the run itself.
    public var failures: [ToolFailure]
    /// The rules that ran, sorted by id (reporters describe them, e.g. SARIF's `rules`).
    public var rules: [RuleDescription]

    public init(files: [FileResult], failures: [ToolFailure] = [], rules: [RuleDescription]) {
        self.files = files.sorted { $0.path < $1.path }
        self.failures = failures
        self.rules = rules.sorted { $0.id < $1.id }
    }

    /// Every finding that counts, in output order.
    public var findings: [Finding] {
        files.flatMap(\.findings)
    }

    /// Every finding switched off by an `iop-lint-disable…` comment, in output order.
    public var suppressed: [Finding] {
        files.flatMap(\.suppressed)
    }

    /// How many findings have `severity`.
    public func count(_ severity: Severity) -> Int {
        files.reduce(0) { total, file in total + file.findings.count { $0.severity == severity } }
    }
}
