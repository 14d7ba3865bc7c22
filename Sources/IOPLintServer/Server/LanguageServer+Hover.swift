import IOPLintCore
import IOPYAML

extension LanguageServer {
    /// `textDocument/hover`: on a finding, its message and the rule's explanation (what it
    /// checks, why, its source and how to switch it off).
    func hover(_ params: ClientParams.AtPosition) -> Hover? {
        guard let document = documents[params.textDocument.uri] else { return nil }
        let outcome = outcome(of: document)
        let offset = document.layout.offset(of: params.position, in: encoding)
        let findings = (outcome.result?.findings ?? []).filter { finding in
            let start = document.layout.offset(of: finding.range.start)
            let end = document.layout.offset(of: finding.range.end)
            return start == end ? offset == start : (start..<end).contains(offset)
        }
        guard let first = findings.first else { return nil }
        let language = outcome.language
        var seen: Set<RuleID> = []
        let parts = findings.compactMap { finding -> String? in
            guard seen.insert(finding.ruleID).inserted else { return nil }
            let heading = "**\(finding.severity.name(in: language))** `\(finding.ruleID)`: \(finding.message[language])"
            guard let rule = outcome.rules[finding.ruleID] else { return heading }
            return heading + "\n\n" + RuleExplanation(rule: rule, language: language).render()
        }
        return Hover(
            markdown: parts.joined(separator: "\n\n---\n\n"),
            range: document.layout.range(of: first.range, in: encoding))
    }
}
