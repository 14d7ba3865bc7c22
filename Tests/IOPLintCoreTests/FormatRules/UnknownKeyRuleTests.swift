import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct UnknownKeyRuleTests {
    private func findings(_ yaml: String) -> [Finding] {
        CoreTestSupport.findings(yaml, rules: [UnknownKeyRule()])
    }

    @Test func unknownKeyIsAWarningAtTheKeyWithItsSuggestion() {
        let found = findings("iop-lint: 1\ntitel: Läxhjälp i Gottsunda\n")
        #expect(found.map(\.spot) == ["2:1 format/unknown-key titel"])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.range.end.description == "2:6")
        #expect(found.first?.message.en == "unknown key `titel`; did you mean `title`?")
    }

    @Test func unknownKeysAreFoundAtEveryDepth() {
        let yaml = """
            iop-lint: 1
            parties:
              - id: uppsala-kommun
                mandat: { body: Kommunstyrelsen }
                representative: { namn: Eva Ek }
            goals:
              objectives:
                - { descripton: Fler klarar skolan, by: 2026-06-30 }
            follow-up: { evaluation: { tpye: external } }

            """
        #expect(
            findings(yaml).map(\.spot) == [
                "4:5 format/unknown-key parties[0].mandat",
                "5:23 format/unknown-key parties[0].representative.namn",
                "8:9 format/unknown-key goals.objectives[0].descripton",
                "9:28 format/unknown-key follow-up.evaluation.tpye",
            ])
        #expect(
            findings(yaml).map(\.message.en).last
                == "unknown key `tpye` in `follow-up.evaluation`; did you mean `type`?")
    }

    @Test func extensionKeysAreAllowedEverywhere() {
        let yaml = "iop-lint: 1\nx-a: 1\nparties: [{ id: a, x-b: 2 }]\nterm: { x-c: { anything: [1] } }\n"
        #expect(findings(yaml).isEmpty)
    }

    @Test func keysThatOnlyLookLikeExtensionsAreReported() {
        #expect(
            findings("iop-lint: 1\nX-a: 1\nx_b: 2\n").map(\.spot) == [
                "2:1 format/unknown-key X-a", "3:1 format/unknown-key x_b",
            ])
    }

    @Test func integrityIsAKnownKeyOfPrinciples() {
        #expect(findings("iop-lint: 1\nprinciples: { integrity: Självständig roll. }\n").isEmpty)
        #expect(
            findings("iop-lint: 1\nprinciples: { integrty: Självständig roll. }\n").map(\.message.en)
                == ["unknown key `integrty` in `principles`; did you mean `integrity`?"])
    }
}
