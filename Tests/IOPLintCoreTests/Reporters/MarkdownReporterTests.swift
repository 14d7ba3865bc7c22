import IOPYAML
import Testing

@testable import IOPLintCore

struct MarkdownReporterTests {
    /// A finding of `severity` at `line`:1 of `file`, with `message` in both languages.
    static func finding(
        _ message: String, severity: Severity = .error, file: String = "a.yaml", line: Int = 1,
        rule: String = "format/type"
    ) -> Finding {
        Finding(
            ruleID: RuleID(rule)!, severity: severity, message: LocalizedText(message), file: file, documentIndex: 0,
            path: .root, range: SourceRange(at: SourcePosition(line: line, column: 1, offset: 0)))
    }

    private func render(_ findings: [Finding], language: Language = .en, quiet: Bool = false) -> String {
        let report = LintReport(files: [FileResult(path: "a.yaml", text: "", findings: findings)], rules: [])
        return MarkdownReporter().render(report, options: ReportOptions(language: language, quiet: quiet))
    }

    @Test(arguments: [(Language.en, "markdown.en.md"), (.sv, "markdown.sv.md")])
    func outputMatchesGoldenFile(language: Language, file: String) throws {
        let output = MarkdownReporter().render(
            ReportFixture.reportWithChecklist, options: ReportOptions(language: language))
        try GoldenFile.assertMatches(output, file)
    }

    @Test func cellsKeepPipesNewlinesAndTagsAsText() {
        let output = render([Self.finding("a | b\r\nc <b>*x*</b> & [l](u) `k|v` and `` a`b ``")])
        #expect(
            output.contains(
                #"| a \| b c \<b\>\*x\*\</b\> \& \[l\](u) `k\|v` and ``a`b`` |"#))
    }

    @Test func aBacktickThatClosesNothingIsText() {
        #expect(Markdown.inline("`a and b") == #"\`a and b"#)
        #expect(Markdown.inline("``a` b``") == "``a` b``")
    }

    @Test func codeSpansAreFencedLongerThanTheirBackticks() {
        #expect(Markdown.codeSpan("a.yaml:1:2") == "`a.yaml:1:2`")
        #expect(Markdown.codeSpan("odd`name|x.yaml") == "``odd`name\\|x.yaml``")
        #expect(Markdown.codeSpan("`a`") == "`` `a` ``")
    }

    @Test func longReportsSayHowManyFindingsAreNotShown() {
        let findings = (1...(MarkdownReporter.maxRows + 5)).map { Self.finding("m\($0)", line: $0) }
        let output = render(findings)
        #expect(output.contains("| `a.yaml:100:1` |"))
        #expect(!output.contains("| `a.yaml:101:1` |"))
        #expect(output.contains("_… and 5 more not shown here;"))
        #expect(render(findings, language: .sv).contains("_… och 5 till som inte visas här;"))
    }

    @Test func findingsThatFailTheRunComeFirstSoTheCapNeverHidesThem() {
        let passing = (1...(MarkdownReporter.maxRows + 20)).map { Self.finding("w\($0)", severity: .warning, line: $0) }
        let failing = Self.finding("broken", file: "z.yaml")
        let report = LintReport(
            files: [
                FileResult(path: "a.yaml", text: "", findings: passing),
                FileResult(path: "z.yaml", text: "", findings: [failing]),
            ], rules: [])
        let output = MarkdownReporter().render(report, options: ReportOptions())
        let rows = output.split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(rows.count == MarkdownReporter.maxRows)
        #expect(rows.first?.hasPrefix("| `z.yaml:1:1` | ❌ error |") == true)
        #expect(rows.dropFirst().first?.hasPrefix("| `a.yaml:1:1` |") == true)
    }

    @Test func warningsFailTheRunWithFailOnWarningAndComeFirstThen() {
        let report = LintReport(
            files: [
                FileResult(path: "a.yaml", text: "", findings: [Self.finding("note", severity: .info)]),
                FileResult(
                    path: "b.yaml", text: "", findings: [Self.finding("meh", severity: .warning, file: "b.yaml")],
                    failOn: .warning),
            ], rules: [])
        let order = MarkdownReporter.findingsInOrder(report, ReportOptions()).map(\.message.en)
        #expect(order == ["meh", "note"])
    }

    @Test func scorecardsWithUnmetPointsComeFirstFailingAgreementsFirstAmongThem() {
        func card(met: Bool) -> Scorecard {
            Scorecard(
                documentIndex: 0, pack: "p", title: LocalizedText("List"),
                points: [Scorecard.Point(point: "1", title: LocalizedText("One"), rules: [], met: met)])
        }
        let metFiles = (1...(MarkdownReporter.maxRows + 5)).map { index in
            FileResult(path: "a\(index).yaml", text: "", findings: [], scorecards: [card(met: true)])
        }
        let unmetPassing = FileResult(
            path: "m.yaml", text: "", findings: [Self.finding("w", severity: .warning, file: "m.yaml")],
            scorecards: [card(met: false)])
        let unmetFailing = FileResult(
            path: "z.yaml", text: "", findings: [Self.finding("e", file: "z.yaml")], scorecards: [card(met: false)])
        let report = LintReport(files: metFiles + [unmetPassing, unmetFailing], rules: [])
        let paths = MarkdownReporter.scorecardsInOrder(report).map(\.0)
        #expect(Array(paths.prefix(3)) == ["z.yaml", "m.yaml", "a1.yaml"])
        let output = MarkdownReporter().render(report, options: ReportOptions())
        #expect(output.contains("| `z.yaml` | List | ❌ 0 of 1 | 1. One |"))
        #expect(output.contains("| `m.yaml` | List | ❌ 0 of 1 | 1. One |"))
    }

    @Test func quietListsErrorsOnlyButCountsEverything() {
        let output = render([Self.finding("bad"), Self.finding("meh", severity: .warning, line: 2)], quiet: true)
        #expect(output.contains("**1 error, 1 warning in 1 file**"))
        #expect(output.contains("| bad |"))
        #expect(!output.contains("meh"))
        #expect(render([Self.finding("meh", severity: .warning)], quiet: true).contains("No errors found."))
    }

    @Test func aCleanRunSaysSo() {
        let output = render([], language: .sv)
        #expect(output == "## iop-lint\n\n✅ **Inga problem i 1 fil**\n\n### Anmärkningar\n\nInga problem hittades.\n")
    }
}
