/// The lowest severity that makes a run fail (`--fail-on`).
public enum FailThreshold: String, Sendable, CaseIterable, Codable {
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
        guard let threshold else {
            return of(report.tally, maxWarnings: maxWarnings, recordingBaseline: recordingBaseline)
        }
        let fails = report.findings.contains { threshold.fails($0.severity) }
        return of(report.tally, fails: fails, maxWarnings: maxWarnings, recordingBaseline: recordingBaseline)
    }

    /// The status of a run from its tally, each file against its own threshold.
    public static func of(_ tally: ReportTally, maxWarnings: Int? = nil, recordingBaseline: Bool = false) -> ExitStatus
    {
        of(tally, fails: tally.failsThreshold, maxWarnings: maxWarnings, recordingBaseline: recordingBaseline)
    }

    private static func of(
        _ tally: ReportTally, fails: Bool, maxWarnings: Int?, recordingBaseline: Bool
    ) -> ExitStatus {
        if tally.failures > 0 { return .failure }
        if recordingBaseline { return .clean }
        if exceedsWarnings(tally, maxWarnings: maxWarnings) { return .findings }
        return fails ? .findings : .clean
    }

    /// Whether more warnings count than `maxWarnings`; never without a limit.
    public static func exceedsWarnings(_ tally: ReportTally, maxWarnings: Int?) -> Bool {
        guard let maxWarnings else { return false }
        return tally.count(.warning) > maxWarnings
    }

    /// What `--max-warnings` says of `tally` when it counts too many warnings, else `nil`:
    /// "12 warnings, more than --max-warnings 10 allows".
    public static func warningLimitNote(for tally: ReportTally, maxWarnings: Int?) -> LocalizedText? {
        guard let maxWarnings, exceedsWarnings(tally, maxWarnings: maxWarnings) else { return nil }
        let count = tally.count(.warning)
        return LocalizedText(
            en: "\(count) \(count == 1 ? "warning" : "warnings"), more than --max-warnings \(maxWarnings) allows",
            sv: "\(count) \(count == 1 ? "varning" : "varningar"), fler än --max-warnings \(maxWarnings) tillåter")
    }
}
