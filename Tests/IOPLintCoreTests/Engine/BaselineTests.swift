import Foundation
import Testing

@testable import IOPLintCore

/// Recording findings in a baseline, and matching them later by fingerprint.
@Suite struct BaselineTests {
    private static func report(_ files: [String: String]) -> LintReport {
        let linter = Linter(rules: FormatRules.all)
        let results = files.map { path, text in linter.lint(bytes: Array(text.utf8), path: path) }
        return LintReport(files: results, rules: FormatRules.all.map(\.description))
    }

    private static func spots(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.file):\($0.range.start.line) \($0.ruleID)" }
    }

    /// Three documents that each have the same unknown key: identical findings but for the document.
    private static func documents(_ count: Int) -> String {
        Array(repeating: "iop-lint: 1\ntitel: Läxhjälp\n", count: count).joined(separator: "---\n")
    }

    @Test func aRecordedFindingNoLongerCounts() {
        let before = Self.report(["a.yaml": "iop-lint: 1\ntitel: Läxhjälp\nkind: partnerskap\n"])
        let baseline = Baseline(recording: before, language: .en)
        let after = baseline.applied(to: before)
        #expect(after.findings.isEmpty)
        #expect(Self.spots(after.baselined) == ["a.yaml:2 format/unknown-key", "a.yaml:3 format/type"])
        #expect(after.unmatchedBaselineEntries.isEmpty)
        #expect(ExitStatus.of(after) == .clean)
        #expect(ExitStatus.of(before) == .findings)
    }

    @Test func entriesAreSortedByFileRuleAndFingerprintWithLineAndMessage() {
        let report = Self.report([
            "b.yaml": "iop-lint: 1\nkind: partnerskap\ntitel: x\n",
            "a.yaml": "iop-lint: 1\ntitel: x\nsammanfattning: y\n",
        ])
        let entries = Baseline(recording: report, language: .sv).entries
        #expect(entries.map(\.file) == ["a.yaml", "a.yaml", "b.yaml", "b.yaml"])
        #expect(
            entries.map(\.rule.description) == [
                "format/unknown-key", "format/unknown-key", "format/type", "format/unknown-key",
            ])
        #expect(entries[0].fingerprint < entries[1].fingerprint)
        #expect(entries[2].line == 2)
        #expect(entries[3].message == "okänd nyckel `titel`; menade du `title`?")
    }

    @Test func fingerprintsAreThoseOfTheReports() {
        let report = Self.report(["a.yaml": "iop-lint: 1\ntitel: x\nkind: partnerskap\n"])
        let entries = Baseline(recording: report, language: .en).entries
        #expect(Set(entries.map(\.fingerprint)) == Set(report.files[0].fingerprints))
    }

    @Test func repeatsAreCountedSoAThirdIdenticalFindingIsNew() {
        let baseline = Baseline(recording: Self.report(["a.yaml": Self.documents(2)]), language: .en)
        #expect(baseline.entries.count == 2)
        let after = baseline.applied(to: Self.report(["a.yaml": Self.documents(3)]))
        #expect(after.baselined.count == 2)
        #expect(after.findings.map(\.documentIndex) == [2])
    }

    @Test func oneFewerRepeatLeavesOneEntryUnmatched() {
        let baseline = Baseline(recording: Self.report(["a.yaml": Self.documents(3)]), language: .en)
        let after = baseline.applied(to: Self.report(["a.yaml": Self.documents(2)]))
        #expect(after.findings.isEmpty)
        #expect(after.unmatchedBaselineEntries.count == 1)
    }

    @Test func applyingABaselineChangesNoFingerprint() {
        let report = Self.report(["a.yaml": Self.documents(3)])
        let fingerprints = report.files[0].fingerprints
        let firstTwo = Baseline(
            entries: Baseline(recording: report, language: .en).entries.filter {
                $0.fingerprint != fingerprints[2]
            })
        let after = firstTwo.applied(to: report)
        #expect(after.files[0].fingerprints == [fingerprints[2]])
        let middle = Baseline(
            entries: Baseline(recording: report, language: .en).entries.filter {
                $0.fingerprint == fingerprints[1]
            })
        #expect(middle.applied(to: report).files[0].fingerprints == [fingerprints[0], fingerprints[2]])
    }

    @Test func entriesOfFilesNotLintedAreNeitherUsedNorUnmatched() {
        let baseline = Baseline(
            recording: Self.report(["a.yaml": "titel: x\n", "b.yaml": "titel: y\n"]), language: .en)
        let after = baseline.applied(to: Self.report(["b.yaml": "iop-lint: 1\n"]))
        #expect(after.files.map(\.path) == ["b.yaml"])
        #expect(after.unmatchedBaselineEntries.map(\.file) == ["b.yaml", "b.yaml"])
    }

    @Test func aFindingInAnotherFileIsNotMatched() {
        let baseline = Baseline(recording: Self.report(["a.yaml": "iop-lint: 1\ntitel: x\n"]), language: .en)
        let after = baseline.applied(to: Self.report(["copy.yaml": "iop-lint: 1\ntitel: x\n"]))
        #expect(Self.spots(after.findings) == ["copy.yaml:2 format/unknown-key"])
    }

    @Test func recordingSomeFilesKeepsTheEntriesOfOthersThatStillExist() {
        let old = Baseline(
            recording: Self.report(["a.yaml": "titel: x\n", "gone.yaml": "titel: x\n", "kept.yaml": "titel: x\n"]),
            language: .en)
        let new = Baseline(
            recording: Self.report(["a.yaml": "iop-lint: 1\n"]), language: .en, keeping: old,
            fileExists: { $0 != "gone.yaml" })
        #expect(new.entries.map(\.file) == ["kept.yaml", "kept.yaml"])
        #expect(new.entries == old.entries.filter { $0.file == "kept.yaml" })
    }

    @Test func suppressedFindingsAreNotRecorded() {
        let text = "iop-lint: 1\n# iop-lint-disable-next-line format/unknown-key -- the council's word\ntitel: x\n"
        let report = Self.report(["a.yaml": text])
        #expect(report.suppressed.count == 1)
        #expect(Baseline(recording: report, language: .en).entries.isEmpty)
    }

    @Test func maxWarningsCountsOnlyFindingsThatCount() {
        let report = Self.report(["a.yaml": "iop-lint: 1\ntitel: x\nsammanfattning: y\n"])
        #expect(ExitStatus.of(report, maxWarnings: 2) == .clean)
        #expect(ExitStatus.of(report, maxWarnings: 1) == .findings)
        #expect(ExitStatus.of(report, failOn: .never, maxWarnings: 1) == .findings)
        let baselined = Baseline(recording: report, language: .en).applied(to: report)
        #expect(ExitStatus.of(baselined, maxWarnings: 0) == .clean)
        #expect(ExitStatus.of(report, maxWarnings: 0, recordingBaseline: true) == .clean)
    }

    @Test func theTextSummarySaysWhatTheBaselineDid() {
        let before = Self.report(["a.yaml": "iop-lint: 1\ntitel: x\nkind: partnerskap\n"])
        let baseline = Baseline(recording: before, language: .en)
        let after = baseline.applied(to: Self.report(["a.yaml": "iop-lint: 1\ntitel: x\nsammanfattning: y\n"]))
        let en = TextReporter().render(after, options: ReportOptions(language: .en))
        let sv = TextReporter().render(after, options: ReportOptions(language: .sv))
        #expect(en.hasSuffix("1 warning in 1 file (1 baselined; 1 baseline entry matches nothing)\n"))
        #expect(sv.hasSuffix("1 varning i 1 fil (1 i baslinjen; 1 post i baslinjen matchar inget)\n"))
        #expect(!en.contains("titel"), "baselined findings are not listed")
    }
}
