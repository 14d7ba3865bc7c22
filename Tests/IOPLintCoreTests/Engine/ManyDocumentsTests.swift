import IOPYAML
import Testing

@testable import IOPLintCore

/// Five findings at the title of every document.
private struct FivePerDocumentRule: Rule {
    let description = RuleDescription(
        id: RuleID("test/five")!, severity: .warning, summary: LocalizedText("five"), message: LocalizedText("five"),
        rationale: LocalizedText("test"), examples: RuleExamples())

    func check(_ document: LintDocument) -> [RuleViolation] {
        let range = document.root?["title"]?.range ?? SourceRange(at: .start)
        return (0..<5).map { _ in RuleViolation(message: LocalizedText("five"), path: .root, range: range) }
    }
}

/// A file of many small documents is linted in time linear in their number: nothing is done
/// per document over the findings or suppressions of the whole file. (Linear, 40 000 documents
/// take about ten seconds in a debug build; quadratic, minutes, so the test fails by its time
/// limit of one minute, the shortest there is. No time is asserted. Findings collected with an
/// exact `reserveCapacity` per rule once took 20 000 documents from 5 to 56 seconds.)
@Suite struct ManyDocumentsTests {
    @Test(.timeLimit(.minutes(1)))
    func manyDocumentsWithFindingsAndSuppressionsStayLinear() {
        let count = 40_000
        var text = ""
        for index in 0..<count {
            let suppression = index % 2 == 0 ? "# iop-lint-disable-next-line test/five -- kept on purpose\n" : ""
            text += "---\niop-lint: 1\n\(suppression)title: Avtal \(index)\n"
        }
        let result = Linter(rules: FormatRules.all + [FivePerDocumentRule()]).lint(
            bytes: Array(text.utf8), path: "many.yaml")
        #expect(result.findings.count == count / 2 * 5)
        #expect(result.suppressed.count == count / 2 * 5)
        #expect(Set(result.findings.map(\.documentIndex)).count == count / 2)
        #expect(result.findings.allSatisfy { $0.documentIndex % 2 == 1 })
    }
}
