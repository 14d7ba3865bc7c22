/// The section of the `html` page for one file: its name and counts, then per document (with a
/// heading only when the file holds several) the scorecards and the findings beside the source.
/// Findings an `iop-lint-disable…` comment switched off are shown there too, greyed, with the
/// comment's reason, and their ranges are not marked.
///
/// Everything but the name and counts is in a `<details>` that is open only when the file has
/// something to fix (``needsAttention``): a page of hundreds of agreements opens on those.
/// Each unmet checklist point links to the first finding of its rules. The section and each
/// finding carry what the page's filter reads (`data-severity`, `data-pack`, `data-points`,
/// `data-unmet`).
struct FileSection {
    var file: FileResult
    /// The section's id, which the overview links to.
    var id: String
    var options: ReportOptions
    /// The index of each finding in the file's findings (the first, should two be equal).
    private let findingIndices: [Finding: Int]

    init(file: FileResult, id: String, options: ReportOptions) {
        self.file = file
        self.id = id
        self.options = options
        var indices: [Finding: Int] = [:]
        for (index, finding) in file.findings.enumerated() where indices[finding] == nil { indices[finding] = index }
        findingIndices = indices
    }

    /// Whether the file has something to fix: an error or a warning that is listed, or a
    /// checklist point not met. Its section is open; the others are collapsed.
    var needsAttention: Bool {
        file.findings.contains { $0.severity >= .warning && options.shows($0) }
            || file.scorecards.contains { $0.metCount < $0.points.count }
    }

    /// The id of the note of the finding at `index` of the file's findings.
    func anchor(ofFinding index: Int) -> String { "\(id)-finding-\(index + 1)" }

    var lines: [String] {
        let shown = file.findings.filter(options.shows)
        let suppressed = file.suppressed.filter(options.shows)
        let documents = Set((shown + suppressed).map(\.documentIndex) + file.scorecards.map(\.documentIndex)).sorted()
        let several = documents.contains { $0 > 0 }
        let unmet = file.scorecards.flatMap { card in card.points.filter { !$0.met }.map { "\(card.pack)/\($0.point)" }
        }
        var lines = [
            "<section class=\"file\" id=\"\(id)\" aria-labelledby=\"\(id)-name\""
                + " data-unmet=\"\(HTMLText.attribute(Set(unmet).sorted().joined(separator: " ")))\">",
            "<details class=\"file-body\"\(needsAttention ? " open" : "")>",
            "<summary><h2 id=\"\(id)-name\">\(Self.name(of: file.path))</h2> "
                + counts(shown: shown, suppressed: suppressed.count) + "</summary>",
        ]
        lines += body(documents: documents, several: several, shown: shown, suppressed: suppressed)
        return lines + ["</details>", "</section>"]
    }

    private func body(documents: [Int], several: Bool, shown: [Finding], suppressed: [Finding]) -> [String] {
        let language = options.language
        var lines: [String] = []
        for document in documents {
            let level = several ? 4 : 3
            if several {
                lines += [
                    "<section class=\"document\">",
                    "<h3>\(HTMLText.escaped(HTMLWords.document[language])) \(document + 1)</h3>",
                ]
            }
            let cards = file.scorecards.filter { $0.documentIndex == document }
            if !cards.isEmpty {
                lines += ["<div class=\"scorecards\">"] + cards.flatMap { scorecard($0, level: level) } + ["</div>"]
            }
            lines += findings(
                shown.filter { $0.documentIndex == document },
                suppressed: suppressed.filter { $0.documentIndex == document },
                level: level)
            if several { lines.append("</section>") }
        }
        return lines
    }

    /// The path with its folder muted, so that the file's own name stands out.
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return HTMLText.escaped(path) }
        let folder = path[...slash]
        return
            "<span class=\"folder\">\(HTMLText.escaped(folder))</span>\(HTMLText.escaped(path[path.index(after: slash)...]))"
    }

    /// A badge per severity found, or a line saying there is nothing to show; then how many
    /// findings were switched off.
    private func counts(shown: [Finding], suppressed: Int) -> String {
        let language = options.language
        let switchedOff =
            suppressed == 0
            ? ""
            : " <span class=\"badge suppressed\">\(HTMLText.escaped(HTMLWords.suppressedCount(suppressed)[language]))</span>"
        guard !shown.isEmpty else {
            let words = file.findings.isEmpty ? HTMLWords.noProblems : HTMLWords.noErrors
            return
                "<span class=\"clean\"><span aria-hidden=\"true\">✓</span> \(HTMLText.escaped(words[language]))\(switchedOff)</span>"
        }
        let badges = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = file.findings.count { $0.severity == severity }
            return count == 0 ? nil : HTMLReporter.badge(severity, text: HTMLWords.count(count, severity)[language])
        }
        return "<span class=\"counts\">\(badges.joined(separator: " "))\(switchedOff)</span>"
    }

    private func scorecard(_ card: Scorecard, level: Int) -> [String] {
        let language = options.language
        let percent = card.points.isEmpty ? 100 : card.metCount * 100 / card.points.count
        let points = card.points.map { point in
            let (state, mark, word) = point.met ? ("met", "✓", HTMLWords.met) : ("unmet", "✗", HTMLWords.notMet)
            return "<li class=\"\(state)\" data-point=\"\(HTMLText.attribute("\(card.pack)/\(point.point)"))\">"
                + "<span class=\"state\"><span aria-hidden=\"true\">\(mark)</span> "
                + "\(HTMLText.escaped(word[language]))</span> <span class=\"point\">\(HTMLText.escaped(point.point)).</span> "
                + "<span class=\"title\">\(HTMLText.escaped(point.title[language]))\(findingsLink(of: point, in: card))</span></li>"
        }
        return [
            "<section class=\"scorecard\">",
            "<h\(level)>\(HTMLText.escaped(card.title[language]))</h\(level)>",
            "<p class=\"score\">\(HTMLReporter.scoreChip(card)) \(HTMLText.escaped(HTMLWords.score(card.metCount, card.points.count)[language]))</p>",
            "<div class=\"bar\" aria-hidden=\"true\"><span style=\"width: \(percent)%\"></span></div>",
            "<ul class=\"points\">",
        ] + points + ["</ul>", "</section>"]
    }

    /// ` – 2 findings`, linking to the first finding of the point's rules in the card's document;
    /// nothing for a point without findings shown.
    private func findingsLink(of point: Scorecard.Point, in card: Scorecard) -> String {
        let indices = file.findings.indices.filter { index in
            let finding = file.findings[index]
            return finding.documentIndex == card.documentIndex && point.rules.contains(finding.ruleID)
                && options.shows(finding)
        }
        guard let first = indices.first else { return "" }
        let words = HTMLWords.findingCount(indices.count)[options.language]
        return " <a class=\"to-findings\" href=\"#\(anchor(ofFinding: first))\">\(HTMLText.escaped(words))</a>"
    }

    /// The source excerpt with the findings (and the `suppressed` ones) below their lines, and
    /// the findings that have no line to show.
    private func findings(_ findings: [Finding], suppressed: [Finding], level: Int) -> [String] {
        let listed = (findings + suppressed).sorted(by: Finding.inOutputOrder)
        guard !listed.isEmpty else { return [] }
        let language = options.language
        let source = file.source
        let excerpt = SourceExcerpt(findings: file.hasSource ? listed : [], lines: source)
        let unplaced = file.hasSource ? excerpt.unplaced : listed
        var lines: [String] = []
        if !excerpt.rows.isEmpty {
            lines += [
                "<h\(level) class=\"findings\">\(HTMLText.escaped(HTMLWords.findingsInText[language]))</h\(level)>",
                "<table class=\"source\" aria-label=\"\(HTMLText.attribute(HTMLWords.lineNumbers[language]))\">",
                "<tbody>",
            ]
            lines += excerpt.rows.flatMap { row(for: $0, findings: findings, source: source) }
            lines += ["</tbody>", "</table>"]
        }
        if !unplaced.isEmpty {
            lines += [
                "<h\(level) class=\"findings\">\(HTMLText.escaped(HTMLWords.findingsWithoutLine[language]))</h\(level)>",
                "<ul class=\"unplaced\">",
            ]
            lines += unplaced.map { "<li>\(note(for: $0, withLine: true))</li>" }
            lines.append("</ul>")
        }
        return lines
    }

    /// A table row of a source line, marked where `findings` flag it, and a row of the notes
    /// of the findings that start on it; or a row that stands for lines left out.
    private func row(for row: SourceExcerpt.Row, findings: [Finding], source: SourceLines) -> [String] {
        switch row {
        case .gap(let count):
            return [
                "<tr class=\"gap\"><td class=\"ln\"><span aria-hidden=\"true\">⋮</span></td>"
                    + "<td class=\"code\">\(HTMLText.escaped(HTMLWords.gap(count)[options.language]))</td></tr>"
            ]
        case .line(let number, let starting):
            let text = HighlightedLine(source.line(number) ?? "", number: number, findings: findings).pieces.map {
                piece in
                piece.severity.map { "<mark class=\"\($0.rawValue)\">\(HTMLText.escaped(piece.text))</mark>" }
                    ?? HTMLText.escaped(piece.text)
            }.joined()
            let flag =
                starting.filter { $0.suppression == nil }.map(\.severity).max().map { " class=\"flag \($0.rawValue)\"" }
                ?? ""
            var rows = ["<tr\(flag)><td class=\"ln\">\(number)</td><td class=\"code\">\(text)</td></tr>"]
            if !starting.isEmpty {
                rows.append(
                    "<tr class=\"notes\"><td class=\"ln\"></td><td>\(starting.map { note(for: $0) }.joined())</td></tr>"
                )
            }
            return rows
        }
    }

    /// A finding's badge, message and rule id, with its line when asked; for a suppressed
    /// finding, greyed and with the reason of the comment that switched it off.
    private func note(for finding: Finding, withLine: Bool = false) -> String {
        let language = options.language
        let line =
            finding.isMissing
            ? " <span class=\"where missing\">(\(HTMLText.escaped(MissingNote.text(beforeLine: file.source.line(finding.range.start.line) == nil ? nil : finding.range.start.line)[language])))</span>"
            : withLine ? " <span class=\"where\">(\(HTMLWords.line[language]) \(finding.range.start.line))</span>" : ""
        let rule =
            "\(HTMLText.escaped(HTMLWords.rule[language])): <code>\(HTMLText.escaped(finding.ruleID.description))</code>"
        guard let suppression = finding.suppression else {
            let index = findingIndices[finding].map { " id=\"\(anchor(ofFinding: $0))\"" } ?? ""
            let points = file.scorecards.filter { $0.documentIndex == finding.documentIndex }.flatMap { card in
                card.points.filter { $0.rules.contains(finding.ruleID) }.map { "\(card.pack)/\($0.point)" }
            }
            let data =
                " data-rule=\"\(HTMLText.attribute(finding.ruleID.description))\" data-severity=\"\(finding.severity.rawValue)\""
                + " data-pack=\"\(HTMLText.attribute(finding.ruleID.pack))\""
                + " data-points=\"\(HTMLText.attribute(points.joined(separator: " ")))\""
            return
                "<div class=\"note \(finding.severity.rawValue)\"\(index)\(data)>\(HTMLReporter.badge(finding.severity, language))"
                + " <span class=\"message\">\(HTMLText.message(finding.message[language]))</span>\(line)"
                + " <span class=\"rule\">\(rule)</span></div>"
        }
        return
            "<div class=\"note suppressed\"><span class=\"badge suppressed\">\(HTMLText.escaped(HTMLWords.suppressed[language]))</span>"
            + " <span class=\"message\">\(HTMLText.message(finding.message[language]))</span>\(line)"
            + " <span class=\"rule\">\(HTMLText.escaped(HTMLWords.reason[language])): \(HTMLText.message(suppression.reason)) · \(rule)</span></div>"
    }
}
