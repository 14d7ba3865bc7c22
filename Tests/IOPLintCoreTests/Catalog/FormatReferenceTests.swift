import Foundation
import Testing

@testable import IOPLintCore

/// `docs/agreement-format.md` is generated from the table of the format and stays in step with it.
@Suite struct FormatReferenceTests {
    static let reference = FormatReference(formatRules: FormatRules.all.map(\.description)).markdown()

    @Test func docsAgreementFormatIsUpToDate() throws {
        try GoldenFile.assertMatches(
            Self.reference, file: RuleReferenceTests.packageRoot.appending(path: "docs/agreement-format.md"))
    }

    @Test func everyKeyIsListedAndItsLinkLeadsToAHeading() {
        let anchors = Set(
            Self.reference.split(separator: "\n").filter { $0.hasPrefix("## ") }.map {
                Markdown.anchor(String($0.dropFirst(3)))
            })
        for key in AgreementFormat.current.keys {
            #expect(Self.reference.contains("| `\(key.name)`"), "\(key.path)")
            let anchor = FormatReference.link(to: key).split(separator: "#").last.map(String.init) ?? ""
            #expect(anchors.contains(anchor), "\(key.path) → #\(anchor)")
        }
    }

    @Test func rulesThatNameAKeyLinkToIt() throws {
        let rules = try RuleSet.load().registry.rules
        let formChoice = try #require(rules.first { $0.id.description == "iop/form-choice" })
        #expect(RuleReference.keys(namedBy: formChoice).map(\.path) == ["form-choice"])
        let docs = RuleReference(ruleSet: try RuleSet.load()).markdown()
        #expect(docs.contains("Keys: [`form-choice`](agreement-format.md#top-level-keys)"))
    }

    @Test func anchorsAreTheOnesGitHubGives() {
        #expect(Markdown.anchor("`parties[].mandate`") == "partiesmandate")
        #expect(Markdown.anchor("Top-level keys") == "top-level-keys")
        #expect(Markdown.anchor("`format/unknown-key`") == "formatunknown-key")
    }
}
