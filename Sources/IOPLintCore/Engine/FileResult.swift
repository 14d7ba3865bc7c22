/// The outcome of linting one file.
///
/// It holds what reports need and no more: the findings with their fingerprints and, to show
/// source, only the lines around the findings (``source``), never the file's whole text, so
/// that a run over many files keeps little per file.
public struct FileResult: Sendable {
    /// Lines kept on either side of a finding's range, enough for every reporter that shows
    /// context (the html format shows two, and a one-line gap between two windows).
    public static let contextLines = 3
    /// The most lines of one finding's range that are kept, from its start.
    public static let longestRangeKept = 5

    /// The file as shown in output.
    public var path: String
    /// The lines of the file that findings point at, with ``contextLines`` around them; a
    /// sparse ``SourceLines`` whose ``SourceLines/count`` is the whole file's.
    public private(set) var source: SourceLines
    /// Whether the file had text to show (not when it could not be decoded).
    public private(set) var hasSource: Bool
    /// The findings that count, sorted in output order.
    public internal(set) var findings: [Finding]
    /// The ``Fingerprint`` of each of ``findings``, in the same order.
    public internal(set) var fingerprints: [String]
    /// Findings switched off by `iop-lint-disable…` comments, each with its
    /// ``Finding/suppression``, sorted in output order. They count for nothing (exit code,
    /// totals, scorecards); reporters may show them as suppressed.
    public internal(set) var suppressed: [Finding]
    /// The fingerprint of each of ``suppressed``, in the same order.
    public internal(set) var suppressedFingerprints: [String]
    /// Findings a baseline (`--baseline`) records, sorted in output order. Like suppressed
    /// findings they count for nothing (exit code, totals) and are not listed; scorecards still
    /// count them, since a baseline accepts a finding without answering it.
    public internal(set) var baselined: [Finding] = []
    /// Entries of the baseline for this file that matched no finding: fixed since it was
    /// recorded (or their flagged text changed). Harmless; writing the baseline again drops them.
    public internal(set) var unmatchedBaselineEntries: [BaselineEntry] = []
    /// The checklists of the packs that apply, per document, in document then pack order.
    public var scorecards: [Scorecard]
    /// The lowest severity that fails the run for this file (files may be configured apart).
    public var failOn: FailThreshold
    /// The rules that ran on the file and apply to it (``Rule/runs(on:)``) in one of its
    /// documents, sorted by id: the checks made there. `nil` when not known (a result put
    /// together without it); reporters then take every rule of the run.
    public var rulesApplied: [RuleID]?

    /// The result for a file whose text is `text` (empty when it could not be decoded).
    /// Fingerprints are computed here, from the whole text, which is then let go of but for the
    /// lines reports show; with `keepingSource` false (for a report that shows none), for the
    /// last line only, so that ``source`` still knows how many lines there were.
    public init(
        path: String, text: String, findings: [Finding], suppressed: [Finding] = [], scorecards: [Scorecard] = [],
        failOn: FailThreshold = .error, rulesApplied: [RuleID]? = nil, keepingSource: Bool = true
    ) {
        let lines = SourceLines(text)
        self.path = path
        self.hasSource = !text.isEmpty
        self.findings = findings
        self.fingerprints = Fingerprint.all(of: findings, in: lines)
        self.suppressed = suppressed
        self.suppressedFingerprints = Fingerprint.all(of: suppressed, in: lines)
        self.scorecards = scorecards
        self.failOn = failOn
        self.rulesApplied = rulesApplied
        self.source = keepingSource ? lines.keeping((findings + suppressed).flatMap(Self.linesKept)) : lines.keeping([])
    }

    /// A result put together from its parts, as a cache stored them: `source` already holds
    /// only the kept lines.
    public init(
        path: String, source: SourceLines, hasSource: Bool, findings: [Finding], fingerprints: [String],
        suppressed: [Finding], suppressedFingerprints: [String], scorecards: [Scorecard], failOn: FailThreshold,
        rulesApplied: [RuleID]? = nil
    ) {
        self.path = path
        self.source = source
        self.hasSource = hasSource
        self.findings = findings
        self.fingerprints = fingerprints
        self.suppressed = suppressed
        self.suppressedFingerprints = suppressedFingerprints
        self.scorecards = scorecards
        self.failOn = failOn
        self.rulesApplied = rulesApplied
    }

    /// The line numbers kept for `finding`.
    static func linesKept(for finding: Finding) -> ClosedRange<Int> {
        let start = finding.range.start.line
        let end = min(max(start, finding.range.end.line), start + longestRangeKept - 1)
        return max(1, start - contextLines)...(end + contextLines)
    }
}
