import IOPYAML
import Testing

@testable import IOPLintCore

/// One example of one rule: the examples are the rules' documentation, and this is their test.
struct RuleExampleCase: Sendable, CustomTestStringConvertible {
    enum Expectation: String, Sendable { case pass, fail }

    var ruleID: RuleID
    var expectation: Expectation
    var number: Int
    var yaml: String

    var testDescription: String { "\(ruleID) \(expectation) #\(number + 1)" }

    static var all: [RuleExampleCase] {
        RuleRegistry.builtIn.rules.flatMap { rule in
            let examples = rule.description.examples
            return examples.pass.enumerated().map {
                RuleExampleCase(ruleID: rule.id, expectation: .pass, number: $0.offset, yaml: $0.element.yaml)
            }
                + examples.fail.enumerated().map {
                    RuleExampleCase(ruleID: rule.id, expectation: .fail, number: $0.offset, yaml: $0.element.yaml)
                }
        }
    }
}

@Suite struct RuleExamplesTests {
    @Test(arguments: RuleExampleCase.all)
    func ruleExampleBehavesAsItSays(_ example: RuleExampleCase) throws {
        let rule = try #require(RuleRegistry.builtIn[example.ruleID])
        let findings = Linter(rules: [rule]).lint(bytes: Array(example.yaml.utf8), path: "example.yaml").findings
        #expect(findings.allSatisfy { $0.ruleID == example.ruleID })
        switch example.expectation {
        case .pass: #expect(findings.map(\.spot) == [], "\(example.yaml)")
        case .fail: #expect(!findings.isEmpty, "\(example.yaml)")
        }
    }

    /// A passing example of the `format` pack shows a well-formed fragment: no `format` rule
    /// objects to it.
    @Test(arguments: RuleExampleCase.all.filter { $0.expectation == .pass && $0.ruleID.pack == "format" })
    func passingExampleIsWellFormed(_ example: RuleExampleCase) {
        #expect(CoreTestSupport.findings(example.yaml, rules: FormatRules.all).map(\.spot) == [])
    }

    @Test func everyBuiltInRuleHasPassingAndFailingExamples() {
        for rule in RuleRegistry.builtIn.rules {
            #expect(!rule.description.examples.pass.isEmpty, "\(rule.id) has no passing example")
            #expect(!rule.description.examples.fail.isEmpty, "\(rule.id) has no failing example")
        }
    }
}
