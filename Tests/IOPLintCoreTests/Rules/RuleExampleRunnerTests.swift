import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct RuleExampleRunnerTests {
    static func rule(pass: String) throws -> any Rule {
        let text = """
            iop-lint-rules: 1
            pack: prov
            rules:
              - id: title
                severity: warning
                summary: { en: A title, sv: En titel }
                message: { en: Give the agreement a title., sv: Ge överenskommelsen en titel. }
                given: title
                check: { non-empty: true }
                examples:
                  pass:
                    - \(pass)
                  fail:
                    - "title: ''"

            """
        return try #require(try RuleFileLoader().load(text, file: "prov.yml").rules.first)
    }

    @Test func aPassExampleThatIsValidYAMLAndGivesNoFindingPasses() throws {
        let outcome = RuleExampleRunner().run(try Self.rule(pass: "\"title: Läxhjälp\""))
        #expect(outcome.misbehaviours.isEmpty)
    }

    @Test func aPassExampleThatIsNotValidYAMLFails() throws {
        let outcome = RuleExampleRunner().run(try Self.rule(pass: "\"title: [Läxhjälp\""))
        #expect(outcome.misbehaviours.count == 1)
        let misbehaviour = try #require(outcome.misbehaviours.first)
        #expect(misbehaviour.example == 1)
        guard case .passExampleIsNotYAML(let message, let position) = misbehaviour.kind else {
            Issue.record("expected a YAML problem, got \(misbehaviour.kind)")
            return
        }
        #expect(message.en.hasPrefix("YAML syntax error: "))
        #expect(message.sv.hasPrefix("YAML-syntaxfel: "))
        #expect(position.line == 2, "libyaml finds the list unclosed at the end of the text")
    }
}
