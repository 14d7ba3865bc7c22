import IOPYAML
import Testing

@testable import IOPLintCore

/// The `format` pack as a whole: severities as agreement-format.md gives them, each rule reports
/// only its own kind of problem, and every message exists in English and Swedish.
@Suite struct FormatRulesTests {
    @Test func severitiesFollowTheFormatTable() {
        let severities = Dictionary(
            uniqueKeysWithValues: FormatRules.all.map { ($0.id.description, $0.description.severity) })
        #expect(
            severities == [
                "format/yaml-syntax": .error, "format/duplicate-key": .error, "format/version": .error,
                "format/unknown-key": .warning, "format/type": .error, "format/date": .error,
                "format/unknown-party": .error, "format/duplicate-id": .error, "format/limits": .error,
                "format/unused-suppression": .warning,
            ])
    }

    @Test func everyFormatRuleRunsOnUnreadableDocuments() {
        #expect(FormatRules.all.allSatisfy { $0.checksUnreadableDocuments })
        #expect(FormatRules.all.allSatisfy { $0.id.pack == "format" })
    }

    @Test func eachRuleReportsOnlyItsOwnKindOfProblem() {
        let yaml = """
            titel: Läxhjälp
            kind: partnerskap
            kind: iop
            parties: [{ id: a }, { id: a }]
            term: { start: 2025-02-30 }
            commitments: [{ party: b }]

            """
        let all = CoreTestSupport.findings(yaml)
        #expect(Set(all.map(\.ruleID.description)).count == 7)
        for rule in FormatRules.all {
            let own = CoreTestSupport.findings(yaml, rules: [rule])
            #expect(own == all.filter { $0.ruleID == rule.id }, "\(rule.id)")
        }
    }

    struct MessageCase: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var rule: String
        var testDescription: String { name }

        init(_ name: String, _ text: String, _ rule: String) {
            self.init(name, Array(text.utf8), rule)
        }

        init(_ name: String, _ bytes: [UInt8], _ rule: String) {
            self.name = name
            self.bytes = bytes
            self.rule = rule
        }
    }

    static let messageCases: [MessageCase] = [
        MessageCase("syntax error", "iop-lint: 1\ntitle: [\n", "format/yaml-syntax"),
        MessageCase("invalid UTF-8", [0x69, 0x3A, 0x20, 0xC3, 0x28, 0x0A], "format/yaml-syntax"),
        MessageCase("empty file", "", "format/yaml-syntax"),
        MessageCase("binary file", [0x61, 0x00], "format/yaml-syntax"),
        MessageCase("undefined alias", "iop-lint: 1\ntitle: *a\n", "format/yaml-syntax"),
        MessageCase("duplicate key", "iop-lint: 1\ntitle: a\ntitle: b\n", "format/duplicate-key"),
        MessageCase("missing version", "title: a\n", "format/version"),
        MessageCase("unsupported version", "iop-lint: 7\n", "format/version"),
        MessageCase("unknown key", "iop-lint: 1\ntitel: a\n", "format/unknown-key"),
        MessageCase("unknown nested key", "iop-lint: 1\nterm: { slut: 2028-01-01 }\n", "format/unknown-key"),
        MessageCase("wrong type", "iop-lint: 1\ntitle: [a]\n", "format/type"),
        MessageCase("enumeration", "iop-lint: 1\nkind: partnerskap\n", "format/type"),
        MessageCase("representation", "iop-lint: 1\nicld: { core-areas: [representation] }\n", "format/type"),
        MessageCase("out of range", "iop-lint: 1\nresources: [{ amount: -1 }]\n", "format/type"),
        MessageCase("non-text key", "iop-lint: 1\n[a]: b\n", "format/type"),
        MessageCase("not a map", "[iop-lint]\n", "format/type"),
        MessageCase("invalid date", "iop-lint: 1\nterm: { start: 2025-02-30 }\n", "format/date"),
        MessageCase(
            "unknown party", "iop-lint: 1\nparties: [{ id: ab }]\ncommitments: [{ party: ac }]\n",
            "format/unknown-party"),
        MessageCase("duplicate id", "iop-lint: 1\nparties: [{ id: a }, { id: a }]\n", "format/duplicate-id"),
        MessageCase("deep nesting", "iop-lint: 1\nx-a: " + String(repeating: "[", count: 257) + "\n", "format/limits"),
        MessageCase(
            "alias bomb",
            "iop-lint: 1\nx-a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nx-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nx-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nx-f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                + "x-g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n",
            "format/limits"),
    ]

    @Test(arguments: messageCases)
    func messageIsTranslatedIntoSwedish(_ messageCase: MessageCase) {
        let found = CoreTestSupport.findings(bytes: messageCase.bytes)
        #expect(found.map(\.ruleID.description) == [messageCase.rule])
        guard let message = found.first?.message else { return }
        #expect(!message.en.isEmpty)
        #expect(!message.sv.isEmpty)
        #expect(message.en != message.sv)
        #expect(message[.en] == message.en)
        #expect(message[.sv] == message.sv)
    }
}
