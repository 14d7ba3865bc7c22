import Testing

@testable import IOPLintCore

/// `all-of`, `any-of`, `not`, several keys in one check, and relative checks.
@Suite struct LogicChecksTests {
    typealias F = RuleFileFixture

    @Test func severalKeysGiveOneFindingPerNode() throws {
        let findings = try F.check(
            "{ min-length: 50, pattern: \"^Z\" }", given: "title", on: "iop-lint: 1\ntitle: Kort\n")
        #expect(findings.count == 1)
    }

    @Test func anyOfHoldsWhenOneHolds() throws {
        let agreement = "iop-lint: 1\ntitle: Kort\n"
        #expect(
            try F.check("{ any-of: [{ pattern: \"^Z\" }, { max-length: 10 }] }", given: "title", on: agreement) == [])
        #expect(
            try F.check("{ any-of: [{ pattern: \"^Z\" }, { max-length: 2 }] }", given: "title", on: agreement).count
                == 1)
    }

    @Test func allOfAndNot() throws {
        let agreement = "iop-lint: 1\ntitle: Kort\n"
        #expect(
            try F.check("{ all-of: [{ pattern: \"^K\" }, { max-length: 10 }] }", given: "title", on: agreement) == [])
        #expect(try F.check("{ not: { pattern: \"^K\" } }", given: "title", on: agreement).count == 1)
        #expect(try F.check("{ not: { pattern: \"^Z\" } }", given: "title", on: agreement) == [])
    }

    /// A composite check reads prose when one of its parts does (what `DocumentChecks` takes
    /// first); checks of structure alone do not.
    @Test(arguments: [
        ("{ present: true }", false),
        ("{ no-placeholders: true }", true),
        ("{ all-of: [{ present: true }, { max-sentence-words: 30 }] }", true),
        ("{ any-of: [{ present: true }, { min-length: 3 }] }", false),
        ("{ not: { pattern: \"^K\" } }", true),
        ("{ \"@.name\": { terms-absent: { sv: [köp] } } }", true),
    ])
    func compositesReadProseWhenAPartDoes(check: String, readsProse: Bool) throws {
        let pack = try F.load(F.pack(F.rule(given: "title", check: check)))
        let rule = try #require(pack.rules.first as? FileRule)
        #expect(rule.readsProse == readsProse)
    }

    @Test func relativeCheckReportsMissingFieldsOfEachItem() throws {
        let agreement = "iop-lint: 1\nparties:\n  - { id: a, name: A }\n  - { id: b }\n"
        #expect(
            try F.check("{ \"@.name\": { present: true } }", given: "parties[*]", on: agreement) == [
                "4:5 parties[1].name at parties[1].name: ||||||"
            ])
    }
}
