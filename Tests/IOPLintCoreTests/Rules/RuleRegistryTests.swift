import Testing

@testable import IOPLintCore

@Suite struct RuleRegistryTests {
    private static let builtIn = RuleRegistry.builtIn.rules

    @Test func builtInRuleIDsAreUniqueAndKebabCase() {
        let ids = Self.builtIn.map(\.id.description)
        #expect(Set(ids).count == ids.count)
        let pattern = /[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*/
        for id in ids {
            #expect(id.wholeMatch(of: pattern) != nil, "\(id) is not pack/kebab-name")
        }
    }

    @Test func builtInRulesAreDescribedInBothLanguages() {
        for rule in Self.builtIn {
            let description = rule.description
            for (field, text) in [
                ("summary", description.summary), ("message", description.message),
                ("rationale", description.rationale),
            ] {
                #expect(!text.en.isEmpty, "\(rule.id) \(field) en")
                #expect(!text.sv.isEmpty, "\(rule.id) \(field) sv")
            }
        }
    }

    @Test func formatRulesAreTranslated() {
        for rule in FormatRules.all {
            let description = rule.description
            for text in [description.summary, description.message, description.rationale] {
                #expect(text.en != text.sv, "\(rule.id): \(text.en)")
            }
        }
    }

    @Test func builtInRegistryHoldsTheFormatPackInIDOrder() {
        let ids = Self.builtIn.map(\.id)
        #expect(ids == ids.sorted())
        #expect(Set(FormatRules.all.map(\.id)).isSubset(of: Set(ids)))
    }

    @Test func ruleIsFoundByItsID() throws {
        let id = try #require(RuleID("format/date"))
        #expect(RuleRegistry.builtIn[id]?.id == id)
        #expect(RuleRegistry.builtIn[RuleID("format/nothing")!] == nil)
    }

    @Test func mistypedIDSuggestsTheNearestRule() {
        #expect(RuleRegistry.builtIn.suggestion(for: "format/unknown-kye")?.description == "format/unknown-key")
        #expect(RuleRegistry.builtIn.suggestion(for: "format/dates")?.description == "format/date")
        #expect(RuleRegistry.builtIn.suggestion(for: "zzzz/qqqq-xxxx") == nil)
    }
}
