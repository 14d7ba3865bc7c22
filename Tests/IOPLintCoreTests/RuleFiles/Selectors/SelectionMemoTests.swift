import Testing

@testable import IOPLintCore

/// Checks that look up other parts of the document for every node of a long list stay linear:
/// each selection is made once per document (or once per value read from `@`), and filters
/// look items up in an index. A quadratic run would take minutes here and time the suite out.
@Suite struct SelectionMemoTests {
    private typealias F = RuleFileFixture

    private static func agreement(parties count: Int, date: (Int) -> String) -> String {
        var lines = ["iop-lint: 1", "x-ids:"]
        for index in 0..<count { lines.append("  - p\(index)") }
        lines.append("x-refs:")
        for index in 0..<count { lines.append("  - p\(index)") }
        lines.append("  - okänd")
        lines.append("x-signatures:")
        for index in 0..<count { lines.append("  - { party: p\(index), date: \(date(index)) }") }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func refersToSelectsItsTargetsOncePerDocument() throws {
        let text = Self.agreement(parties: 5_000) { _ in "2025-01-01" }
        let findings = try F.check("{ refers-to: \"x-ids[*]\" }", given: "\"x-refs[*]\"", on: text)
        #expect(findings == ["10004:5 x-refs[5000] at x-refs[5000]: okänd||||||"])
    }

    @Test func referencedByCountsInAnIndex() throws {
        let text = Self.agreement(parties: 5_000) { _ in "2025-01-01" }
        let check = "{ referenced-by: { selector: \"x-refs[*]\", min: 2 } }"
        #expect(try F.check(check, given: "\"x-ids[*]\"", on: text).count == 5_000)
    }

    /// `core/signatures` and `core/mandate-before-signature` read `@` in filters: with one date
    /// for every signature the selection is the same for all of them, with a date each it is
    /// one item; both are linear.
    @Test(arguments: [false, true])
    func filtersReadingTheCurrentNodeAreLinear(sameDate: Bool) throws {
        let text = Self.agreement(parties: 3_000) { index in sameDate ? "2025-01-01" : "d\(index)" }
        let check = "{ \"@.party\": { refers-to: \"x-signatures[?date=@.date].party\" } }"
        #expect(try F.check(check, given: "\"x-signatures[*]\"", on: text) == [])
        let byParty = "{ refers-to: \"x-signatures[?party=@].party\" }"
        #expect(try F.check(byParty, given: "\"x-refs[*]\"", on: text).count == 1)
    }

    /// Numbers are equal by value, other kinds by their text, as when every item is compared.
    @Test func aFilterIndexAgreesWithComparingEveryItem() throws {
        let text = """
            iop-lint: 1
            x-items:
              - { id: a, amount: 1 }
              - { id: b, amount: 1.0 }
              - { id: c, amount: "1" }
              - { id: d, amount: true }
              - { id: e, amount: "true" }
              - { id: f }
            x-wanted: [1, "1", true, "true", ~]
            """
        let document = try #require(DocumentLoader().load(bytes: Array(text.utf8)).documents.first)
        let selector = try Selector.parse("x-items[?amount=@].id")
        let wanted = try Selector.parse("x-wanted[*]").select(in: document).matches
        let memo = SelectionMemo()
        var found: [[String]] = []
        for current in wanted {
            let scanned = selector.select(in: document, current: current).matches.map(\.path.description)
            let indexed = selector.select(in: document, current: current, memo: memo).matches.map(\.path.description)
            #expect(indexed == scanned)
            found.append(indexed)
        }
        #expect(
            found == [
                ["x-items[0].id", "x-items[1].id", "x-items[2].id"], ["x-items[0].id", "x-items[2].id"],
                ["x-items[3].id", "x-items[4].id"], ["x-items[3].id", "x-items[4].id"], [],
            ])
    }
}
