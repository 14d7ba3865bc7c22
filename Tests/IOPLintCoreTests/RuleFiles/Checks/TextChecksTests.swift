import Testing

@testable import IOPLintCore

/// The checks over free text: terms, placeholders, readability, sentence length, org numbers.
@Suite struct TextChecksTests {
    typealias F = RuleFileFixture

    private let purchase = "{ terms-absent: { sv: [köpa, upphandling, utförare], en: [purchase, provider] } }"

    @Test func termsAbsentFindsInflectedAndCompoundForms() throws {
        let agreement = "iop-lint: 1\nlanguage: sv\neconomy:\n  payment: Kommunen köper 40 platser av utföraren.\n"
        #expect(
            try F.check(purchase, given: "economy.payment", on: agreement) == [
                // At the word found, not at the start of the text.
                "4:21 economy.payment at economy.payment: Kommunen köper 40 platser av utföraren.|köpa|||||"
            ])
        let compound = "iop-lint: 1\nlanguage: sv\neconomy: { payment: Det blir en direktupphandling av platser. }\n"
        #expect(try F.check(purchase, given: "economy.payment", on: compound).count == 1)
    }

    @Test func negatedTermsDoNotCount() throws {
        let agreement = "iop-lint: 1\nlanguage: sv\neconomy: { payment: Detta är inte en upphandling. }\n"
        #expect(try F.check(purchase, given: "economy.payment", on: agreement) == [])
    }

    @Test func theAgreementsLanguageChoosesTheList() throws {
        let english = "iop-lint: 1\nlanguage: en\neconomy: { payment: The city will purchase places. }\n"
        let swedishWords = "iop-lint: 1\nlanguage: en\neconomy: { payment: Kommunen köper platser. }\n"
        let unknown = "iop-lint: 1\neconomy: { payment: Kommunen köper platser. }\n"
        #expect(try F.check(purchase, given: "economy.payment", on: english).count == 1)
        #expect(try F.check(purchase, given: "economy.payment", on: swedishWords) == [])
        #expect(try F.check(purchase, given: "economy.payment", on: unknown).count == 1, "no language: both lists")
    }

    @Test func unlessExcusesASentence() throws {
        let check = "{ terms-absent: { sv: [öka, förbättra], unless: \"[0-9]\" } }"
        let vague = "iop-lint: 1\nlanguage: sv\ngoals: { overall: Vi ska öka sysselsättningen. }\n"
        let measured = "iop-lint: 1\nlanguage: sv\ngoals: { overall: Vi ska öka sysselsättningen till 35 %. }\n"
        #expect(try F.check(check, given: "goals.overall", on: vague).count == 1)
        #expect(try F.check(check, given: "goals.overall", on: measured) == [])
    }

    @Test func termsPresentNeedsOneAffirmedTerm() throws {
        let check = "{ terms-present: { sv: [nämnd, kommunstyrelse, fullmäktige] } }"
        let agreement =
            "iop-lint: 1\nlanguage: sv\nparties:\n  - { id: a, mandate: { body: Socialnämnden } }\n  - { id: b, mandate: { body: Förvaltningschefen } }\n"
        #expect(
            try F.check(check, given: "parties[*].mandate.body", on: agreement) == [
                "5:31 parties[1].mandate.body at parties[1].mandate.body: Förvaltningschefen|nämnd, kommunstyrelse, fullmäktige|||||"
            ])
    }

    @Test func anInvalidUnlessRegexIsAnErrorOfTheRuleFile() {
        let errors = F.errors(F.pack(F.rule(given: "title", check: "{ terms-absent: { sv: [köpa], unless: \"(\" } }")))
        #expect(errors.count == 1)
        #expect(errors[0].hasPrefix("9:51 the regular expression `(` does not compile"))
    }

    @Test func noPlaceholdersNamesThePlaceholder() throws {
        let agreement = "iop-lint: 1\nform-choice: \"Motivering: TODO\"\n"
        #expect(
            try F.check("{ no-placeholders: true }", given: "form-choice", on: agreement) == [
                "2:27 form-choice at form-choice: Motivering: TODO|TODO|||||"
            ])
        #expect(try F.check("{ no-placeholders: true }", given: "\"**\"", on: "iop-lint: 1\ntitle: Klart\n") == [])
    }

    @Test func readabilityUsesLIXForSwedishAndFleschForEnglish() throws {
        let check = "{ readability: { max-lix: 40, min-flesch: 60 } }"
        let heavy =
            "Kommunfullmäktiges verksamhetsplanering förutsätter organisationsövergripande samverkansstrukturer."
        let light = "Vi ses i parken. Vi spelar boll. Alla får vara med."
        #expect(
            try F.check(check, given: "goals.overall", on: "iop-lint: 1\nlanguage: sv\ngoals: { overall: \(heavy) }\n")
                .count == 1)
        #expect(
            try F.check(check, given: "goals.overall", on: "iop-lint: 1\nlanguage: sv\ngoals: { overall: \(light) }\n")
                == [])
        let english =
            "The organisational infrastructure necessitates comprehensive interdepartmental coordination mechanisms."
        #expect(
            try F.check(
                check, given: "goals.overall", on: "iop-lint: 1\nlanguage: en\ngoals: { overall: \(english) }\n"
            ).count == 1)
    }

    /// The message names the measure, and a Swedish message writes the score with a decimal comma.
    @Test func readabilityIsNamedWithADecimalCommaInSwedish() throws {
        let heavy =
            "Kommunfullmäktiges verksamhetsplanering förutsätter organisationsövergripande samverkansstrukturer."
        let yaml = "iop-lint: 1\nlanguage: sv\ngoals: { overall: \(heavy) }\n"
        let findings = CoreTestSupport.findings(yaml, rules: RuleRegistry.builtIn.rules)
        let finding = try #require(findings.first { $0.ruleID.description == "klarsprak/readability" })
        #expect(finding.message.sv.contains(/: LIX \d+,\d \(/), "\(finding.message.sv)")
        #expect(finding.message.en.contains(/: LIX \d+\.\d \(/), "\(finding.message.en)")
        #expect(MessageTemplate.values(["lix": "61.3", "lix@sv": "61,3"], in: .sv) == ["lix": "61,3"])
        #expect(MessageTemplate.values(["lix": "61.3", "lix@sv": "61,3"], in: .en) == ["lix": "61.3"])
    }

    @Test func maxSentenceWordsReportsTheLongest() throws {
        let long = (1...12).map { "Ord\($0)" }.joined(separator: " ")
        let agreement = "iop-lint: 1\nbackground: \"Kort mening. \(long).\"\n"
        #expect(try F.check("{ max-sentence-words: 10 }", given: "background", on: agreement).count == 1)
        #expect(try F.check("{ max-sentence-words: 12 }", given: "background", on: agreement) == [])
    }

    @Test func orgNumberChecksShapeAndLuhnDigit() throws {
        let agreement =
            "iop-lint: 1\nparties:\n  - { id: a, org-number: \"212000-0076\" }\n  - { id: b, org-number: \"802457-3317\" }\n  - { id: c, org-number: \"2120000076\" }\n"
        let findings = try F.check("{ org-number: true }", given: "parties[*].org-number", on: agreement)
        #expect(
            findings.map { $0.components(separatedBy: " ")[1] } == ["parties[1].org-number", "parties[2].org-number"])
    }
}

@Suite struct PatternCheckBoundsTests {
    private typealias F = RuleFileFixture

    /// `^(a|aa)+$` never finishes with a backtracking engine on 40 `a`s, and `^(?:(a+)+$|a+b$)`
    /// was given up and read as "no match": both are answered exactly.
    @Test func catastrophicPatternsGiveTheExactAnswer() throws {
        let agreement = "iop-lint: 1\ntitle: \(String(repeating: "a", count: 4_000))b\n"
        #expect(try F.check("{ pattern: \"^(?:(a+)+$|a+b$)\" }", given: "title", on: agreement) == [])
        #expect(try F.check("{ not-pattern: \"^(?:(a+)+$|a+b$)\" }", given: "title", on: agreement).count == 1)
        #expect(try F.check("{ pattern: \"^(a|aa)+$\" }", given: "title", on: agreement).count == 1)
        let only = "iop-lint: 1\ntitle: \(String(repeating: "a", count: 4_000))\n"
        #expect(try F.check("{ pattern: \"^(a|aa)+$\" }", given: "title", on: only) == [])
    }

    @Test func aPatternMustBeWrittenAsText() {
        let errors = F.errors(F.pack(F.rule(given: "title", check: "{ pattern: 123 }")))
        #expect(errors.count == 1)
        #expect(errors.first?.contains("must be text; write it in quotes") == true)
    }

    @Test func aBadPatternIsReportedOnceAtItsColumn() {
        let check = "{ terms-absent: { sv: [köpa], en: [buy], unless: \"ab(\" } }"
        let errors = F.errors(F.pack(F.rule(given: "title", check: check)))
        #expect(errors.count == 1)
        #expect(
            errors.first?.hasPrefix("9:64 the regular expression `ab(` does not compile: `(` is not closed") == true)
        let lookbehind = F.errors(F.pack(F.rule(given: "title", check: "{ pattern: \"x(?<=a)\" }")))
        #expect(lookbehind.first?.contains("cannot be matched in linear time") == true)
    }
}
