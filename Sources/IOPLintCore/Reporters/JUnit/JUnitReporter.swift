/// The `junit` format: JUnit XML as GitLab, Jenkins and other CI servers read it.
///
/// Each linted file is a `<testsuite>` named by its path, with one `<testcase>` per rule that
/// applies to it (``FileResult/rulesApplied``: a rule of a pack whose `applies-when` the file
/// does not meet is no test of it; every rule of the run when that is not known), and any
/// other rule with a finding there, in id order: `classname` is the file, `name` the rule id.
/// A rule without findings in the file is a passing test case, so the number of checks made
/// is visible.
///
/// A finding fails its test case exactly when it fails the run: when its severity is at or
/// above the file's ``FileResult/failOn`` (`--fail-on`, `fail-on` in the configuration;
/// errors by default), so that a green job never shows a red test. A test case with such
/// findings gets one `<failure>` whose `type` is the highest of their severities, whose
/// `message` is the first one's message, and whose text lists every one as `line:col message`
/// lines. Other findings fail nothing: they are listed the same way in the test case's
/// `<system-out>`. With ``ReportOptions/quiet`` only errors are listed.
///
/// Tool failures come first, as a `<testsuite name="iop-lint">` with one test case per failure
/// (named by its file, else `iop-lint`) holding an `<error type="tool-failure">`. When the run
/// counts more warnings than ``ReportOptions/maxWarnings`` allows, that suite also has a test
/// case `--max-warnings` with a `<failure type="max-warnings">`, since that too fails the run.
/// The root `<testsuites name="iop-lint">` adds up `tests`, `failures` and `errors`.
///
/// Messages are in ``ReportOptions/language``. There are no `time` or `timestamp` attributes,
/// so the same report always gives the same bytes. Text is escaped by ``XMLText``; elements and
/// attributes are those of the JUnit schema of Jenkins' xUnit plugin (`junit-10.xsd`), which
/// requires `tests`, `failures` and `errors` on every `<testsuite>`.
public struct JUnitReporter: Reporter {
    /// The `type` of the `<error>` of a tool failure.
    static let toolFailureType = "tool-failure"
    /// The `type` of the `<failure>` of a run with more warnings than `--max-warnings` allows.
    static let warningLimitType = "max-warnings"

    public init() {}

    public func render(_ report: LintReport, options: ReportOptions) -> String {
        let ruleIDs = report.rules.map(\.id)
        let run = Self.suite(
            of: report.failures,
            warningLimit: ExitStatus.warningLimitNote(for: report.tally, maxWarnings: options.maxWarnings),
            in: options.language)
        var suites = run.cases.isEmpty ? [] : [run]
        suites += report.files.map { Self.suite(of: $0, ruleIDs: ruleIDs, options: options) }
        let root = XMLText.startTag(
            "testsuites",
            [
                "name": ToolInfo.name, "tests": "\(suites.reduce(0) { $0 + $1.cases.count })",
                "failures": "\(suites.reduce(0) { $0 + $1.failures })",
                "errors": "\(suites.reduce(0) { $0 + $1.errors })",
            ])
        let lines =
            [#"<?xml version="1.0" encoding="UTF-8"?>"#, root + ">"] + suites.flatMap { $0.lines(indent: "  ") }
            + ["</testsuites>"]
        return lines.joined(separator: "\n") + "\n"
    }

    static func suite(of file: FileResult, ruleIDs: [RuleID], options: ReportOptions) -> JUnitSuite {
        let findings = Dictionary(grouping: file.findings.filter(options.shows), by: \.ruleID)
        let applied = file.rulesApplied ?? ruleIDs
        let cases = Set(applied).union(file.findings.map(\.ruleID)).sorted().map { ruleID in
            testCase(
                file: file.path, ruleID: ruleID, findings: findings[ruleID] ?? [], failOn: file.failOn,
                language: options.language)
        }
        return JUnitSuite(name: file.path, cases: cases)
    }

    /// The test case of rule `ruleID` in `file`, whose findings there are `findings`; those
    /// that `failOn` fails are its failure.
    static func testCase(
        file: String, ruleID: RuleID, findings: [Finding], failOn: FailThreshold, language: Language
    ) -> JUnitCase {
        let failing = findings.filter { failOn.fails($0.severity) }
        let informing = findings.filter { !failOn.fails($0.severity) }
        let problem = failing.first.map { first in
            JUnitCase.Problem(
                kind: .failure, type: (failing.map(\.severity).max() ?? first.severity).rawValue,
                message: first.message[language], text: listed(failing, in: language))
        }
        return JUnitCase(
            classname: file, name: ruleID.description, problem: problem,
            output: informing.isEmpty ? nil : listed(informing, in: language))
    }

    /// The suite of the run itself: its tool failures, then the `--max-warnings` test case
    /// when `warningLimit` says the limit was passed.
    static func suite(
        of failures: [ToolFailure], warningLimit: LocalizedText? = nil, in language: Language
    ) -> JUnitSuite {
        var cases = failures.map { failure in
            JUnitCase(
                classname: ToolInfo.name, name: failure.file ?? ToolInfo.name,
                problem: JUnitCase.Problem(
                    kind: .error, type: toolFailureType, message: failure.message[language],
                    text: failure.shown(in: language)))
        }
        if let warningLimit {
            cases.append(
                JUnitCase(
                    classname: ToolInfo.name, name: "--max-warnings",
                    problem: JUnitCase.Problem(
                        kind: .failure, type: warningLimitType, message: warningLimit[language],
                        text: warningLimit[language])))
        }
        return JUnitSuite(name: ToolInfo.name, cases: cases)
    }

    /// `line:col message`, one line per finding.
    private static func listed(_ findings: [Finding], in language: Language) -> String {
        findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.message[language])" }
            .joined(separator: "\n")
    }
}
