import IOPYAML
import Testing

@testable import IOPLintCore

struct GitHubReporterTests {
    private func finding(
        _ severity: Severity = .error, file: String = "a.yaml", message: String = "x", from start: (Int, Int),
        to end: (Int, Int)
    ) -> Finding {
        Finding(
            ruleID: RuleID("format/type")!, severity: severity, message: LocalizedText(message), file: file,
            documentIndex: 0, path: .root,
            range: SourceRange(
                start: SourcePosition(line: start.0, column: start.1, offset: 0),
                end: SourcePosition(line: end.0, column: end.1, offset: 0)))
    }

    private func render(_ findings: [Finding], failures: [ToolFailure] = [], quiet: Bool = false) -> String {
        let files = Dictionary(grouping: findings, by: \.file).map { FileResult(path: $0, text: "", findings: $1) }
        return GitHubReporter().render(
            LintReport(files: files, failures: failures, rules: []), options: ReportOptions(quiet: quiet))
    }

    @Test
    func errorsComeFirstThenWarningsThenNotices() {
        let lines = render([
            finding(.info, file: "a.yaml", from: (1, 1), to: (1, 2)),
            finding(.warning, file: "a.yaml", from: (2, 1), to: (2, 2)),
            finding(.error, file: "b.yaml", from: (3, 1), to: (3, 2)),
        ]).split(separator: "\n")
        #expect(lines.map { $0.prefix { $0 != " " } } == ["::error", "::warning", "::notice"])
        #expect(lines[0].contains("file=b.yaml"))
    }

    @Test
    func moreThanGitHubShowsOfAKindIsSaidOnceBeforeTheWarnings() {
        let errors = (1...3).map { finding(.error, from: ($0, 1), to: ($0, 2)) }
        let warnings = (1...11).map { finding(.warning, from: ($0 + 10, 1), to: ($0 + 10, 2)) }
        let lines = render(errors + warnings).split(separator: "\n")
        #expect(lines.count == 15)
        let notice = lines[3]
        #expect(notice.hasPrefix("::notice title=iop-lint::3 errors, 11 warnings and 0 notices: GitHub shows 10"))
        #expect(notice.contains("--format markdown"))
        #expect(lines.filter { $0.hasPrefix("::notice") }.count == 1)
        #expect(!render(errors + warnings.prefix(10)).contains("::notice"))
    }

    @Test
    func dataEscapesPercentLineBreaksAndControls() {
        #expect(WorkflowCommand.escapedData("100% done\r\nnext\rlast\n") == "100%25 done%0D%0Anext%0Dlast%0A")
        #expect(WorkflowCommand.escapedData("a: b, c :: d") == "a: b, c :: d")
        #expect(WorkflowCommand.escapedData("%0A") == "%250A")
        #expect(WorkflowCommand.escapedData("a\u{1B}[2J\tb\u{202E}") == #"a\u{1B}[2J"# + "\tb" + #"\u{202E}"#)
    }

    @Test
    func propertiesAlsoEscapeColonAndComma() {
        #expect(WorkflowCommand.escapedProperty("avtal/a:b,c%.yaml") == "avtal/a%3Ab%2Cc%25.yaml")
        #expect(WorkflowCommand.escapedProperty("x\r\ny") == "x%0D%0Ay")
        #expect(WorkflowCommand.escapedProperty("Människan 🙂") == "Människan 🙂")
    }

    @Test
    func aFindingIsOneCommandWithItsWholeRange() {
        let output = render([
            finding(
                file: "avtal/a:b,c.yaml", message: "100% wrong:\r\nsee `kind`, not `type`", from: (3, 7), to: (3, 18))
        ])
        #expect(
            output
                == "::error file=avtal/a%3Ab%2Cc.yaml,line=3,col=7,endLine=3,endColumn=18,title=format/type"
                + "::100%25 wrong:%0D%0Asee `kind`, not `type`\n")
    }

    @Test
    func escapedCommandsReadBackAsGiven() throws {
        let file = "avtal/hela människan, del 1: 100%.yaml"
        let message = "50% :: klart,\r\nnästa\n"
        let output = render([finding(file: file, message: message, from: (1, 1), to: (1, 2))])
        #expect(output.filter { $0 == "\n" }.count == 1)
        let command = try #require(RunnerCommand(output.dropLast()))
        #expect(command.name == "error")
        #expect(command.properties["file"] == file)
        #expect(command.properties["title"] == "format/type")
        #expect(command.data == message)
    }

    @Test
    func aRangeOverSeveralLinesHasNoColumns() {
        #expect(
            render([finding(from: (2, 5), to: (4, 1))]) == "::error file=a.yaml,line=2,endLine=4,title=format/type::x\n"
        )
    }

    @Test
    func severitiesAreErrorWarningAndNotice() {
        let output = render([
            finding(.error, from: (1, 1), to: (1, 2)), finding(.warning, from: (2, 1), to: (2, 2)),
            finding(.info, from: (3, 1), to: (3, 2)),
        ])
        #expect(output.split(separator: "\n").map { $0.prefix { $0 != " " } } == ["::error", "::warning", "::notice"])
    }

    @Test
    func quietWritesOnlyErrors() {
        let output = render(
            [finding(.error, from: (1, 1), to: (1, 2)), finding(.warning, from: (2, 1), to: (2, 2))], quiet: true)
        #expect(output == "::error file=a.yaml,line=1,col=1,endLine=1,endColumn=2,title=format/type::x\n")
    }

    @Test
    func toolFailuresComeFirstWithWhatIsKnownOfTheirPlace() {
        let failures = [
            ToolFailure(message: LocalizedText("cannot read a, b"), file: "a, b.yaml"),
            ToolFailure(
                message: LocalizedText("unknown key"), file: "r.yml",
                position: SourcePosition(line: 3, column: 5, offset: 0)),
            ToolFailure(message: LocalizedText("no input")),
        ]
        let output = render([finding(from: (1, 1), to: (1, 2))], failures: failures)
        #expect(
            output.split(separator: "\n").prefix(3) == [
                "::error file=a%2C b.yaml,title=iop-lint::cannot read a, b",
                "::error file=r.yml,line=3,col=5,title=iop-lint::unknown key",
                "::error title=iop-lint::no input",
            ])
    }

    @Test
    func nothingToAnnotateWritesNothing() {
        #expect(render([]) == "")
    }

    @Test(arguments: Language.allCases)
    func theFixtureIsOneCommandPerFailureAndFinding(_ language: Language) {
        let report = ReportFixture.report
        let lines = GitHubReporter().render(report, options: ReportOptions(language: language)).split(separator: "\n")
        #expect(lines.count == report.failures.count + report.findings.count)
        #expect(
            lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
    }
}

/// A workflow command read back as the Actions runner reads it (`ActionCommand.TryParseV2`):
/// the name up to a space or `::`, `key=value` pairs split at `,`, then the data; `%25`, `%0D`
/// and `%0A` decoded in both, `%3A` and `%2C` in values.
private struct RunnerCommand {
    var name: String
    var properties: [String: String] = [:]
    var data: String

    init?(_ line: Substring) {
        guard line.hasPrefix("::") else { return nil }
        let rest = line.dropFirst(2)
        guard let end = rest.firstRange(of: "::") else { return nil }
        let head = rest[..<end.lowerBound]
        data = Self.unescaped(rest[end.upperBound...], property: false)
        let parts = head.split(separator: " ", maxSplits: 1)
        name = String(parts.first ?? "")
        for pair in parts.dropFirst().first?.split(separator: ",") ?? [] {
            let keyValue = pair.split(separator: "=", maxSplits: 1)
            guard keyValue.count == 2 else { return nil }
            properties[String(keyValue[0])] = Self.unescaped(keyValue[1], property: true)
        }
    }

    private static func unescaped(_ text: Substring, property: Bool) -> String {
        var result = String(text).replacingOccurrences(of: "%0D", with: "\r")
            .replacingOccurrences(of: "%0A", with: "\n")
        if property {
            result = result.replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",")
        }
        return result.replacingOccurrences(of: "%25", with: "%")
    }
}
