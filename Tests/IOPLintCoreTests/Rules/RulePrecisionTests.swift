import Testing

@testable import IOPLintCore

struct RulePrecisionTests {
    private static func pack(check: String) throws -> RulePack {
        try RuleFileLoader().load(
            """
            iop-lint-rules: 1
            pack: precise
            rules:
              - id: checked
                severity: warning
                summary: { en: s, sv: s }
                message: { en: m, sv: m }
                given: $.title
                check: \(check)
            """, file: "precise.yml")
    }

    @Test(arguments: [
        ("{ present: true }", RulePrecision.high),
        ("{ terms-absent: { sv: [upphandling] } }", .medium),
        ("{ any-of: [{ present: true }, { not: { pattern: \"^x\" } }] }", .medium),
        ("{ max-sentence-words: 30 }", .medium),
    ])
    func ruleFileRulesThatJudgeTextAreOfMediumPrecision(check: String, precision: RulePrecision) throws {
        let rule = try #require(try Self.pack(check: check).rules.first)
        #expect(rule.description.precision == precision)
    }

    @Test func formatRulesAreOfVeryHighPrecision() {
        #expect(FormatRules.all.allSatisfy { $0.description.precision == .veryHigh })
        #expect(ShortTitleRule().description.precision == .high)
    }
}
