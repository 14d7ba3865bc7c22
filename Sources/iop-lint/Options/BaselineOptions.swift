import ArgumentParser
import Foundation
import IOPLintCore

/// Which findings count: a baseline of accepted ones, and a limit on warnings.
struct BaselineOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Report only findings not recorded in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(
        help: ArgumentHelp(
            "Record the current findings in this baseline file (JSON, written atomically) and exit 0.",
            valueName: "file"))
    var writeBaseline: String?

    @Option(help: ArgumentHelp("Exit 1 when more than this many warnings count (after the baseline).", valueName: "n"))
    var maxWarnings: Int?

    func validate() throws {
        if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more") }
    }

    /// Writes `--write-baseline`, then applies `--baseline` (else the baseline just written) to
    /// `report`. Nothing is written when the run failed. Notes for the user go to `notes`.
    func apply(
        to report: LintReport, language: Language, notes: (LocalizedText) -> Void
    ) throws(ToolFailures)
        -> LintReport
    {
        var applied: Baseline?
        if let path = baseline { applied = try Baseline.load(path) }
        if let path = writeBaseline, report.failures.isEmpty {
            let previous = FileManager.default.fileExists(atPath: path) ? try Baseline.load(path) : nil
            let recorded = Baseline(recording: report, language: language, keeping: previous)
            do { try recorded.write(to: path) } catch { throw ToolFailures([error]) }
            notes(Self.recordedNote(recorded, path: path))
            applied = applied ?? recorded
        }
        return applied?.applied(to: report) ?? report
    }

    private static func recordedNote(_ baseline: Baseline, path: String) -> LocalizedText {
        let (count, files) = (baseline.entries.count, Set(baseline.entries.map(\.file)).count)
        return LocalizedText(
            en:
                "wrote \(path): \(count) \(count == 1 ? "finding" : "findings") in \(files) \(files == 1 ? "file" : "files")",
            sv: "skrev \(path): \(count) fynd i \(files) \(files == 1 ? "fil" : "filer")")
    }
}
