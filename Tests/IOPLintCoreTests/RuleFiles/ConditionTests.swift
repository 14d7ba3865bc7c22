import IOPYAML
import Testing

@testable import IOPLintCore

/// `when` and `applies-when`.
@Suite struct ConditionTests {
    typealias F = RuleFileFixture

    private let iop = "iop-lint: 1\nkind: iop\n"
    private let samverkan = "iop-lint: 1\nkind: samverkan\nparties: [{ id: bo, type: housing-company }]\n"

    @Test func appliesWhenLimitsThePack() throws {
        let pack = F.pack(
            F.rule(given: "problem.statement", check: "{ present: true }"), appliesWhen: "{ kind: { one-of: [iop] } }")
        #expect(try F.findings(pack, on: iop).count == 1)
        #expect(try F.findings(pack, on: samverkan).isEmpty)
        #expect(try F.findings(pack, on: "iop-lint: 1\n").isEmpty, "a missing kind matches nothing")
    }

    @Test func whenWithAnyOf() throws {
        let when =
            "{ any-of: [{ kind: { one-of: [samverkan] } }, { \"parties[*].type\": { one-of: [housing-company] } }] }"
        let pack = F.pack(F.rule(given: "area", check: "{ present: true }", when: when))
        #expect(try F.findings(pack, on: samverkan).count == 1)
        #expect(try F.findings(pack, on: iop).isEmpty)
    }

    @Test func whenWithNotAndAllOf() throws {
        let pack = F.pack(
            F.rule(given: "area", check: "{ present: true }", when: "{ not: { kind: { one-of: [iop] } } }"))
        #expect(try F.findings(pack, on: iop).isEmpty)
        #expect(try F.findings(pack, on: samverkan).count == 1)
        let both = F.pack(
            F.rule(
                given: "area", check: "{ present: true }",
                when: "{ all-of: [{ kind: { one-of: [samverkan] } }, { parties: { count: { min: 2 } } }] }"))
        #expect(try F.findings(both, on: samverkan).isEmpty)
    }
}

/// Conditions ask a check whether it holds (``Check/holds(for:in:)``) rather than for its
/// failures: the answer must be the same as the failures' being none.
@Suite struct CheckHoldsTests {
    private static let agreement = """
        iop-lint: 1
        kind: iop
        status: draft
        title: Läxhjälp i Flemingsberg
        parties:
          - { id: kommunen, type: public, name: Huddinge kommun }
          - { id: forening, type: idea-based }
          - { id: 7, type: [odd] }
          - ~
        """

    private static let checks = [
        "{ one-of: [iop, samverkan] }", "{ one-of: [kommunen, public] }", "{ non-empty: true }",
        "{ present: true }", "{ pattern: \"^[a-k]\" }", "{ min-length: 7 }",
        "{ all-of: [{ one-of: [public, idea-based] }, { pattern: \"^p\" }] }",
        "{ any-of: [{ one-of: [public] }, { max-length: 5 }] }", "{ not: { one-of: [iop, public] } }",
        "{ not: { all-of: [{ non-empty: true }, { one-of: [draft] }] } }",
    ]

    private static let selectors = ["kind", "status", "title", "parties[*].id", "parties[*].type", "parties[*]", "**"]

    @Test func aCheckHoldsWhereItFindsNothing() throws {
        let document = try #require(DocumentLoader().load(bytes: Array(Self.agreement.utf8)).documents.first)
        var answers: Set<Bool> = []
        for checkText in Self.checks {
            let root = try #require(YAMLLoader().load(checkText).documents.first?.root)
            let diagnostics = RuleFileDiagnostics(file: "test.yml")
            let check = try #require(CheckParser.parse(RuleFileNode(node: root, diagnostics: diagnostics, path: .root)))
            for selectorText in Self.selectors {
                let context = CheckContext(document: document, current: nil)
                for selected in try Selector.parse(selectorText).select(in: document).matches {
                    let holds = check.holds(for: selected, in: context)
                    #expect(
                        holds == check.evaluate(node: selected, in: context).isEmpty,
                        "\(checkText) at \(selected.path)")
                    answers.insert(holds)
                }
            }
        }
        #expect(answers == [true, false])
    }
}
