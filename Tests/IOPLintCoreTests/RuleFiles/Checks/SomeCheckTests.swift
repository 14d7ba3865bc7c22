import Testing

@testable import IOPLintCore

/// `some: {SELECTOR: CHECK}`: at least one selected node passes.
@Suite struct SomeCheckTests {
    typealias F = RuleFileFixture

    private static let agreement = """
        iop-lint: 1
        parties:
          - { id: forening, type: idea-based }
          - { id: kommun, type: public }
          - { id: region, type: public }
        initiative:
          by: [kommun, forening]
        resources:
          - { party: forening, kind: volunteers }
          - { party: region, kind: money }
        """

    @Test func holdsWhenOneSelectedNodePasses() throws {
        let check = "{ some: { \"parties[?type=public].id\": { referenced-by: \"resources[*].party\" } } }"
        #expect(try F.check(check, given: "$", on: Self.agreement) == [])
    }

    @Test func failsAtTheTargetWhenNoneDoes() throws {
        let agreement = Self.agreement.replacingOccurrences(of: "party: region", with: "party: forening")
        let check = "{ some: { \"parties[?type=public].id\": { referenced-by: \"resources[*].party\" } } }"
        #expect(try F.check(check, given: "resources", on: agreement) == ["9:3 resources at resources: ||2||||"])
    }

    @Test func relativeSelectorsStartAtTheTarget() throws {
        let check = "{ some: { \"@[*]\": { refers-to: \"parties[?type=idea-based].id\" } } }"
        #expect(try F.check(check, given: "initiative.by", on: Self.agreement) == [])
        let byTheCity = Self.agreement.replacingOccurrences(of: "[kommun, forening]", with: "[kommun]")
        #expect(try F.check(check, given: "initiative.by", on: byTheCity).count == 1)
    }

    @Test func failsWhenTheSelectorPicksNothingOrTheTargetIsMissing() throws {
        let check = "{ some: { \"@[*]\": { refers-to: \"parties[*].id\" } } }"
        #expect(try F.check(check, given: "initiative.by", on: "iop-lint: 1\ninitiative:\n  by: []\n").count == 1)
        #expect(try F.check(check, given: "initiative.by", on: "iop-lint: 1\ntitle: Läxhjälp\n").count == 1)
    }

    @Test func everyEntryMustHold() throws {
        let check = """
            { some: { "parties[*].type": { one-of: [public] }, "parties[*].id": { one-of: [ingen] } } }
            """
        #expect(try F.check(check, given: "$", on: Self.agreement).count == 1)
    }

    @Test func combinesWithAnyOfForPerItemFindings() throws {
        // Every idea-based party contributes, and at least one public party does.
        let check = """
            { any-of: [
                { "@.id": { referenced-by: "resources[*].party" } },
                { "@.type": { one-of: [public] },
                  some: { "parties[?type=public].id": { referenced-by: "resources[*].party" } } }
              ] }
            """
        let given = "[\"parties[?type=idea-based]\", \"parties[?type=public]\"]"
        #expect(try F.check(check, given: given, on: Self.agreement) == [])
        let noPublicMoney = Self.agreement.replacingOccurrences(of: "party: region", with: "party: forening")
        #expect(
            try F.check(check, given: given, on: noPublicMoney) == [
                "4:11 parties[1].id at parties[1].id: kommun||0|1|||",
                "5:11 parties[2].id at parties[2].id: region||0|1|||",
            ])
    }

    @Test func badEntriesAreReported() {
        let pack = F.pack(F.rule(given: "$", check: "{ some: { \"parties[\": { present: true } } }"))
        #expect(F.errors(pack).count == 1)
        #expect(F.errors(F.pack(F.rule(given: "$", check: "{ some: {} }"))).count == 1)
        #expect(F.errors(F.pack(F.rule(given: "$", check: "{ some: { parties: { nonempty: true } } }"))).count == 1)
    }
}
