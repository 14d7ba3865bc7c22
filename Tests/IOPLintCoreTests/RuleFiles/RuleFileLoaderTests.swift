import Testing

@testable import IOPLintCore

/// Every kind of error in a rule file is reported with its line and column; a valid file loads.
@Suite struct RuleFileLoaderTests {
    @Test func aValidFileLoadsWithEverything() throws {
        let pack = try RuleFileFixture.load(
            """
            iop-lint-rules: 1
            pack: goteborg
            title: { en: Gothenburg, sv: Göteborg }
            source: Göteborgs Stad
            applies-when:
              kind: { one-of: [iop] }
            rules:
              - id: dialogue
                severity: info
                summary: { en: Dialogue, sv: Dialog }
                message: { en: Say how, sv: Beskriv hur }
                rationale: { en: Because, sv: Därför }
                source: Överenskommelsen
                given: [principles.dialogue, governance.meetings-per-year]
                check: { non-empty: true }
                examples:
                  pass:
                    - kind: iop
                      principles: { dialogue: Ja }
                  fail:
                    - |
                      kind: iop
            checklist:
              title: { en: List, sv: Lista }
              points:
                - { point: "1", title: Dialog, rules: [goteborg/dialogue] }
            """)
        #expect(pack.name == "goteborg")
        #expect(pack.appliesWhen == "kind: { one-of: [iop] }")
        #expect(pack.checklist?.points.first?.rules.map(\.description) == ["goteborg/dialogue"])
        let rule = try #require(pack.rules.first)
        #expect(rule.id.description == "goteborg/dialogue")
        #expect(rule.description.severity == .info)
        #expect(rule.description.examples.pass.map(\.yaml) == ["kind: iop\nprinciples: { dialogue: Ja }\n"])
        #expect(rule.description.examples.fail.map(\.yaml) == ["kind: iop\n"])
    }

    @Test func unknownKeySuggestsTheNearest() {
        let errors = RuleFileFixture.errors(
            RuleFileFixture.pack("  - { id: a, severity: info, summary: s, mesage: m, check: { present: true } }"))
        #expect(errors.contains("4:42 unknown key `mesage` in `rules[0]`; did you mean `message`?"))
    }

    @Test func unknownCheckSuggestsTheNearest() {
        let errors = RuleFileFixture.errors(
            RuleFileFixture.pack(RuleFileFixture.rule(given: "title", check: "{ non-emtpy: true }")))
        #expect(errors == ["9:14 unknown check `non-emtpy`; did you mean `non-empty`?"])
    }

    @Test func regexThatDoesNotCompileIsReportedAtItsProblem() {
        let errors = RuleFileFixture.errors(
            RuleFileFixture.pack(RuleFileFixture.rule(given: "title", check: "{ pattern: \"(open\" }")))
        #expect(errors == ["9:24 the regular expression `(open` does not compile: `(` is not closed by `)`"])
    }

    @Test func selectorErrorPointsInsideTheSelector() {
        let errors = RuleFileFixture.errors(
            RuleFileFixture.pack(RuleFileFixture.rule(given: "parties[?type]", check: "{ present: true }")))
        #expect(errors == ["8:25 invalid selector `parties[?type]`: expected `=` or `!=`"])
    }

    @Test func duplicateRuleIDNamesTheFirstLine() {
        let rule = "  - { id: same, severity: info, summary: s, message: m, check: { present: true } }"
        let errors = RuleFileFixture.errors(RuleFileFixture.pack(rule + "\n" + rule))
        #expect(errors == ["5:11 rule id `test/same` is already used on line 4"])
    }

    @Test func messageMissingALanguageIsAnError() {
        let errors = RuleFileFixture.errors(
            RuleFileFixture.pack(
                "  - { id: a, severity: info, summary: s, message: { en: Only English }, check: { present: true } }"))
        #expect(errors == ["4:51 `rules[0].message` is missing its `sv` text: give both `en` and `sv`"])
    }

    @Test func wrongTypesAreErrors() {
        let errors = RuleFileFixture.errors(
            RuleFileFixture.pack("  - { id: a, severity: fatal, summary: [s], message: m, check: { min-length: -1 } }"))
        #expect(
            errors == [
                "4:24 severity `fatal` must be error, warning or info",
                "4:40 `rules[0].summary` must be text, or a map with `en` and `sv`",
                "4:78 `rules[0].check.min-length` must be a whole number of at least 0",
            ])
    }

    @Test func missingRequiredKeysAreNamed() {
        let errors = RuleFileFixture.errors("iop-lint-rules: 1\npack: test\nrules:\n  - { id: a }\n")
        #expect(
            errors == [
                "4:5 `rules[0]` needs the key `severity`", "4:5 `rules[0]` needs the key `summary`",
                "4:5 `rules[0]` needs the key `message`", "4:5 `rules[0]` needs the key `check`",
            ])
    }

    @Test func versionAndPackNameAreChecked() {
        let errors = RuleFileFixture.errors("iop-lint-rules: 2\npack: Göteborg\nrules: []\n")
        #expect(
            errors == [
                "1:17 rule-file version 2 is not supported; use 1",
                "2:7 pack name `Göteborg` must be lower-case letters, digits and -",
            ])
    }

    @Test func yamlErrorsInARuleFileAreReportedWithTheirPosition() {
        let errors = RuleFileFixture.errors("iop-lint-rules: 1\npack: [test\n")
        #expect(errors.count == 1)
        #expect(errors[0].hasPrefix("3:1 YAML syntax error"))
    }

    @Test func misspeltPlaceholderIsAnError() {
        let errors = RuleFileFixture.errors(
            RuleFileFixture.pack(
                "  - { id: a, severity: info, summary: s, message: \"{{vaule}} saknas\", check: { present: true } }"))
        #expect(errors == ["4:51 unknown placeholder `{{vaule}}`; did you mean `{{value}}`?"])
    }

    @Test func everyErrorOfAFileIsReportedNotJustTheFirst() {
        let errors = RuleFileFixture.errors(
            RuleFileFixture.pack(
                "  - { id: a, severity: nope, summary: s, message: m, given: \"x[\", check: { bogus: true } }"))
        #expect(errors.count == 3)
    }

    @Test func oneOfMustBeAList() {
        let errors = RuleFileFixture.errors(
            RuleFileFixture.pack(RuleFileFixture.rule(given: "kind", check: "{ one-of: iop }")))
        #expect(errors == ["9:22 `one-of` must be a list of values (`one-of: [a, b]`)"])
    }

    @Test(arguments: [
        (
            "{ min-length: 10, max-length: 5 }",
            "9:26 `min-length` (10) is greater than `max-length` (5): no value could pass"
        ),
        ("{ minimum: 2.5, maximum: 1 }", "9:23 `minimum` (2.5) is greater than `maximum` (1): no value could pass"),
        ("{ count: { min: 3, max: 1 } }", "9:28 `min` (3) is greater than `max` (1): no value could pass"),
    ])
    func aLowerBoundAboveTheUpperIsAnError(check: String, expected: String) {
        let errors = RuleFileFixture.errors(RuleFileFixture.pack(RuleFileFixture.rule(given: "title", check: check)))
        #expect(errors == [expected])
    }

    @Test func aBadPackNameIsReportedAloneNotWithEveryRuleID() {
        let rule = "  - { id: good-id, severity: info, summary: s, message: m, check: { present: true } }"
        let errors = RuleFileFixture.errors("iop-lint-rules: 1\npack: Kommun_Regler\nrules:\n" + rule + "\n")
        #expect(errors == ["2:7 pack name `Kommun_Regler` must be lower-case letters, digits and -"])
    }
}
