import IOPLintCore
import IOPYAML

extension LanguageServer {
    /// For a finding about a missing top-level section (``Finding/isMissing``: it sits where the
    /// section belongs), the section's skeleton inserted there, as `iop-lint init` writes it: its
    /// comment, its keys and placeholders, for the document's kind (`iop` when it does not say),
    /// in the document's `language` (else the one messages are shown in), indented as the
    /// document's top-level keys are.
    ///
    /// Offered only when, applied and linted, the edit makes the finding go away and adds no
    /// `format/…` finding (the text stays a valid agreement).
    func missingSectionFix(
        for finding: Finding, in document: OpenDocument, outcome: DocumentLinter.Outcome
    ) -> (title: String, edit: TextEdit)? {
        guard finding.isMissing, case .key(let section)? = finding.path.components.first else { return nil }
        let loaded = DocumentLoader().load(bytes: Array(document.text.utf8)).documents
        guard let agreement = loaded.first(where: { $0.index == finding.documentIndex }) else { return nil }
        let template = AgreementTemplate(
            kind: agreement.agreement.kind?.value ?? .iop, language: agreement.language ?? outcome.language)
        guard let skeleton = template.section(section) else { return nil }
        let edit = insertion(of: skeleton, at: finding.range.start, in: document, root: agreement.root)
        guard let result = lint(applying: edit, to: document) else { return nil }
        let stillMissing = result.findings.contains {
            $0.ruleID == finding.ruleID && $0.documentIndex == finding.documentIndex && $0.path == finding.path
        }
        let formatFindings = { (findings: [Finding]) in findings.filter { $0.ruleID.pack == "format" }.count }
        guard !stillMissing, formatFindings(result.findings) <= formatFindings(outcome.result?.findings ?? [])
        else { return nil }
        let title = LocalizedText(
            en: "Add the missing section `\(section)`", sv: "Lägg till det saknade avsnittet `\(section)`")
        return (title[outcome.language], edit)
    }

    /// `skeleton` (lines at no indentation) inserted at `place` (the start of a line, the first
    /// key, or the end of a last line without line break) as whole lines: each indented as the
    /// keys of `root` are, after a line break when `place` ends a line.
    private func insertion(
        of skeleton: String, at place: SourcePosition, in document: OpenDocument, root: YAMLNode?
    ) -> TextEdit {
        let layout = document.layout
        var offset = layout.offset(of: place)
        // Before the first key (no section comes before the missing one): at the start of its line.
        let lineStart = layout.lineStart(layout.lineNumber(ofOffset: offset))
        if layout.scalars[lineStart..<offset].allSatisfy({ $0 == " " }) { offset = lineStart }
        let keyColumn = root?.mapping?.first?.key.range.start.column ?? 1
        let indentation = String(repeating: " ", count: max(0, keyColumn - 1))
        let lines = skeleton.split(separator: "\n", omittingEmptySubsequences: false)
        var text =
            lines.prefix(skeleton.hasSuffix("\n") ? lines.count - 1 : lines.count)
            .map { $0.isEmpty ? "" : indentation + $0 }.joined(separator: "\n") + "\n"
        if offset != lineStart { text = "\n" + text }
        let position = layout.position(ofOffset: offset, in: encoding)
        return TextEdit(range: LSPRange(at: position), newText: text)
    }
}
