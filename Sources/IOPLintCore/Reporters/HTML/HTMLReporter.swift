/// The `html` format: one self-contained page for people who read agreements, not code.
///
/// The page has a header with the overall counts and what each severity means; the tool
/// failures; an overview table of the files (counts per severity, the checklists' scores),
/// each linking to its section; and per file a section with, per document when the file holds
/// several, the scorecard of each applicable pack's checklist (every point with ✓ or ✗, a
/// colour and the words "met" or "not met") and the findings beside the source: the lines
/// around each finding with their numbers, the flagged ranges marked in the severity's colour,
/// and each finding's severity, message and rule right below the line where it starts
/// (``SourceExcerpt``). A file without findings says so.
///
/// At hundreds of agreements the page stays readable: a file with nothing to fix is collapsed
/// (``FileSection``), and a filter (``HTMLFilter``) shows only the findings of one severity,
/// pack or checklist point and the agreements that have them.
///
/// The page is HTML5 with its CSS inline (``HTMLStyle``, with print rules) and one small
/// inline script, the filter's: without it the filter stays hidden and everything else works
/// (`<details>` opens without a script). No font, image or other resource from anywhere, and
/// no link but to its own sections. Every text is escaped (``HTMLText``). Words are in ``ReportOptions/language`` (`<html lang>`
/// too); with ``ReportOptions/quiet`` only errors are listed, while counts and scorecards take
/// in every finding. Nothing depends on the clock: the same report gives the same bytes.
public struct HTMLReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport, options: ReportOptions) -> String {
        let language = options.language
        let summary = TextReporter.summary(of: report.tally, in: language)
        var lines = [
            "<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"\(ToolInfo.name) \(ToolInfo.version)\">",
            "<title>\(HTMLText.escaped("\(ToolInfo.name): \(summary)"))</title>", "<style>", HTMLStyle.css, "</style>",
            "</head>", "<body>",
        ]
        lines += header(report, summary: summary, language: language)
        lines.append("<main>")
        lines += failures(report.failures, language: language)
        if !report.files.isEmpty {
            lines += HTMLFilter(report: report, options: options).form
            lines += overview(report.files, language: language)
        }
        for (index, file) in report.files.enumerated() {
            lines += FileSection(file: file, id: Self.anchor(index), options: options).lines
        }
        lines += ["</main>", "<footer class=\"page\"><p>\(HTMLText.escaped(HTMLWords.footer[language]))</p></footer>"]
        if !report.files.isEmpty { lines += ["<script>", HTMLFilter.script, "</script>"] }
        lines += ["</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The id of the section of the file at `index`.
    static func anchor(_ index: Int) -> String { "file-\(index + 1)" }

    private func header(_ report: LintReport, summary: String, language: Language) -> [String] {
        let totals = Severity.allCases.reversed().map { severity in
            let count = report.count(severity)
            return "<li class=\"total \(severity.rawValue)\(count == 0 ? " none" : "")\">"
                + "<span class=\"n\">\(count)</span> \(HTMLText.escaped(HTMLWords.noun(severity, count: count)[language]))</li>"
        }
        let fileWord = report.files.count == 1 ? HTMLWords.oneFile : HTMLWords.files
        let legend = [
            (Severity.error, HTMLWords.legendError), (.warning, HTMLWords.legendWarning), (.info, HTMLWords.legendInfo),
        ]
        .map { Self.badge($0.0, language) + " " + HTMLText.escaped($0.1[language]) }
        return [
            "<header class=\"page\">", "<h1>\(HTMLText.escaped(HTMLWords.heading[language]))</h1>",
            "<p class=\"summary\">\(HTMLText.escaped(summary))</p>", "<ul class=\"totals\">",
        ] + totals + [
            "<li class=\"total files\"><span class=\"n\">\(report.files.count)</span> \(HTMLText.escaped(fileWord[language]))</li>",
            "</ul>", "<p class=\"legend\">\(legend.joined(separator: " "))</p>", "</header>",
        ]
    }

    private func failures(_ failures: [ToolFailure], language: Language) -> [String] {
        guard !failures.isEmpty else { return [] }
        return ["<section class=\"failures\">", "<h2>\(HTMLText.escaped(HTMLWords.failures[language]))</h2>", "<ul>"]
            + failures.map { "<li>\(HTMLText.message($0.shown(in: language)))</li>" } + ["</ul>", "</section>"]
    }

    private func overview(_ files: [FileResult], language: Language) -> [String] {
        let columns = [HTMLWords.file] + Severity.allCases.reversed().map(HTMLWords.column) + [HTMLWords.checklists]
        var lines = [
            "<nav class=\"overview\" aria-labelledby=\"overview\">",
            "<h2 id=\"overview\">\(HTMLText.escaped(HTMLWords.overview[language]))</h2>", "<table>",
            "<thead><tr>" + columns.map { "<th scope=\"col\">\(HTMLText.escaped($0[language]))</th>" }.joined()
                + "</tr></thead>", "<tbody>",
        ]
        for (index, file) in files.enumerated() {
            let counts = Severity.allCases.reversed().map { severity in
                let count = file.findings.count { $0.severity == severity }
                return "<td class=\"num \(severity.rawValue)\(count == 0 ? " none" : "")\">\(count)</td>"
            }
            let cards = file.scorecards.map { card in
                "<li>\(Self.scoreChip(card)) \(HTMLText.escaped(card.title[language]))"
                    + (card.documentIndex > 0
                        ? " (\(HTMLText.escaped(HTMLWords.document[language].lowercased())) \(card.documentIndex + 1))"
                        : "")
                    + "</li>"
            }
            lines.append(
                "<tr data-file=\"\(Self.anchor(index))\"><th scope=\"row\"><a href=\"#\(Self.anchor(index))\">\(HTMLText.escaped(file.path))</a></th>"
                    + counts.joined() + "<td>" + (cards.isEmpty ? "–" : "<ul class=\"cards\">\(cards.joined())</ul>")
                    + "</td></tr>")
        }
        return lines + ["</tbody>", "</table>", "</nav>"]
    }

    /// `5/7`, green when every point is met.
    static func scoreChip(_ card: Scorecard) -> String {
        let state = card.metCount == card.points.count ? "all" : card.metCount == 0 ? "none" : "some"
        return "<span class=\"chip \(state)\">\(card.metCount)/\(card.points.count)</span>"
    }

    /// `✖ Fel`: a severity's symbol and word in its colour.
    static func badge(_ severity: Severity, _ language: Language) -> String {
        badge(severity, text: HTMLWords.label(severity)[language])
    }

    /// A severity's symbol and `text` in the severity's colour.
    static func badge(_ severity: Severity, text: String) -> String {
        let symbol =
            switch severity {
            case .error: "✖"
            case .warning: "▲"
            case .info: "ℹ"
            }
        return "<span class=\"badge \(severity.rawValue)\"><span aria-hidden=\"true\">\(symbol)</span> "
            + "\(HTMLText.escaped(text))</span>"
    }
}
