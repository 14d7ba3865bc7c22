import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct UnknownPartyRuleTests {
    private func findings(_ yaml: String) -> [Finding] {
        CoreTestSupport.findings(yaml, rules: [UnknownPartyRule()])
    }

    private static let parties = "iop-lint: 1\nparties:\n  - { id: uppsala-kommun }\n  - { id: ibn-rushd }\n"

    @Test func misspeltPartySuggestsTheNearestID() {
        let found = findings(Self.parties + "commitments:\n  - { party: upsala-kommun, what: Upplåter lokaler. }\n")
        #expect(found.map(\.spot) == ["6:14 format/unknown-party commitments[0].party"])
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.en == "no party has the id `upsala-kommun`; did you mean `uppsala-kommun`?")
        #expect(found.first?.message.sv == "ingen part har id `upsala-kommun`; menade du `uppsala-kommun`?")
    }

    @Test func partyFarFromEveryIDHasNoSuggestion() {
        let found = findings(Self.parties + "signatures: [{ party: region-uppsala }]\n")
        #expect(found.map(\.spot) == ["5:23 format/unknown-party signatures[0].party"])
        #expect(found.first?.message.en == "no party has the id `region-uppsala`")
    }

    struct Reference: Sendable, CustomTestStringConvertible {
        var yaml: String
        var path: String
        var testDescription: String { path }
    }

    /// Every party-ref of the format, each written as `okand` on line 5.
    @Test(arguments: [
        Reference(yaml: "initiative: { by: [okand] }", path: "initiative.by[0]"),
        Reference(yaml: "problem: { agreed-by: [ibn-rushd, okand] }", path: "problem.agreed-by[1]"),
        Reference(yaml: "activities: [{ party: okand }]", path: "activities[0].party"),
        Reference(yaml: "commitments: [{ party: okand }]", path: "commitments[0].party"),
        Reference(yaml: "resources: [{ party: okand }]", path: "resources[0].party"),
        Reference(yaml: "economy: { budget: [{ party: okand }] }", path: "economy.budget[0].party"),
        Reference(
            yaml: "governance: { steering-group: [{ party: okand }] }", path: "governance.steering-group[0].party"),
        Reference(yaml: "follow-up: { responsible: [okand] }", path: "follow-up.responsible[0]"),
        Reference(yaml: "icld: { benefit: [{ party: okand }] }", path: "icld.benefit[0].party"),
        Reference(yaml: "icld: { team: [{ party: okand }] }", path: "icld.team[0].party"),
        Reference(yaml: "contacts: [{ party: okand }]", path: "contacts[0].party"),
        Reference(yaml: "signatures: [{ party: okand }]", path: "signatures[0].party"),
    ])
    func everyPartyReferenceIsChecked(_ reference: Reference) {
        let found = findings(Self.parties + reference.yaml + "\n")
        let before = reference.yaml.firstRange(of: "okand").map { reference.yaml[..<$0.lowerBound] } ?? ""
        let column = before.unicodeScalars.count + 1
        #expect(found.map(\.spot) == ["5:\(column) format/unknown-party \(reference.path)"])
    }

    @Test func referencesWithoutAnyPartyAreAllUnknown() {
        let found = findings("iop-lint: 1\ncommitments: [{ party: a }, { party: b }]\n")
        #expect(
            found.map(\.spot) == [
                "2:24 format/unknown-party commitments[0].party", "2:38 format/unknown-party commitments[1].party",
            ])
    }

    @Test(arguments: [
        "parties: [uppsala-kommun, ibn-rushd]", "parties: { id: ibn-rushd }", "parties: [{ id: Ibn Rushd }]",
    ])
    func referencesAreNotCheckedWhenAPartyIDCouldNotBeRead(_ parties: String) {
        let yaml = "iop-lint: 1\n\(parties)\ncommitments: [{ party: ibn-rushd }, { party: okand }]\n"
        let all = CoreTestSupport.findings(yaml)
        #expect(!all.isEmpty)
        #expect(all.allSatisfy { $0.ruleID.description == "format/type" })
    }

    @Test func wrongTypeOfAnotherPartyFieldStillChecksReferences() {
        let yaml = "iop-lint: 1\nparties: [{ id: ibn-rushd, type: förening }]\ncommitments: [{ party: ibn-rusd }]\n"
        #expect(findings(yaml).map(\.spot) == ["3:24 format/unknown-party commitments[0].party"])
    }

    @Test func knownPartiesPass() {
        #expect(
            findings(Self.parties + "commitments: [{ party: ibn-rushd }]\nsignatures: [{ party: uppsala-kommun }]\n")
                .isEmpty)
    }
}
