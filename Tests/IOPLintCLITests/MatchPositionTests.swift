import Foundation
import TestSupport
import Testing

/// A rule file's `not-pattern` that matches inside a text over several lines is shown at the
/// matched words in every format: the text underline, the SARIF region, the HTML highlight.
@Suite struct MatchPositionTests {
    private static let rules = #"""
        iop-lint-rules: 1
        pack: lokal
        title: Local requirements
        rules:
          - id: timpris
            severity: warning
            summary: No price per hour
            message: "Price per hour: {{match}}."
            given: economy.payment
            check: { not-pattern: "[0-9]+ ?kr ?/ ?tim(me)?\\b" }
        """#

    private static let agreement = """
        iop-lint: 1
        kind: iop
        economy:
          payment: >
            Föreningen får bidrag för lokalen
            och 310 kr/timme för ledarna.
        """

    private func run(_ format: String) throws -> CLIRunner.Outcome {
        let folder = try CLIRunner.folder(["lokal.yml": Self.rules, "a.yaml": Self.agreement])
        defer { TemporaryFolder.remove(folder) }
        return try CLIRunner.run(
            ["a.yaml", "-r", "lokal.yml", "--pack", "lokal", "--format", format, "--color", "never"], in: folder)
    }

    @Test func textUnderlinesTheMatchOnItsLine() throws {
        let outcome = try run("text")
        #expect(outcome.status == 0)
        #expect(
            outcome.stdout.hasPrefix(
                """
                a.yaml:6:9: warning: Price per hour: 310 kr/timme. [lokal/timpris]
                    och 310 kr/timme för ledarna.
                        ^~~~~~~~~~~~

                """), "\(outcome.stdout)")
    }

    @Test func sarifRegionCoversJustTheMatch() throws {
        let outcome = try run("sarif")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let runs = try #require(log["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(results.count == 1)
        let locations = try #require(results.first?["locations"] as? [[String: Any]])
        let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
        let region = try #require(physical["region"] as? [String: Int])
        #expect(region["startLine"] == 6)
        #expect(region["startColumn"] == 9)
        #expect(region["endColumn"] == 21)
        #expect(region["endLine"] == nil || region["endLine"] == 6)
    }

    @Test func htmlMarksJustTheMatch() throws {
        let outcome = try run("html")
        #expect(outcome.stdout.contains("och <mark class=\"warning\">310 kr/timme</mark> för ledarna."))
        #expect(!outcome.stdout.contains("<mark class=\"warning\">Föreningen"))
    }
}
