import IOPYAML
import Testing

@testable import IOPLintCore

struct JUnitReporterTests {
    /// A message with every character XML escapes, the end of a CDATA section, a control
    /// character XML 1.0 forbids, and CR LF.
    static let awkwardMessage = "a & b < c > d \"e\" 'f' ]]> \u{7}bell\r\nnext"
    static let awkwardFile = "avtal/<&>\"'.yaml"

    private func finding(
        _ rule: String, _ severity: Severity, line: Int, message: String = "x", file: String = "a.yaml"
    ) -> Finding {
        Finding(
            ruleID: RuleID(rule)!, severity: severity, message: LocalizedText(message), file: file, documentIndex: 0,
            path: .root, range: SourceRange(at: SourcePosition(line: line, column: 3, offset: 0)))
    }

    private func render(
        _ findings: [Finding], file: String = "a.yaml", failOn: FailThreshold = .error,
        options: ReportOptions = ReportOptions()
    )
        throws -> XMLTree.Element
    {
        let report = LintReport(
            files: [FileResult(path: file, text: "", findings: findings, failOn: failOn)], rules: [])
        return try XMLTree(JUnitReporter().render(report, options: options)).root
    }

    @Test
    func textEscapesMarkupAndDropsForbiddenCharacters() {
        #expect(XMLText.escapedText("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;")
        #expect(XMLText.escapedText("]]>") == "]]&gt;")
        #expect(XMLText.escapedText("bell\u{7}\u{0}\u{1B}\u{FFFE}\u{FFFF} end") == "bell end")
        #expect(XMLText.escapedText("one\r\ntwo\tthree") == "one&#13;\ntwo\tthree")
        #expect(XMLText.escapedText("Människan 🙂 \u{85}") == "Människan 🙂 \u{85}")
    }

    @Test
    func attributesAlsoKeepLineBreaksAndTabsAsReferences() {
        #expect(XMLText.escapedAttribute("one\r\ntwo\tthree") == "one&#13;&#10;two&#9;three")
        #expect(XMLText.startTag("t", ["b": "<\"'>", "a": "&"]) == "<t b=\"&lt;&quot;&apos;&gt;\" a=\"&amp;\"")
    }

    @Test(arguments: Language.allCases)
    func fixtureOutputIsWellFormed(_ language: Language) throws {
        let output = JUnitReporter().render(ReportFixture.report, options: ReportOptions(language: language))
        let root = try XMLTree(output).root
        #expect(root.name == "testsuites")
        #expect(output.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
    }

    @Test
    func awkwardTextIsReadBackAsWrittenLessWhatXMLForbids() throws {
        let root = try render(
            [finding("format/type", .error, line: 2, message: Self.awkwardMessage, file: Self.awkwardFile)],
            file: Self.awkwardFile)
        let suite = try #require(root.children("testsuite").first)
        let testCase = try #require(suite.children("testcase").first)
        let failure = try #require(testCase.children("failure").first)
        let expected = Self.awkwardMessage.replacingOccurrences(of: "\u{7}", with: "")
        #expect(suite.attributes["name"] == Self.awkwardFile)
        #expect(testCase.attributes["classname"] == Self.awkwardFile)
        #expect(failure.attributes["message"] == expected)
        #expect(failure.text == "2:3 " + expected)
    }

    @Test
    func everyRuleThatAppliesIsATestCaseOfItsFileAndPassingOnesAreEmpty() throws {
        let root = try XMLTree(JUnitReporter().render(ReportFixture.report, options: ReportOptions())).root
        let files = root.children("testsuite").filter { $0.attributes["name"] != ToolInfo.name }
        #expect(files.map { $0.attributes["name"] } == ReportFixture.report.files.map(\.path))
        for (suite, file) in zip(files, ReportFixture.report.files) {
            let cases = suite.children("testcase")
            let applied = try #require(file.rulesApplied)
            #expect(cases.map { $0.attributes["name"] } == applied.map(\.description))
            #expect(cases.allSatisfy { $0.attributes["classname"] == suite.attributes["name"] })
            #expect(cases.contains { $0.children.isEmpty && $0.text.isEmpty })
        }
    }

    @Test
    func withFailOnWarningErrorsAndWarningsFailAndInfoIsListedInSystemOut() throws {
        let root = try render(
            [
                finding("format/type", .error, line: 9), finding("format/type", .warning, line: 4, message: "first"),
                finding("format/unknown-key", .warning, line: 5), finding("fixture/short-title", .info, line: 2),
            ], failOn: .warning)
        let cases = try #require(root.children("testsuite").first).children("testcase")
        let byName = Dictionary(uniqueKeysWithValues: cases.map { ($0.attributes["name"] ?? "", $0) })
        let type = try #require(byName["format/type"]?.children("failure").first)
        #expect(type.attributes["type"] == "error")
        #expect(type.attributes["message"] == "x")
        #expect(type.text == "9:3 x\n4:3 first")
        #expect(byName["format/unknown-key"]?.children("failure").first?.attributes["type"] == "warning")
        let info = try #require(byName["fixture/short-title"])
        #expect(info.children("failure").isEmpty)
        #expect(info.children("system-out").first?.text == "2:3 x")
        #expect(root.attributes["failures"] == "2")
    }

    @Test
    func findingsFailTheirTestCaseOnlyWhenTheyFailTheRun() throws {
        let findings = [
            finding("format/type", .error, line: 1), finding("format/unknown-key", .warning, line: 2, message: "meh"),
            finding("fixture/short-title", .info, line: 3, message: "note"),
        ]
        func failed(_ failOn: FailThreshold) throws -> [String?] {
            try render(findings, failOn: failOn).all.filter { $0.name == "testcase" && !$0.children("failure").isEmpty }
                .map { $0.attributes["name"] }
        }
        #expect(try failed(.error) == ["format/type"])
        #expect(try failed(.warning) == ["format/type", "format/unknown-key"])
        #expect(try failed(.info) == ["fixture/short-title", "format/type", "format/unknown-key"])
        #expect(try failed(.never) == [])
        let cases = try render(findings).all.filter { $0.name == "testcase" }
        let warning = try #require(cases.first { $0.attributes["name"] == "format/unknown-key" })
        #expect(warning.children("system-out").first?.text == "2:3 meh")
        #expect(try render(findings, failOn: .never).attributes["failures"] == "0")
    }

    @Test
    func onlyTheRulesThatApplyToAFileAreItsTestCases() throws {
        let applied = FileResult(
            path: "a.yaml", text: "", findings: [finding("format/type", .error, line: 1)],
            rulesApplied: [RuleID("format/date")!])
        let unknown = FileResult(path: "b.yaml", text: "", findings: [])
        let report = LintReport(files: [applied, unknown], rules: ReportFixture.report.rules)
        let suites = try XMLTree(JUnitReporter().render(report, options: ReportOptions())).root.children("testsuite")
        #expect(suites[0].children("testcase").map { $0.attributes["name"] } == ["format/date", "format/type"])
        #expect(suites[1].children("testcase").count == ReportFixture.report.rules.count)
    }

    @Test
    func quietListsOnlyErrorsSoOnlyErrorsFail() throws {
        let root = try render(
            [finding("format/type", .error, line: 1), finding("format/unknown-key", .warning, line: 2)],
            options: ReportOptions(quiet: true))
        #expect(root.attributes["tests"] == "2")
        #expect(root.attributes["failures"] == "1")
        #expect(root.all.filter { $0.name == "failure" }.map { $0.attributes["type"] } == ["error"])
    }

    @Test
    func toolFailuresAreErrorsOfAnIOPLintSuite() throws {
        let failures = [
            ToolFailure(
                message: LocalizedText("bad rule file"), file: "r.yml",
                position: SourcePosition(line: 3, column: 5, offset: 0)),
            ToolFailure(message: LocalizedText("no files")),
        ]
        let output = JUnitReporter().render(
            LintReport(files: [], failures: failures, rules: []), options: ReportOptions())
        let root = try XMLTree(output).root
        let suite = try #require(root.children("testsuite").first)
        #expect(suite.attributes["name"] == "iop-lint")
        #expect(suite.attributes["errors"] == "2")
        #expect(root.attributes["errors"] == "2")
        let errors = suite.children("testcase").compactMap { $0.children("error").first }
        #expect(suite.children("testcase").map { $0.attributes["name"] } == ["r.yml", "iop-lint"])
        #expect(errors.map(\.text) == ["r.yml:3:5: bad rule file", "no files"])
        #expect(errors.allSatisfy { $0.attributes["type"] == "tool-failure" })
    }

    @Test
    func moreWarningsThanTheLimitFailATestCaseOfTheRun() throws {
        let warnings = [
            finding("format/unknown-key", .warning, line: 2), finding("format/unknown-key", .warning, line: 3),
        ]
        let over = try render(warnings, options: ReportOptions(language: .sv, maxWarnings: 1))
        let suite = try #require(over.children("testsuite").first)
        #expect(suite.attributes["name"] == "iop-lint")
        let limit = try #require(suite.children("testcase").first)
        #expect(limit.attributes["name"] == "--max-warnings")
        let failure = try #require(limit.children("failure").first)
        #expect(failure.attributes["type"] == "max-warnings")
        #expect(failure.attributes["message"] == "2 varningar, fler än --max-warnings 1 tillåter")
        #expect(over.attributes["failures"] == "1")
        for options in [ReportOptions(maxWarnings: 2), ReportOptions()] {
            let within = try render(warnings, options: options)
            #expect(within.children("testsuite").map { $0.attributes["name"] } == ["a.yaml"])
            #expect(within.attributes["failures"] == "0")
        }
    }

    @Test(arguments: Language.allCases)
    func countsAddUp(_ language: Language) throws {
        let root = try XMLTree(JUnitReporter().render(ReportFixture.report, options: ReportOptions(language: language)))
            .root
        let suites = root.children("testsuite")
        for element in [root] + suites {
            let cases = element.all.filter { $0.name == "testcase" }
            #expect(element.attributes["tests"] == "\(cases.count)")
            #expect(element.attributes["failures"] == "\(cases.count { !$0.children("failure").isEmpty })")
            #expect(element.attributes["errors"] == "\(cases.count { !$0.children("error").isEmpty })")
        }
        #expect(root.attributes["failures"] == "4")
        #expect(root.attributes["errors"] == "1")
    }
}
