import IOPYAML
import Testing

@testable import IOPLintCore

struct HTMLReporterTests {
    private static func range(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(
            start: SourcePosition(line: line, column: column, offset: 0),
            end: SourcePosition(line: endLine, column: endColumn, offset: 0))
    }

    private static func finding(
        _ message: String, _ range: SourceRange, severity: Severity = .error, file: String = "a.yaml"
    )
        -> Finding
    {
        Finding(
            ruleID: RuleID("format/type")!, severity: severity, message: LocalizedText(message), file: file,
            documentIndex: 0, path: .root, range: range)
    }

    /// A report whose every text tries to break out of the page.
    private static let hostile: LintReport = {
        let file = "x/<img src=x onerror=alert(1)>.yaml"
        let text = "title: <script>alert('x')</script>\nkind: \"a\" & 'b'\n"
        let card = Scorecard(
            documentIndex: 0, pack: "p", title: LocalizedText("<script>card</script>"),
            points: [Scorecard.Point(point: "<1>", title: LocalizedText("\"point\" & 'more'"), rules: [], met: false)])
        let findings = [
            finding("<script>alert(\"&\")</script> in `<b>`", range(1, 8, 1, 35), file: file),
            finding("quote ' and \"", range(2, 7, 2, 10), severity: .info, file: file),
        ]
        return LintReport(
            files: [FileResult(path: file, text: text, findings: findings, scorecards: [card])],
            failures: [ToolFailure(message: LocalizedText("cannot read <b>.yaml"))], rules: [])
    }()

    /// A rendered page, named so that test output does not print it whole.
    struct Page: Sendable, CustomTestStringConvertible {
        var name: String
        var html: String
        var testDescription: String { name }
    }

    private static let pages: [Page] = [("fixture", ReportFixture.reportWithChecklist), ("hostile", hostile)].flatMap {
        name, report in
        Language.allCases.map {
            Page(name: "\(name).\($0)", html: HTMLReporter().render(report, options: ReportOptions(language: $0)))
        }
    }

    @Test(arguments: [(Language.en, "html.en.html"), (.sv, "html.sv.html")])
    func outputMatchesGoldenFile(language: Language, file: String) throws {
        let output = HTMLReporter().render(
            ReportFixture.reportWithChecklist, options: ReportOptions(language: language))
        try GoldenFile.assertMatches(output, file)
    }

    @Test(arguments: pages)
    func everyTagIsClosedInOrder(_ page: Page) {
        #expect(TagBalance.problems(in: page.html) == [])
    }

    @Test(arguments: pages)
    func nothingIsFetchedAndOnlyTheFilterRuns(_ page: Page) {
        for forbidden in ["http://", "https://", "url(", "@import", "javascript:"] {
            #expect(!page.html.contains(forbidden), "found \(forbidden)")
        }
        #expect(page.html.components(separatedBy: "<script").count == 2)
        #expect(page.html.contains("<script>\n\(HTMLFilter.script)\n</script>"))
        for tag in TagBalance.tags(in: page.html) {
            #expect(!["link", "img", "iframe", "object", "embed"].contains(TagBalance.name(of: tag)), "<\(tag)>")
            #expect(!tag.contains("src="), "<\(tag)>")
            #expect(!tag.contains("href=") || tag.contains("href=\"#"), "<\(tag)>")
        }
    }

    @Test func textThatLooksLikeMarkupIsEscaped() {
        let page = HTMLReporter().render(Self.hostile, options: ReportOptions())
        #expect(page.contains("&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt; in <code>&lt;b&gt;</code>"))
        #expect(page.contains("<mark class=\"error\">&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;</mark>"))
        #expect(page.contains("x/&lt;img src=x onerror=alert(1)&gt;.yaml"))
        #expect(page.contains("&quot;point&quot; &amp; &apos;more&apos;"))
        #expect(page.contains("cannot read &lt;b&gt;.yaml"))
    }

    @Test func thePageIsInTheLanguageAskedFor() {
        let swedish = HTMLReporter().render(ReportFixture.reportWithChecklist, options: ReportOptions(language: .sv))
        #expect(swedish.contains("<html lang=\"sv\">"))
        #expect(swedish.contains("<h1>Granskning av partnerskapsavtal</h1>"))
        #expect(swedish.contains("✗</span> Inte uppfylld</span>"))
        let english = HTMLReporter().render(ReportFixture.reportWithChecklist, options: ReportOptions(language: .en))
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("✓</span> Met</span>"))
    }

    @Test func aFileWithoutFindingsSaysSo() {
        let report = LintReport(files: [FileResult(path: "ok.yaml", text: "title: T\n", findings: [])], rules: [])
        let page = HTMLReporter().render(report, options: ReportOptions(language: .sv))
        #expect(
            page.contains("<span class=\"clean\"><span aria-hidden=\"true\">✓</span> Inga problem hittades.</span>"))
        #expect(!page.contains("<table class=\"source\""))
    }

    @Test func onlyAgreementsWithSomethingToFixAreOpen() {
        let text = "a: 1\nb: 2\n"
        let card = { (met: Bool) in
            Scorecard(
                documentIndex: 0, pack: "p", title: LocalizedText("List"),
                points: [Scorecard.Point(point: "1", title: LocalizedText("One"), rules: [], met: met)])
        }
        let files = [
            FileResult(path: "clean.yaml", text: text, findings: [], scorecards: [card(true)]),
            FileResult(
                path: "info.yaml", text: text,
                findings: [Self.finding("note", Self.range(1, 1, 1, 2), severity: .info, file: "info.yaml")]),
            FileResult(path: "unmet.yaml", text: text, findings: [], scorecards: [card(false)]),
            FileResult(
                path: "warned.yaml", text: text,
                findings: [Self.finding("meh", Self.range(1, 1, 1, 2), severity: .warning, file: "warned.yaml")]),
        ]
        let page = HTMLReporter().render(LintReport(files: files, rules: []), options: ReportOptions())
        let states = page.split(separator: "\n").filter { $0.hasPrefix("<details class=\"file-body\"") }
        #expect(
            states == [
                "<details class=\"file-body\">", "<details class=\"file-body\">", "<details class=\"file-body\" open>",
                "<details class=\"file-body\" open>",
            ])
    }

    @Test func unmetPointsLinkToTheFirstFindingOfTheirRules() throws {
        let page = HTMLReporter().render(ReportFixture.reportWithChecklist, options: ReportOptions())
        let file = try #require(ReportFixture.reportWithChecklist.files.first { $0.path == ReportFixture.twoDocuments })
        let index = try #require(file.findings.firstIndex { $0.ruleID.description == "format/unknown-key" })
        let files = ReportFixture.reportWithChecklist.files.map(\.path)
        let section = HTMLReporter.anchor(try #require(files.firstIndex(of: file.path)))
        let anchor = "\(section)-finding-\(index + 1)"
        #expect(page.contains("<a class=\"to-findings\" href=\"#\(anchor)\">1 finding</a>"))
        #expect(page.contains("<div class=\"note warning\" id=\"\(anchor)\" data-rule=\"format/unknown-key\""))
        #expect(page.contains("data-severity=\"warning\" data-pack=\"format\" data-points=\"fixture/1\">"))
        #expect(page.contains("data-unmet=\"fixture/1 fixture/2\""))
    }

    @Test func theFilterOffersWhatTheReportHoldsAndWaitsForTheScript() {
        let page = HTMLReporter().render(ReportFixture.reportWithChecklist, options: ReportOptions(language: .sv))
        #expect(page.contains("<form class=\"filter\" id=\"filter\" hidden>"))
        #expect(
            page.contains(
                "<select name=\"severity\"><option value=\"\">Alla</option><option value=\"error\">Fel</option>"
                    + "<option value=\"warning\">Varning</option><option value=\"info\">Info</option></select>"))
        #expect(page.contains("<option value=\"fixture\">fixture</option><option value=\"format\">format</option>"))
        #expect(page.contains("<option value=\"fixture/1\">Fixturens checklista &lt;&amp;&gt;: 1. Kända nycklar"))
        #expect(!HTMLFilter.script.contains("<") && !HTMLFilter.script.contains(">"))
        let empty = HTMLReporter().render(LintReport(files: [], rules: []), options: ReportOptions())
        #expect(!empty.contains("<form") && !empty.contains("<script"))
    }

    @Test func quietShowsErrorsOnlyButCountsEverything() {
        let text = "a: 1\nb: 2\n"
        let findings = [
            Self.finding("bad", Self.range(1, 4, 1, 5)),
            Self.finding("meh", Self.range(2, 4, 2, 5), severity: .warning),
        ]
        let report = LintReport(files: [FileResult(path: "a.yaml", text: text, findings: findings)], rules: [])
        let page = HTMLReporter().render(report, options: ReportOptions(quiet: true))
        #expect(page.contains("bad"))
        #expect(!page.contains("meh"))
        #expect(page.contains("<span class=\"n\">1</span> warning</li>"))
    }

    @Test func findingsOfAFileWithoutTextAreListedWithTheirLine() {
        let report = LintReport(
            files: [FileResult(path: "a.yaml", text: "", findings: [Self.finding("broken", Self.range(3, 1, 3, 1))])],
            rules: [])
        let page = HTMLReporter().render(report, options: ReportOptions())
        #expect(page.contains("<ul class=\"unplaced\">"))
        #expect(page.contains("<span class=\"where\">(line 3)</span>"))
    }

    @Test func aRangeIsMarkedOnItsFirstLineWithTheHighestSeverityWhereRangesMeet() {
        let findings = [
            Self.finding("w", Self.range(1, 3, 1, 9), severity: .warning), Self.finding("e", Self.range(1, 6, 3, 1)),
            Self.finding("i", Self.range(1, 1, 1, 1), severity: .info),
        ]
        let line = HighlightedLine("ab cdé fgh", number: 1, findings: findings)
        #expect(
            line.pieces == [
                .init(text: "ab", severity: nil), .init(text: " cd", severity: .warning),
                .init(text: "é fgh", severity: .error),
            ])
        #expect(
            HighlightedLine("  next", number: 2, findings: findings).pieces == [.init(text: "  next", severity: nil)])
    }

    @Test func excerptsShowContextMergeCloseWindowsAndCountTheGaps() {
        let lines = SourceLines((1...30).map { "line \($0)" }.joined(separator: "\n"))
        let findings = [
            Self.finding("a", Self.range(3, 1, 3, 2)), Self.finding("b", Self.range(8, 1, 8, 2)),
            Self.finding("c", Self.range(20, 1, 29, 1)),
        ]
        let excerpt = SourceExcerpt(findings: findings, lines: lines)
        let shown = excerpt.rows.map { row -> String in
            switch row {
            case .line(let number, let starting): starting.isEmpty ? "\(number)" : "\(number)!"
            case .gap(let count): "gap \(count)"
            }
        }
        #expect(
            shown == [
                "1", "2", "3!", "4", "5", "6", "7", "8!", "9", "10", "gap 7", "18", "19", "20!", "21", "22", "23", "24",
                "25", "26",
            ])
    }
}

/// Checks that every element of an HTML page is closed, in order: enough to catch a tag the
/// reporter forgets, without an HTML parser.
enum TagBalance {
    static let void: Set<String> = ["meta", "br", "hr", "img", "input", "link", "wbr", "col", "area", "base", "source"]

    static func problems(in page: String) -> [String] {
        var open: [String] = []
        var problems: [String] = []
        for tag in tags(in: page) where !tag.hasPrefix("!") {
            let closing = tag.hasPrefix("/")
            let name = name(of: tag)
            guard !name.isEmpty else {
                problems.append("stray <\(tag)>")
                continue
            }
            if closing {
                if open.last == name {
                    open.removeLast()
                } else {
                    problems.append("</\(name)> closes <\(open.last ?? "nothing")>")
                }
            } else if !void.contains(name) {
                open.append(name)
            }
        }
        return problems + open.map { "<\($0)> is never closed" }
    }

    /// What stands between each `<` and the next `>`; text holds neither, as it is escaped.
    static func tags(in page: String) -> [Substring] {
        var tags: [Substring] = []
        var rest = page[...]
        while let start = rest.firstIndex(of: "<"), let end = rest[start...].firstIndex(of: ">") {
            tags.append(rest[rest.index(after: start)..<end])
            rest = rest[rest.index(after: end)...]
        }
        return tags
    }

    /// The element name of a tag, lower-cased; empty for none.
    static func name(of tag: Substring) -> String {
        String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
    }
}

extension HTMLReporterTests {
    @Test func suppressedFindingsAreGreyedWithTheirReasonAndNotMarked() {
        let text = """
            iop-lint: 1
            # iop-lint-disable-next-line format/unknown-key -- the council's <own> field name
            titel: Läxhjälp
            """
        let file = Linter(rules: FormatRules.all).lint(bytes: Array(text.utf8), path: "a.yaml")
        let page = HTMLReporter().render(LintReport(files: [file], rules: []), options: ReportOptions(language: .sv))
        #expect(page.contains("<span class=\"badge suppressed\">1 undantagen</span>"))
        #expect(page.contains("<div class=\"note suppressed\"><span class=\"badge suppressed\">Undantagen</span>"))
        #expect(page.contains("Skäl: the council&apos;s &lt;own&gt; field name"))
        #expect(page.contains("<tr><td class=\"ln\">3</td><td class=\"code\">titel: Läxhjälp</td></tr>"))
    }

    @Test func theMostSevereFindingOfALineComesFirst() {
        let findings = [
            Self.finding("i", Self.range(1, 1, 1, 2), severity: .info), Self.finding("e1", Self.range(1, 3, 1, 4)),
            Self.finding("w", Self.range(1, 5, 1, 6), severity: .warning), Self.finding("e2", Self.range(1, 7, 1, 8)),
        ]
        let excerpt = SourceExcerpt(findings: findings, lines: SourceLines("abcdefgh"))
        guard case .line(_, let starting) = excerpt.rows.first else {
            Issue.record("no line")
            return
        }
        #expect(starting.map(\.message.en) == ["e1", "e2", "w", "i"])
    }
}
