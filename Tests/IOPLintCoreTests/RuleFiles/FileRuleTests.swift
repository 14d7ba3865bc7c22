import Testing

@testable import IOPLintCore

@Suite struct FileRuleTests {
    private static let agreement = "iop-lint: 1\nkind: iop\ntitle: Läxhjälp i Gottsunda\n"

    private static func rule(given: String) throws -> FileRule {
        let text = RuleFileFixture.pack(RuleFileFixture.rule(given: given, check: "{non-empty: true}"))
        let pack = try RuleFileFixture.load(text)
        return try #require(pack.rules.first as? FileRule)
    }

    /// A rule would wait while another thread makes one of its selections for the document
    /// (the engine then checks other rules first), and not once it is made; a selection of
    /// another selector, or one that reads `@`, is not shared, and so never waited for.
    @Test func aRuleWaitsOnlyWhileOneOfItsSelectionsIsBeingMade() throws {
        let document = try #require(DocumentLoader().load(bytes: Array(Self.agreement.utf8)).documents.first)
        let everything = try Self.rule(given: "\"**\"")
        let title = try Self.rule(given: "title")
        let relative = try Self.rule(given: "\"@.title\"")
        #expect(!everything.waitsForSelections(in: document))
        let selector = try Selector.parse("**")
        _ = document.selections.selection(of: selector) {
            #expect(everything.waitsForSelections(in: document))
            #expect(!title.waitsForSelections(in: document))
            #expect(!relative.waitsForSelections(in: document))
            return Selection()
        }
        #expect(!everything.waitsForSelections(in: document))
    }
}
