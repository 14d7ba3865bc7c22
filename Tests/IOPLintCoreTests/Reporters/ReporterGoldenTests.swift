import IOPLintCore
import Testing

/// Every format, in both languages, rendered from the one fixture report.
struct ReporterGoldenTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var format: ReportFormat
        var options: ReportOptions
        var file: String

        var testDescription: String { file }

        init(_ format: ReportFormat, _ language: Language, color: Bool = false, quiet: Bool = false, file: String) {
            self.format = format
            options = ReportOptions(language: language, color: color, quiet: quiet)
            self.file = file
        }
    }

    static let cases: [Case] = [
        Case(.text, .en, file: "text.en.txt"),
        Case(.text, .sv, file: "text.sv.txt"),
        Case(.text, .en, color: true, file: "text.en.color.txt"),
        Case(.text, .sv, color: true, file: "text.sv.color.txt"),
        Case(.text, .en, quiet: true, file: "text.en.quiet.txt"),
        Case(.json, .en, file: "json.en.json"),
        Case(.json, .sv, file: "json.sv.json"),
        Case(.jsonl, .en, file: "jsonl.en.jsonl"),
        Case(.jsonl, .sv, file: "jsonl.sv.jsonl"),
        Case(.sarif, .en, file: "sarif.en.sarif"),
        Case(.sarif, .sv, file: "sarif.sv.sarif"),
        Case(.github, .en, file: "github.en.txt"),
        Case(.github, .sv, file: "github.sv.txt"),
        Case(.junit, .en, file: "junit.en.xml"),
        Case(.junit, .sv, file: "junit.sv.xml"),
    ]

    @Test(arguments: cases)
    func outputMatchesGoldenFile(_ test: Case) throws {
        let output = test.format.reporter.render(ReportFixture.report, options: test.options)
        try GoldenFile.assertMatches(output, test.file)
    }

    @Test(arguments: ReportFormat.allCases)
    func outputDoesNotDependOnJobs(_ format: ReportFormat) {
        let options = ReportOptions(language: .sv)
        let serial = format.reporter.render(ReportFixture.report(jobs: 1), options: options)
        let parallel = format.reporter.render(ReportFixture.report(jobs: 8), options: options)
        #expect(serial == parallel)
    }
}
