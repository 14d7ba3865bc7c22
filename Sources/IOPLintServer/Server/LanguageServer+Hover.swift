import IOPLintCore
import IOPYAML

extension LanguageServer {
    /// `textDocument/hover`: on a finding, its message and the rule's explanation (what it
    /// checks, why, its source and how to switch it off); on a key of the format, its reference
    /// entry; on a value of an enumeration, what the value means, then the key's entry.
    func hover(_ params: ClientParams.AtPosition) -> Hover? {
        guard let document = documents[params.textDocument.uri] else { return nil }
        let outcome = outcome(of: document)
        let layout = document.layout
        let offset = layout.offset(of: params.position, in: encoding)
        let findings = (outcome.result?.findings ?? []).filter { finding in
            let start = layout.offset(of: finding.range.start)
            let end = layout.offset(of: finding.range.end)
            return start == end ? offset == start : (start..<end).contains(offset)
        }
        let language = outcome.language
        var seen: Set<RuleID> = []
        var parts = findings.compactMap { finding -> String? in
            guard seen.insert(finding.ruleID).inserted else { return nil }
            let heading = "**\(finding.severity.name(in: language))** `\(finding.ruleID)`: \(finding.message[language])"
            guard let rule = outcome.rules[finding.ruleID] else { return heading }
            return heading + "\n\n" + RuleExplanation(rule: rule, language: language).render()
        }
        var range = findings.first.map { layout.range(of: $0.range, in: encoding) }
        if let entry = formatEntry(at: layout.sourcePosition(ofOffset: offset), in: document, language: language) {
            parts.append(entry.markdown)
            range = range ?? layout.range(of: entry.range, in: encoding)
        }
        guard !parts.isEmpty else { return nil }
        return Hover(markdown: parts.joined(separator: "\n\n---\n\n"), range: range)
    }

    /// The reference entry of the key at `position` (or of the key whose value is there).
    private func formatEntry(
        at position: SourcePosition, in document: OpenDocument, language: Language
    ) -> (markdown: String, range: SourceRange)? {
        let documents = DocumentLoader().load(bytes: Array(document.text.utf8)).documents
        for lintDocument in documents {
            guard let root = lintDocument.root, let (path, isKey, node) = root.location(of: position) else { continue }
            var keyPath = path
            if case .index = path.components.last { keyPath = path.parent }
            guard let key = AgreementFormat.current.key(for: keyPath) else { return nil }
            var text = FormatKeyText.markdown(key, in: language)
            if !isKey, let written = node.scalar?.value, let value = key.values.first(where: { $0.value == written }),
                !value.meaning[language].isEmpty
            {
                text = "`\(value.value)`: \(value.meaning[language])\n\n---\n\n" + text
            }
            let range = node.range
            return (text, range)
        }
        return nil
    }
}
