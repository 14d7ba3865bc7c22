import Foundation
import Testing

@testable import IOPLintCore

/// How reporters carry findings an `iop-lint-disable…` comment switched off.
@Suite struct SuppressedOutputTests {
    private let report: LintReport = {
        let text = """
            iop-lint: 1
            # iop-lint-disable-next-line format/unknown-key -- the council's own field name
            titel: Läxhjälp
            kind: partnerskap
            """
        let file = Linter(rules: FormatRules.all).lint(bytes: Array(text.utf8), path: "a.yaml")
        return LintReport(files: [file], rules: FormatRules.all.map(\.description))
    }()

    @Test func theSummaryCountsSuppressedFindings() {
        let en = TextReporter().render(report, options: ReportOptions(language: .en))
        let sv = TextReporter().render(report, options: ReportOptions(language: .sv))
        #expect(en.hasSuffix("1 error in 1 file (1 suppressed)\n"))
        #expect(sv.hasSuffix("1 fel i 1 fil (1 undantagen med kommentar)\n"))
        #expect(!en.contains("titel: Läxhjälp\n^"), "the suppressed finding is not listed")
    }

    @Test func sarifCarriesSuppressionsWithTheReason() throws {
        let sarif = SARIFReporter().render(report, options: ReportOptions())
        let json = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let results = ((json["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(results.count == 2)
        #expect(suppressed.count == 1)
        let suppression = (suppressed.first?["suppressions"] as? [[String: Any]])?.first
        #expect(suppression?["kind"] as? String == "inSource")
        #expect(suppression?["justification"] as? String == "the council's own field name")
        #expect(suppressed.first?["ruleId"] as? String == "format/unknown-key")
    }

    @Test func jsonListsSuppressedFindingsApart() throws {
        let output = JSONReporter().render(report, options: ReportOptions())
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect((json["counts"] as? [String: Any])?["suppressed"] as? Int == 1)
        let suppressed = try #require(json["suppressed"] as? [[String: Any]])
        #expect(suppressed.map { $0["reason"] as? String } == ["the council's own field name"])
        #expect((json["findings"] as? [[String: Any]])?.count == 1)
    }
}
