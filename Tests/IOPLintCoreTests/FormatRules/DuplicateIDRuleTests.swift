import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct DuplicateIDRuleTests {
    private func findings(_ yaml: String) -> [Finding] {
        CoreTestSupport.findings(yaml, rules: [DuplicateIDRule()])
    }

    @Test func duplicateIDIsReportedAtTheSecondNamingTheFirstLine() {
        let yaml = """
            iop-lint: 1
            parties:
              - id: uppsala-kommun
                name: Uppsala kommun
              - id: ibn-rushd
              - id: uppsala-kommun
                name: Uppsala kommun, socialförvaltningen

            """
        let found = findings(yaml)
        #expect(found.map(\.spot) == ["6:9 format/duplicate-id parties[2].id"])
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.en == "party id `uppsala-kommun` is already used on line 3")
        #expect(found.first?.message.sv == "part-id `uppsala-kommun` används redan på rad 3")
    }

    @Test func everyRepeatNamesTheFirstLine() {
        let found = findings("iop-lint: 1\nparties:\n  - { id: a }\n  - { id: a }\n  - { id: a }\n")
        #expect(
            found.map(\.spot) == ["4:11 format/duplicate-id parties[1].id", "5:11 format/duplicate-id parties[2].id"])
        #expect(found.map(\.message.en) == Array(repeating: "party id `a` is already used on line 3", count: 2))
    }

    @Test func referencesToADuplicatedIDAreNotUnknown() {
        let yaml = "iop-lint: 1\nparties: [{ id: a }, { id: a }]\ncommitments: [{ party: a }]\n"
        #expect(CoreTestSupport.findings(yaml).map(\.ruleID.description) == ["format/duplicate-id"])
    }

    @Test func distinctIDsPass() {
        #expect(findings("iop-lint: 1\nparties: [{ id: a }, { id: b }]\n").isEmpty)
    }
}
