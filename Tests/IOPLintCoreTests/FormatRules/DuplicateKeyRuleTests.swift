import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct DuplicateKeyRuleTests {
    private func findings(_ yaml: String) -> [Finding] {
        CoreTestSupport.findings(yaml, rules: [DuplicateKeyRule()])
    }

    @Test func duplicateKeyIsReportedAtTheRepeatNamingTheFirstLine() {
        let found = findings("iop-lint: 1\nterm:\n  start: 2025-03-01\n  end: 2028-02-29\n  start: 2025-04-01\n")
        #expect(found.map(\.spot) == ["5:3 format/duplicate-key term.start"])
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.en == "key `start` is already defined on line 3; this value is ignored")
        #expect(found.first?.message.sv == "nyckeln `start` finns redan på rad 3; det här värdet ignoreras")
    }

    @Test func theFirstValueIsKept() throws {
        let documents = CoreTestSupport.documents("iop-lint: 1\nterm:\n  start: 2025-03-01\n  start: 2025-04-01\n")
        let document = try #require(documents.first)
        #expect(document.isReadable)
        #expect(document.agreement.term?.start?.value.description == "2025-03-01")
        #expect(document.node(at: DocumentPath([.key("term"), .key("start")]))?.range.start.description == "3:10")
    }

    @Test func duplicateKeysAreFoundInListsAndFlowMaps() {
        let yaml = """
            iop-lint: 1
            parties:
              - { id: a, name: A, name: B }
              - id: b
                id: c
            iop-lint: 1

            """
        #expect(
            findings(yaml).map(\.spot) == [
                "3:23 format/duplicate-key parties[0].name",
                "5:5 format/duplicate-key parties[1].id",
                "6:1 format/duplicate-key iop-lint",
            ])
    }

    @Test func duplicateKeysDoNotStopDecoding() {
        let yaml = "iop-lint: 1\ntitle: A\ntitle: B\nkind: partnerskap\n"
        #expect(
            CoreTestSupport.findings(yaml).map(\.spot) == [
                "3:1 format/duplicate-key title", "4:7 format/type kind",
            ])
    }
}
