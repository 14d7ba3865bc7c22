import Foundation
import IOPYAML

/// The `json` format: iop-lint's own JSON, described field by field in docs/json-format.md.
///
/// Version 1. Keys are sorted; messages are in ``ReportOptions/language``; with
/// ``ReportOptions/quiet`` only errors are listed, while `counts` counts every finding.
///
/// The report types write themselves (``JSONWritable``, `JSONReporter+Writing.swift`), byte
/// for byte as `JSONOutput` would encode them; they stay `Encodable` so that the tests can hold
/// the two side by side. A run streams the report (`JSONReporter+Stream.swift`): no file's
/// result is kept once its entries are written aside.
public struct JSONReporter: Reporter {
    /// The `version` field: raised when a field changes meaning or goes away.
    public static let formatVersion = 1

    public init() {}

    /// What the report holds under `options`, as the format writes it.
    static func output(of report: LintReport, options: ReportOptions) -> Output {
        Output(
            version: formatVersion, tool: Tool(name: ToolInfo.name, version: ToolInfo.version),
            language: options.language.rawValue, files: report.files.map(\.path),
            findings: report.shownFindings(options).map { finding, fingerprint in
                Entry(finding, fingerprint: fingerprint, language: options.language)
            },
            counts: Counts(report.tally),
            failures: report.failures.map { Failure(message: $0.message[options.language], file: $0.file) },
            scorecards: ScorecardOutput.all(in: report, language: options.language),
            suppressed: report.shownSuppressed(options).map { finding, fingerprint in
                Entry(finding, fingerprint: fingerprint, language: options.language)
            })
    }

    struct Output: Encodable {
        var version: Int
        var tool: Tool
        var language: String
        var files: [String]
        var findings: [Entry]
        var counts: Counts
        var failures: [Failure]
        var scorecards: [ScorecardOutput]
        var suppressed: [Entry]
    }

    struct Tool: Encodable {
        var name: String
        var version: String
    }

    struct Entry: Encodable {
        var rule: String
        var severity: Severity
        var message: String
        var file: String
        var document: Int
        var path: String
        var range: Range
        var fingerprint: String
        /// Why an `iop-lint-disable…` comment switched it off (suppressed findings only).
        var reason: String?

        init(_ finding: Finding, fingerprint: String, language: Language) {
            rule = finding.ruleID.description
            severity = finding.severity
            message = finding.message[language]
            file = finding.file
            document = finding.documentIndex
            path = finding.path.description
            range = Range(start: Position(finding.range.start), end: Position(finding.range.end))
            self.fingerprint = fingerprint
            reason = finding.suppression?.reason
        }
    }

    struct Range: Encodable {
        var start: Position
        var end: Position
    }

    struct Position: Encodable {
        var line: Int
        var column: Int
        var offset: Int

        init(_ position: SourcePosition) {
            (line, column, offset) = (position.line, position.column, position.offset)
        }
    }

    struct Counts: Encodable {
        var error: Int
        var warning: Int
        var info: Int
        var suppressed: Int

        /// The counts of a run's findings (every finding, shown or not).
        init(_ tally: ReportTally) {
            error = tally.count(.error)
            warning = tally.count(.warning)
            info = tally.count(.info)
            suppressed = tally.suppressed
        }
    }

    struct Failure: Encodable {
        var message: String
        /// Written as `null` when there is none.
        var file: String?

        enum CodingKeys: String, CodingKey {
            case message, file
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(message, forKey: .message)
            try container.encode(file, forKey: .file)
        }
    }
}
