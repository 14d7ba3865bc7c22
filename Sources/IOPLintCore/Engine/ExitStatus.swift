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
    /// is given for all; more warnings than `maxWarnings` fail it whatever the threshold
    /// (`--max-warnings`). A run `recordingBaseline` (`--write-baseline`) accepts every finding:
    /// it fails only when the run itself fails.
    public static func of(
        _ report: LintReport, failOn threshold: FailThreshold? = nil, maxWarnings: Int? = nil,
        recordingBaseline: Bool = false
    ) -> ExitStatus {
        if !report.failures.isEmpty { return .failure }
        if recordingBaseline { return .clean }
        if exceedsWarnings(report, maxWarnings: maxWarnings) { return .findings }
        let fails = report.files.contains { file in
            file.findings.contains { (threshold ?? file.failOn).fails($0.severity) }
        }
        return fails ? .findings : .clean
    }

    /// Whether `report` has more warnings that count than `maxWarnings`; never without a limit.
    public static func exceedsWarnings(_ report: LintReport, maxWarnings: Int?) -> Bool {
        guard let maxWarnings else { return false }
        return report.count(.warning) > maxWarnings
    }
}
