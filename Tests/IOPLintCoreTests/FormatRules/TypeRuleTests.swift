import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct TypeRuleTests {
    private func findings(_ yaml: String) -> [Finding] {
        CoreTestSupport.findings(yaml, rules: [TypeRule()])
    }

    @Test func wrongScalarListAndMapAreErrorsAtTheValue() {
        let yaml = """
            iop-lint: 1
            title: [Läxhjälp, Gottsunda]
            parties: { id: uppsala-kommun }
            term: 2025-03-01

            """
        let found = findings(yaml)
        #expect(found.map(\.spot) == ["2:8 format/type title", "3:10 format/type parties", "4:7 format/type term"])
        #expect(found.allSatisfy { $0.severity == .error })
        #expect(
            found.map(\.message.en) == [
                "`title` must be text, but is a list",
                "`parties` must be a list, but is a map of keys and values",
                "`term` must be a map of keys and values, but is `2025-03-01`",
            ])
    }

    @Test func enumerationOutsideItsValuesListsThem() {
        let found = findings("iop-lint: 1\nparties:\n  - { id: uppsala-kommun, type: kommun, roles: [röst] }\n")
        #expect(found.map(\.spot) == ["3:33 format/type parties[0].type", "3:49 format/type parties[0].roles[0]"])
        #expect(
            found.first?.message.en
                == "`parties[0].type` must be one of `idea-based`, `public`, `housing-company`, `company`, `academia`, `other` (did you mean `public`?), but is `kommun`"
        )
        #expect(
            found.last?.message.sv
                == "`parties[0].roles[0]` ska vara en av `voice`, `service`, `community-builder`, men är `röst`")
    }

    @Test func aValueSaidInSwedishOrEnglishWordsSuggestsTheRightOne() {
        let cases = [
            ("type", "kommun", "public"), ("type", "Region", "public"), ("type", "förening", "idea-based"),
            ("type", "bostadsbolag", "housing-company"), ("type", "municipality", "public"),
        ]
        for (key, value, meant) in cases {
            let found = findings("iop-lint: 1\nparties:\n  - { id: a, \(key): \(value) }\n")
            #expect(found.first?.message.en.contains("(did you mean `\(meant)`?)") == true, "\(value)")
            #expect(found.first?.message.sv.contains("(menade du `\(meant)`?)") == true, "\(value)")
        }
        let status = findings("iop-lint: 1\nstatus: utkast\n")
        #expect(status.first?.message.en.contains("(did you mean `draft`?)") == true)
    }

    @Test func representationGetsItsOwnHint() {
        let found = findings("iop-lint: 1\nicld: { core-areas: [representation] }\n")
        #expect(found.map(\.spot) == ["2:22 format/type icld.core-areas[0]"])
        #expect(
            found.first?.message.en
                == "`icld.core-areas[0]` must be one of `equity`, `participation`, `transparency`, `accountability` (representation is not an ICLD core area), but is `representation`"
        )
    }

    @Test func negativeNumbersAreOutOfRange() {
        let yaml = "iop-lint: 1\neconomy: { budget: [{ amount: -1000 }] }\nterm: { notice-months: -3 }\n"
        #expect(
            findings(yaml).map(\.message.en) == [
                "`economy.budget[0].amount` must be at least 0, but is the number `-1000`",
                "`term.notice-months` must be at least 0, but is the number `-3`",
            ])
    }

    @Test func wrongTypeIsNotReportedByOtherRules() {
        let yaml = "iop-lint: 1\nparties: [{ id: a }]\ncommitments: [{ party: [a], what: Lokaler }]\n"
        let all = CoreTestSupport.findings(yaml)
        #expect(all.map(\.spot) == ["3:24 format/type commitments[0].party"])
    }
}
