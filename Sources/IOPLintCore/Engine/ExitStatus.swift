/// The lowest severity that makes a run fail (`--fail-on`).
public enum FailThreshold: String, Sendable, CaseIterable {
    case error, warning, info, never

    /// Whether a finding of `severity` fails the run.
    public func fails(_ severity: Severity) -> Bool {
        switch self {
        case .never: false
        case .error: severity >= .error
        case .warning: severity >= .warning
        case .info: true
        }
    }
}

/// How a run ends, as cli.md's exit codes. Decided here and nowhere else.
public enum ExitStatus: Int32, Sendable {
    /// No finding at or above the threshold.
    case clean = 0
    /// At least one finding at or above the threshold.
    case findings = 1
    /// The run itself failed: bad option, unreadable path, invalid config or rule file.
    case failure = 2

    /// The status of a run: each file's findings against its own threshold, unless `threshold`
    /// is given for all.
    public static func of(_ report: LintReport, failOn threshold: FailThreshold? = nil) -> ExitStatus {
        if !report.failures.isEmpty { return .failure }
        let fails = report.files.contains { file in
            file.findings.contains { (threshold ?? file.failOn).fails($0.severity) }
        }
        return fails ? .findings : .clean
    }
}
