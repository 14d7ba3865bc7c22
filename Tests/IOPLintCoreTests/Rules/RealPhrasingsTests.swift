import Foundation
import IOPYAML
import Testing

@testable import IOPLintCore

/// One phrase from a real, published text (`Fixtures/real-phrasings.yaml`): the rule it concerns,
/// whether the rule must fire on it, and its source.
struct RealPhrasing: Sendable, CustomTestStringConvertible {
    var rule: RuleID
    var at: String
    var text: String
    var fires: Bool
    var with: String
    var source: String

    var testDescription: String { "\(rule) \(fires ? "fires on" : "passes") “\(text)”" }

    static let fixture = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/real-phrasings.yaml")

    static var all: [RealPhrasing] {
        guard let text = try? String(contentsOf: fixture, encoding: .utf8),
            let items = YAMLLoader().load(text).documents.first?.root.sequence
        else { return [] }
        return items.compactMap { item in
            guard let rule = item["rule"]?.text.flatMap(RuleID.init), let at = item["at"]?.text,
                let phrase = item["text"]?.text, let source = item["source"]?.text
            else { return nil }
            return RealPhrasing(
                rule: rule, at: at, text: phrase, fires: item["fires"]?.text == "true",
                with: item["with"]?.text ?? "", source: source)
        }
    }

    /// Where a phrase goes in the small IOP around it; `TEXT` is replaced by the phrase.
    static let templates: [String: String] = [
        "economy.payment": "economy:\n  payment: TEXT\n",
        "economy.budget": "economy:\n  budget:\n    - { item: TEXT, amount: 100000, party: foreningen }\n",
        "commitments": "commitments:\n  - party: foreningen\n    what: TEXT\n",
        "activities": "activities:\n  - what: TEXT\n",
        "term.extension": "term:\n  start: 2025-01-01\n  end: 2027-12-31\n  extension: TEXT\n",
        "goals.overall": "goals:\n  overall: TEXT\n",
        "initiative.description": "initiative:\n  by: [foreningen]\n  description: TEXT\n",
        "background": "background: TEXT\n",
        "legal-assessment.procurement": "legal-assessment:\n  procurement: TEXT\n",
    ]

    /// The agreement the phrase is tested in.
    var agreement: String? {
        guard let template = Self.templates[at] else { return nil }
        let quoted =
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
        return "kind: iop\nlanguage: sv\n" + template.replacingOccurrences(of: "TEXT", with: quoted) + with
    }
}

@Suite struct RealPhrasingsTests {
    @Test func thereAreAtLeastFortyPhrasingsWithTheirSources() {
        let all = RealPhrasing.all
        #expect(all.count >= 40)
        #expect(all.allSatisfy { $0.source.contains("http") }, "every phrase names its source with an address")
        #expect(all.contains { $0.fires } && all.contains { !$0.fires })
    }

    @Test(arguments: RealPhrasing.all)
    func ruleFiresOnARealPhrasingExactlyWhenItShould(_ phrasing: RealPhrasing) throws {
        let rule = try #require(RuleRegistry.builtIn[phrasing.rule], "no rule \(phrasing.rule)")
        let agreement = try #require(phrasing.agreement, "no template for `\(phrasing.at)`")
        let findings = Linter(rules: [rule]).lint(bytes: Array(agreement.utf8), path: "phrase.yaml").findings
        #expect(!findings.isEmpty == phrasing.fires, "\(phrasing.source)\n\(agreement)\n\(findings.map(\.message.en))")
    }
}
