/// What a run adds up to, without keeping its files: counts for summaries and the exit code,
/// added to one file at a time as files finish.
public struct ReportTally: Sendable, Hashable {
    /// Files linted (not those that could not be read).
    public private(set) var files = 0
    /// Failures of the run itself.
    public private(set) var failures = 0
    /// Findings that count, per severity.
    public private(set) var counts: [Severity: Int] = [:]
    /// Findings an `iop-lint-disable…` comment switched off.
    public private(set) var suppressed = 0
    /// Findings a baseline records.
    public private(set) var baselined = 0
    /// Baseline entries of the files linted that matched no finding.
    public private(set) var unmatchedBaselineEntries = 0
    /// Whether a finding is at or above its file's ``FileResult/failOn``.
    public private(set) var failsThreshold = false

    public init() {}

    /// How many findings that count have `severity`.
    public func count(_ severity: Severity) -> Int {
        counts[severity, default: 0]
    }

    public mutating func add(_ file: FileResult) {
        files += 1
        // By index: a `for finding in` would copy each finding.
        for index in file.findings.indices {
            let severity = file.findings[index].severity
            counts[severity, default: 0] += 1
            if file.failOn.fails(severity) { failsThreshold = true }
        }
        suppressed += file.suppressed.count
        baselined += file.baselined.count
        unmatchedBaselineEntries += file.unmatchedBaselineEntries.count
    }

    public mutating func add(_ failure: ToolFailure) {
        failures += 1
    }
}

extension LintReport {
    /// The tally of the whole report.
    public var tally: ReportTally {
        var tally = ReportTally()
        for file in files { tally.add(file) }
        for failure in failures { tally.add(failure) }
        return tally
    }
}
