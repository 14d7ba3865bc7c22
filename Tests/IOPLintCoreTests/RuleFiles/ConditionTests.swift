import Testing

@testable import IOPLintCore

/// `when` and `applies-when`.
@Suite struct ConditionTests {
    typealias F = RuleFileFixture

    private let iop = "iop-lint: 1\nkind: iop\n"
    private let samverkan = "iop-lint: 1\nkind: samverkan\nparties: [{ id: bo, type: housing-company }]\n"

    @Test func appliesWhenLimitsThePack() throws {
        let pack = F.pack(
            F.rule(given: "problem.statement", check: "{ present: true }"), appliesWhen: "{ kind: { one-of: [iop] } }")
        #expect(try F.findings(pack, on: iop).count == 1)
        #expect(try F.findings(pack, on: samverkan).isEmpty)
        #expect(try F.findings(pack, on: "iop-lint: 1\n").isEmpty, "a missing kind matches nothing")
    }

    @Test func whenWithAnyOf() throws {
        let when =
            "{ any-of: [{ kind: { one-of: [samverkan] } }, { \"parties[*].type\": { one-of: [housing-company] } }] }"
        let pack = F.pack(F.rule(given: "area", check: "{ present: true }", when: when))
        #expect(try F.findings(pack, on: samverkan).count == 1)
        #expect(try F.findings(pack, on: iop).isEmpty)
    }

    @Test func whenWithNotAndAllOf() throws {
        let pack = F.pack(
            F.rule(given: "area", check: "{ present: true }", when: "{ not: { kind: { one-of: [iop] } } }"))
        #expect(try F.findings(pack, on: iop).isEmpty)
        #expect(try F.findings(pack, on: samverkan).count == 1)
        let both = F.pack(
            F.rule(
                given: "area", check: "{ present: true }",
                when: "{ all-of: [{ kind: { one-of: [samverkan] } }, { parties: { count: { min: 2 } } }] }"))
        #expect(try F.findings(both, on: samverkan).isEmpty)
    }
}
