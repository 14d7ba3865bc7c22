import IOPLintCore
import IOPYAML
import Testing

struct TextReporterTests {
    private func report(_ severities: [Severity], files: Int) -> LintReport {
        let findings = severities.map { severity in
            Finding(
                ruleID: RuleID("format/type")!, severity: severity, message: LocalizedText("x"), file: "a.yaml",
                documentIndex: 0, path: .root, range: SourceRange(at: .start))
        }
        let results = (0..<files).map { FileResult(path: "f\($0).yaml", text: "", findings: $0 == 0 ? findings : []) }
        return LintReport(files: results, rules: [])
    }

    private func summary(_ severities: [Severity], files: Int, _ language: Language) -> String? {
        TextReporter().render(report(severities, files: files), options: ReportOptions(language: language))
            .split(separator: "\n").last.map(String.init)
    }

    @Test
    func summaryCountsInEnglish() {
        #expect(
            summary([.error, .error, .error, .warning, .warning, .info], files: 12, .en)
                == "3 errors, 2 warnings, 1 info in 12 files")
        #expect(summary([.error, .warning, .info, .info], files: 1, .en) == "1 error, 1 warning, 2 info in 1 file")
        #expect(summary([.warning], files: 2, .en) == "1 warning in 2 files")
        #expect(summary([], files: 4, .en) == "No problems in 4 files")
        #expect(summary([], files: 1, .en) == "No problems in 1 file")
    }

    @Test
    func summaryCountsInSwedish() {
        #expect(
            summary([.error, .error, .error, .warning, .warning, .info], files: 12, .sv)
                == "3 fel, 2 varningar, 1 info i 12 filer")
        #expect(summary([.error, .warning, .info], files: 1, .sv) == "1 fel, 1 varning, 1 info i 1 fil")
        #expect(summary([], files: 4, .sv) == "Inga problem i 4 filer")
        #expect(summary([], files: 1, .sv) == "Inga problem i 1 fil")
    }

    @Test
    func withoutColourThereIsNoEscape() {
        let output = TextReporter().render(ReportFixture.report, options: ReportOptions(color: false))
        #expect(!output.unicodeScalars.contains("\u{1B}"))
        let coloured = TextReporter().render(ReportFixture.report, options: ReportOptions(color: true))
        #expect(coloured.contains("\u{1B}[31merror:\u{1B}[0m"))
    }

    @Test
    func quietShowsOnlyErrorsButCountsEverything() {
        let output = TextReporter().render(ReportFixture.report, options: ReportOptions(quiet: true))
        #expect(!output.contains(": warning:"))
        #expect(!output.contains(": info:"))
        #expect(output.contains(": error:"))
        #expect(output.hasSuffix("5 errors, 1 warning, 1 info in 2 files\n"))
    }

    @Test
    func toolFailuresComeFirstAsToolErrors() {
        let output = TextReporter().render(ReportFixture.report, options: ReportOptions(language: .sv))
        #expect(output.hasPrefix("iop-lint: fel: kan inte läsa avtal/saknas.yaml\n"))
    }

    @Test
    func aFileWithoutTextShowsNoSourceLine() {
        let output = TextReporter().render(report([.error], files: 1), options: ReportOptions())
        #expect(output == "a.yaml:1:1: error: x [format/type]\n\n1 error in 1 file\n")
    }
}
