import Foundation

/// Findings accepted as they are, so that later runs report only new ones (`--baseline`,
/// `--write-baseline`).
///
/// A finding is matched by file, rule and ``Fingerprint`` (the fingerprint SARIF's
/// `partialFingerprints` carries), never by line: lines inserted above a finding, or its value
/// reindented or rewrapped, keep it matched; a change to the flagged text makes it new.
/// Repeats count: repeated findings get numbered fingerprints, so a file that had two identical
/// findings recorded and now has three has one new.
///
/// Invariant: ``entries`` are sorted by file, rule and fingerprint. The file format is
/// described in docs/baseline.md.
public struct Baseline: Sendable, Hashable {
    /// The `version` field of the file: raised when a field changes meaning or goes away.
    public static let formatVersion = 1

    public private(set) var entries: [BaselineEntry]
    /// ``entries`` by file, to apply the baseline one file at a time.
    private let byFile: [String: [BaselineEntry]]

    public init(entries: [BaselineEntry]) {
        self.entries = entries.sorted(by: BaselineEntry.inFileOrder)
        self.byFile = Dictionary(grouping: self.entries, by: \.file)
    }

    /// A baseline of every finding of `report` that counts, messages in `language`. Entries of
    /// `previous` are kept for files `report` did not lint and that `fileExists` still finds, so
    /// that recording a few files leaves the rest of a baseline as it was.
    ///
    /// `report` is taken before any baseline is applied to it.
    public init(
        recording report: LintReport, language: Language, keeping previous: Baseline? = nil,
        fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
    ) {
        let recorded = report.files.flatMap { file in
            zip(file.findings, file.fingerprints).map { finding, fingerprint in
                BaselineEntry(
                    file: file.path, rule: finding.ruleID, fingerprint: fingerprint, line: finding.range.start.line,
                    message: finding.message[language])
            }
        }
        let linted = Set(report.files.map(\.path))
        let kept = (previous?.entries ?? []).filter { !linted.contains($0.file) && fileExists($0.file) }
        self.init(entries: recorded + kept)
    }

    /// `report` with every finding this baseline records moved from ``FileResult/findings`` to
    /// ``FileResult/baselined``, and each file's entries that matched nothing in
    /// ``FileResult/unmatchedBaselineEntries``. Entries of files `report` did not lint are
    /// left alone: a run over a few files says nothing about the others.
    public func applied(to report: LintReport) -> LintReport {
        var report = report
        for index in report.files.indices { report.files[index] = applied(to: report.files[index]) }
        return report
    }

    /// `file` with the findings this baseline records moved to ``FileResult/baselined``, as applying
    /// it to a whole report does for each file.
    public func applied(to file: FileResult) -> FileResult {
        guard let entries = byFile[file.path], !entries.isEmpty else { return file }
        var remaining: [BaselineEntry.Key: Int] = [:]
        for entry in entries { remaining[entry.key, default: 0] += 1 }
        var file = file
        var kept: [Finding] = []
        var keptFingerprints: [String] = []
        for (finding, fingerprint) in zip(file.findings, file.fingerprints) {
            let key = BaselineEntry.Key(file: file.path, rule: finding.ruleID, fingerprint: fingerprint)
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
                file.baselined.append(finding)
            } else {
                kept.append(finding)
                keptFingerprints.append(fingerprint)
            }
        }
        file.findings = kept
        file.fingerprints = keptFingerprints
        file.baselined.sort(by: Finding.inOutputOrder)
        file.unmatchedBaselineEntries += entries.filter { entry in
            guard let count = remaining[entry.key], count > 0 else { return false }
            remaining[entry.key] = count - 1
            return true
        }
        return file
    }
}
