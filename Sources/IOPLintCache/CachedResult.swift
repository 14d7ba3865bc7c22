import IOPLintCore

/// A file's result as a cache entry stores it: everything ``FileResult`` keeps, as JSON, under
/// the key it was stored for, so that an entry moved or mixed up is never taken for another.
struct CachedResult: Codable {
    /// What every entry of this layout says it is.
    static let format = "iop-lint-cache-entry/1"

    var format: String
    var key: String
    var path: String
    var lines: [Int: String]
    var lineCount: Int
    var hasSource: Bool
    var findings: [Finding]
    var fingerprints: [String]
    var suppressed: [Finding]
    var suppressedFingerprints: [String]
    var scorecards: [Scorecard]
    var failOn: FailThreshold
    var rulesApplied: [RuleID]?

    init(_ result: FileResult, key: String) {
        format = Self.format
        self.key = key
        path = result.path
        lines = result.source.keptLines
        lineCount = result.source.count
        hasSource = result.hasSource
        findings = result.findings
        fingerprints = result.fingerprints
        suppressed = result.suppressed
        suppressedFingerprints = result.suppressedFingerprints
        scorecards = result.scorecards
        failOn = result.failOn
        rulesApplied = result.rulesApplied
    }

    /// The result, when the entry is whole and was stored for `key` and `path`.
    func result(key: String, path: String) -> FileResult? {
        guard format == Self.format, self.key == key, self.path == path, lineCount >= 1,
            fingerprints.count == findings.count, suppressedFingerprints.count == suppressed.count,
            lines.keys.allSatisfy({ (1...lineCount).contains($0) })
        else { return nil }
        return FileResult(
            path: path, source: SourceLines(keptLines: lines, count: lineCount), hasSource: hasSource,
            findings: findings, fingerprints: fingerprints, suppressed: suppressed,
            suppressedFingerprints: suppressedFingerprints, scorecards: scorecards, failOn: failOn,
            rulesApplied: rulesApplied)
    }
}
