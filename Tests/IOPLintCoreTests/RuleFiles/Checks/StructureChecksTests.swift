import Testing

@testable import IOPLintCore

/// The checks about presence, types, values, lists and references.
@Suite struct StructureChecksTests {
    typealias F = RuleFileFixture

    @Test func presentFailsAtTheParentKeyWhenMissing() throws {
        let agreement = "iop-lint: 1\nproblem:\n  evidence: [SCB]\n"
        #expect(
            try F.check("{ present: true }", given: "problem.statement", on: agreement) == [
                "2:1 problem.statement at problem.statement: ||||||"
            ])
        #expect(try F.check("{ present: true }", given: "problem.evidence", on: agreement) == [])
    }

    @Test func nonEmptyRejectsBlankValues() throws {
        for value in ["\"\"", "\"   \"", "[]", "{}", "~"] {
            let findings = try F.check("{ non-empty: true }", given: "x-note", on: "iop-lint: 1\nx-note: \(value)\n")
            #expect(findings.count == 1, "\(value)")
        }
        // A list where text belongs is `format/type`'s finding alone.
        #expect(try F.check("{ non-empty: true }", given: "title", on: "iop-lint: 1\ntitle: []\n") == [])
        #expect(try F.check("{ non-empty: true }", given: "title", on: "iop-lint: 1\ntitle: Läxhjälp\n") == [])
    }

    @Test func aValueOfTheWrongTypeIsThereNotMissing() throws {
        // `format/type` reports `type: kommun`; the checks that need the type stay silent.
        let agreement = "iop-lint: 1\nparties:\n  - { id: a, name: A, type: kommun }\n"
        #expect(try F.check("{ has-keys: [name, type] }", given: "parties[*]", on: agreement) == [])
        #expect(try F.check("{ present: true }", given: "parties[0].type", on: agreement) == [])
        #expect(try F.check("{ count: { min: 1, where: { type: public } } }", given: "parties", on: agreement) == [])
        let company = "iop-lint: 1\nparties:\n  - { id: a, name: A, type: company }\n"
        #expect(try F.check("{ count: { min: 1, where: { type: public } } }", given: "parties", on: company).count == 1)
        #expect(try F.check("{ count: { max: 0, where: { type: public } } }", given: "parties", on: agreement) == [])
        let missing = "iop-lint: 1\nparties:\n  - { id: a, name: A }\n"
        #expect(try F.check("{ has-keys: [name, type] }", given: "parties[*]", on: missing).count == 1)
    }

    @Test func hasKeysTogetherIsOneFindingNamingEveryMissingKey() throws {
        let agreement = "iop-lint: 1\ngoals:\n  objectives:\n    - { description: Fler i arbete, target: 35 }\n"
        let check = "{ has-keys: { keys: [indicator, target, by], together: true } }"
        #expect(
            try F.check(check, given: "goals.objectives[*]", on: agreement) == [
                "4:7 goals.objectives[0] at goals.objectives[0]: |||||`indicator`, `by`|"
            ])
        #expect(
            try F.check("{ has-keys: [indicator, target, by] }", given: "goals.objectives[*]", on: agreement).count == 2
        )
        #expect(try F.check(check, given: "goals.objectives[*]", on: "iop-lint: 1\n").count == 1)
    }

    @Test func nothingSelectedPassesTheOtherChecks() throws {
        #expect(try F.check("{ min-words: 25 }", given: "problem.statement", on: "iop-lint: 1\n") == [])
    }

    @Test func typeOneOfAndPattern() throws {
        let agreement = "iop-lint: 1\nx-a: 12\nx-b: text\nx-c: 2025-01-01\n"
        #expect(try F.check("{ type: number }", given: "x-a", on: agreement) == [])
        #expect(try F.check("{ type: number }", given: "x-b", on: agreement).count == 1)
        #expect(try F.check("{ type: date }", given: "x-c", on: agreement) == [])
        #expect(try F.check("{ one-of: [text, other] }", given: "x-b", on: agreement) == [])
        #expect(try F.check("{ one-of: [other] }", given: "x-b", on: agreement).count == 1)
        #expect(try F.check("{ pattern: \"^T\" }", given: "x-b", on: agreement) == [], "patterns ignore case")
        #expect(try F.check("{ not-pattern: \"ex\" }", given: "x-b", on: agreement).count == 1)
    }

    @Test func lengthsWordsAndBoundsFillTheirPlaceholders() throws {
        let agreement = "iop-lint: 1\ntitle: Läxhjälp i Gottsunda\nx-list: [a, b, c]\nx-n: 7\n"
        #expect(
            try F.check("{ min-words: 4 }", given: "title", on: agreement) == [
                "2:8 title at title: Läxhjälp i Gottsunda||3|4|||"
            ])
        #expect(try F.check("{ max-length: 2 }", given: "x-list", on: agreement) == ["3:9 x-list at x-list: ||3||2||"])
        #expect(try F.check("{ min-length: 1, max-length: 3 }", given: "x-list", on: agreement) == [])
        #expect(
            try F.check("{ minimum: 1, maximum: 5 }", given: "x-n", on: agreement) == ["4:6 x-n at x-n: 7||7|1|5||"])
    }

    @Test func countWithWhere() throws {
        let agreement = """
            iop-lint: 1
            parties:
              - { id: a, type: public }
              - { id: b, type: idea-based }
              - { id: c, type: public }
            """
        #expect(try F.check("{ count: { min: 2, where: { type: public } } }", given: "parties", on: agreement) == [])
        #expect(
            try F.check("{ count: { min: 2, where: { type: idea-based } } }", given: "parties", on: agreement) == [
                "3:3 parties at parties: ||1|2|||"
            ])
        // `goals` is missing: reported where it belongs, after `parties`.
        let missingGoals = try F.check("{ count: { min: 1 } }", given: "goals.objectives", on: agreement)
        #expect(missingGoals == ["6:1 goals at goals: ||0|1|||"])
    }

    @Test func uniqueReportsEachRepeat() throws {
        let agreement = "iop-lint: 1\nx-list: [{ n: a }, { n: b }, { n: a }]\nx-plain: [a, a]\n"
        #expect(
            try F.check("{ unique: n }", given: "x-list", on: agreement) == ["2:35 x-list[2].n at x-list[2].n: a||||||"]
        )
        #expect(
            try F.check("{ unique: true }", given: "x-plain", on: agreement) == [
                "3:14 x-plain[1] at x-plain[1]: a||||||"
            ])
    }

    @Test func refersToAndReferencedByWithMin() throws {
        let agreement = """
            iop-lint: 1
            parties: [{ id: a, type: idea-based }, { id: b, type: public }]
            initiative: { by: [b] }
            resources: [{ party: a }, { party: a }, { party: b }]
            """
        #expect(
            try F.check("{ refers-to: \"parties[?type=idea-based].id\" }", given: "initiative.by[*]", on: agreement)
                == [
                    "3:20 initiative.by[0] at initiative.by[0]: b||||||"
                ])
        #expect(try F.check("{ referenced-by: \"resources[*].party\" }", given: "parties[*].id", on: agreement) == [])
        #expect(
            try F.check(
                "{ referenced-by: { selector: \"resources[*].party\", min: 2 } }", given: "parties[*].id", on: agreement
            ) == [
                "2:46 parties[1].id at parties[1].id: b||1|2|||"
            ])
    }

    @Test func hasKeysGivesOneFindingPerMissingKey() throws {
        let agreement = "iop-lint: 1\nparties:\n  - id: a\n    mandate: { body: Styrelsen }\n"
        #expect(
            try F.check("{ has-keys: [body, decision, date] }", given: "parties[*].mandate", on: agreement) == [
                "4:5 parties[0].mandate.date at parties[0].mandate.date: |||||date|",
                "4:5 parties[0].mandate.decision at parties[0].mandate.decision: |||||decision|",
            ])
    }
}
