/// The outcome of linting one file.
public struct FileResult: Sendable {
    /// The file as shown in output.
    public var path: String
    /// The file's text, for showing source lines (empty when it could not be decoded).
    public var text: String
    /// The findings that count, sorted in output order.
    public var findings: [Finding]
    /// Findings switched off by `iop-lint-disable…` comments, each with its
    /// ``Finding/suppression``, sorted in output order. They count for nothing (exit code,
    /// totals, scorecards); reporters may show them as suppressed.
    public var suppressed: [Finding]
    /// Findings a baseline (`--baseline`) records, sorted in output order. Like suppressed
    /// findings they count for nothing (exit code, totals) and are not listed; scorecards still
    /// count them, since a baseline accepts a finding without answering it.
    public var baselined: [Finding] = []
    /// Entries of the baseline for this file that matched no finding: fixed since it was
    /// recorded (or their flagged text changed). Harmless; writing the baseline again drops them.
    public var unmatchedBaselineEntries: [BaselineEntry] = []
    /// The checklists of the packs that apply, per document, in document then pack order.
    public var scorecards: [Scorecard]
    /// The lowest severity that fails the run for this file (files may be configured apart).
    public var failOn: FailThreshold

    public init(
        path: String, text: String, findings: [Finding], suppressed: [Finding] = [], scorecards: [Scorecard] = [],
        failOn: FailThreshold = .error
    ) {
        self.path = path
        self.text = text
        self.findings = findings
        self.suppressed = suppressed
        self.scorecards = scorecards
        self.failOn = failOn
    }
}
