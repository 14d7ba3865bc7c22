/// The `markdown` format: a short summary for `$GITHUB_STEP_SUMMARY` or a pull-request
/// comment, in GitHub Flavored Markdown.
///
/// It holds, in order: a `## iop-lint` heading; the summary line of the text format in bold,
/// after ❌ (errors), ⚠️ (warnings, no errors) or ✅; the tool failures as a list; a table of
/// the checklists' scorecards (file, checklist, points met of all after ✅ for all, ⚠️ for some
/// or ❌ for none, the points not met); and a table of the findings (`file:line:col`, severity
/// as an emoji and a word, rule id, message). Sections with nothing to show are left out; with
/// no finding a line says so.
///
/// What needs fixing comes first: scorecards with points not met before those with every point
/// met, and among each, those of agreements that fail the run first; findings that fail the run
/// (at or above their file's ``FileResult/failOn``) before the rest. Within each group the
/// order is the output order, so grouped by file.
///
/// Each table shows at most ``maxRows`` rows, then one line saying how many more there are:
/// a pull-request comment holds at most 65,536 characters, and 100 rows of long Swedish
/// messages stay well under that. Because of the order above, a row left out never hides a
/// failing agreement or an unmet point behind a passing one. Paths and rule ids are code; in messages, code between
/// backticks stays code and everything else is literal text (``Markdown/inline(_:)``): no
/// HTML, emphasis or link of a message is rendered, and the format links to nothing.
///
/// Words are in ``ReportOptions/language``; with ``ReportOptions/quiet`` only errors are
/// listed, while the summary counts every finding. Nothing depends on the clock.
public struct MarkdownReporter: Reporter {
    /// The most rows a table shows.
    public static let maxRows = 100

    public init() {}

    public func render(_ report: LintReport, options: ReportOptions) -> String {
        let language = options.language
        var blocks = [
            "## \(ToolInfo.name)",
            "\(Self.icon(of: report)) **\(TextReporter.summary(of: report.tally, in: language))**",
        ]
        if !report.failures.isEmpty {
            blocks.append(
                report.failures.map { "- ⛔ " + Markdown.inline($0.shown(in: language)) }.joined(separator: "\n"))
        }
        let scorecards = Self.scorecardsInOrder(report)
        if !scorecards.isEmpty {
            blocks.append("### " + Words.checklists[language])
            blocks.append(
                Self.table(Self.scorecardColumns, scorecards.map { Self.row($0.0, $0.1, language) }, language))
        }
        let findings = Self.findingsInOrder(report, options)
        blocks.append("### " + Words.findings[language])
        if findings.isEmpty {
            blocks.append(report.findings.isEmpty ? Words.noProblems[language] : Words.noErrors[language])
        } else {
            blocks.append(Self.table(Self.findingColumns, findings.map { Self.row($0, language) }, language))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Every scorecard with its file's path: those with points not met first, and within each
    /// group those of files that fail the run first; otherwise in output order.
    static func scorecardsInOrder(_ report: LintReport) -> [(String, Scorecard)] {
        let ranked = report.files.flatMap { file in
            let fails = file.findings.contains { file.failOn.fails($0.severity) }
            return file.scorecards.map { card in
                (rank: (card.metCount == card.points.count ? 2 : 0) + (fails ? 0 : 1), row: (file.path, card))
            }
        }
        return stableSorted(ranked).map(\.row)
    }

    /// The findings shown under `options`: those that fail the run first, then the rest, each
    /// group in output order.
    static func findingsInOrder(_ report: LintReport, _ options: ReportOptions) -> [Finding] {
        let ranked = report.files.flatMap { file in
            file.findings.filter(options.shows).map { (rank: file.failOn.fails($0.severity) ? 0 : 1, row: $0) }
        }
        return stableSorted(ranked).map(\.row)
    }

    /// `items` by rank, keeping the order of items of equal rank.
    private static func stableSorted<Row>(_ items: [(rank: Int, row: Row)]) -> [(rank: Int, row: Row)] {
        items.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
    }

    /// ❌ with any error, ⚠️ with warnings only, else ✅.
    private static func icon(of report: LintReport) -> String {
        if report.count(.error) > 0 || !report.failures.isEmpty { return "❌" }
        return report.count(.warning) > 0 ? "⚠️" : "✅"
    }

    /// A table's header cells and alignment row, then at most ``maxRows`` rows, then a line
    /// telling how many rows were left out.
    private static func table(_ columns: [LocalizedText], _ rows: [[String]], _ language: Language) -> String {
        let header = columns.map { $0[language] }
        var lines = [line(header), line(header.map { _ in ":---" })]
        lines += rows.prefix(maxRows).map(line)
        if rows.count > maxRows {
            lines += ["", "_" + Words.more(rows.count - maxRows)[language] + "_"]
        }
        return lines.joined(separator: "\n")
    }

    private static func line(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    private static let scorecardColumns = [Words.file, Words.checklist, Words.met, Words.notMet]
    private static let findingColumns = [Words.location, Words.severity, Words.rule, Words.message]

    private static func row(_ file: String, _ card: Scorecard, _ language: Language) -> [String] {
        let document = card.documentIndex > 0 ? " (\(Words.document[language]) \(card.documentIndex + 1))" : ""
        let icon = card.metCount == card.points.count ? "✅" : card.metCount == 0 ? "❌" : "⚠️"
        let notMet = card.points.filter { !$0.met }.map { "\($0.point). \($0.title[language])" }
        return [
            Markdown.codeSpan(file) + document, Markdown.inline(card.title[language]),
            icon + " " + Words.of(card.metCount, card.points.count)[language],
            notMet.isEmpty ? "–" : Markdown.inline(notMet.joined(separator: "; ")),
        ]
    }

    private static func row(_ finding: Finding, _ language: Language) -> [String] {
        let start = finding.range.start
        return [
            Markdown.codeSpan("\(finding.file):\(start.line):\(start.column)"),
            icon(of: finding.severity) + " " + finding.severity.name(in: language),
            Markdown.codeSpan(finding.ruleID.description), Markdown.inline(finding.message[language]),
        ]
    }

    private static func icon(of severity: Severity) -> String {
        switch severity {
        case .error: "❌"
        case .warning: "⚠️"
        case .info: "ℹ️"
        }
    }

    /// The words of the format, in both languages.
    private enum Words {
        static let checklists = LocalizedText(en: "Checklists", sv: "Checklistor")
        static let findings = LocalizedText(en: "Findings", sv: "Anmärkningar")
        static let noProblems = LocalizedText(en: "No problems found.", sv: "Inga problem hittades.")
        static let noErrors = LocalizedText(en: "No errors found.", sv: "Inga fel hittades.")
        static let file = LocalizedText(en: "File", sv: "Fil")
        static let checklist = LocalizedText(en: "Checklist", sv: "Checklista")
        static let met = LocalizedText(en: "Met", sv: "Uppfyllda")
        static let notMet = LocalizedText(en: "Not met", sv: "Inte uppfyllda")
        static let location = LocalizedText(en: "Location", sv: "Plats")
        static let severity = LocalizedText(en: "Severity", sv: "Allvarlighet")
        static let rule = LocalizedText(en: "Rule", sv: "Regel")
        static let message = LocalizedText(en: "Message", sv: "Meddelande")
        static let document = LocalizedText(en: "document", sv: "dokument")

        static func of(_ met: Int, _ total: Int) -> LocalizedText {
            LocalizedText(en: "\(met) of \(total)", sv: "\(met) av \(total)")
        }

        static func more(_ count: Int) -> LocalizedText {
            LocalizedText(
                en: "… and \(count) more not shown here; the `text` and `json` formats list every one.",
                sv: "… och \(count) till som inte visas här; formaten `text` och `json` visar alla.")
        }
    }
}
