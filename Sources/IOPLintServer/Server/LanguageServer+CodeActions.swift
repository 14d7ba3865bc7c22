import IOPLintCore
import IOPYAML

extension LanguageServer {
    /// `textDocument/codeAction`: for each finding on the lines of the range, the fix when there is one safe
    /// answer (a misspelt key or value, a missing section), and switching the rule off for the line with a reason. Every edit is checked
    /// before it is offered: applied to the text and linted, it must make its finding go away
    /// (for a switch-off, once a reason is written).
    func codeActions(_ params: ClientParams.CodeActions) -> [CodeAction] {
        guard let document = documents[params.textDocument.uri] else { return [] }
        let outcome = outcome(of: document)
        let layout = document.layout
        // Whole lines: the cursor anywhere on a finding's line offers its actions.
        let lines = params.range.start.line...max(params.range.start.line, params.range.end.line)
        let findings = (outcome.result?.findings ?? []).filter { finding in
            let start = layout.lineNumber(ofOffset: layout.offset(of: finding.range.start))
            let end = layout.lineNumber(ofOffset: layout.offset(of: finding.range.end))
            return lines.overlaps(start...max(start, end))
        }
        var actions: [CodeAction] = []
        for finding in findings.prefix(Self.maximumFindingsPerRequest) {
            let diagnostic = diagnostic(
                of: finding, rule: outcome.rules[finding.ruleID], language: outcome.language, layout: layout)
            if let fix = suggestionFix(for: finding, in: document, language: outcome.language) {
                actions.append(
                    CodeAction(
                        title: fix.title, diagnostics: [diagnostic], isPreferred: true, uri: document.uri,
                        edits: [fix.edit]))
            }
            if let fix = missingSectionFix(for: finding, in: document, outcome: outcome) {
                actions.append(
                    CodeAction(
                        title: fix.title, diagnostics: [diagnostic], isPreferred: true, uri: document.uri,
                        edits: [fix.edit]))
            }
            if let edit = switchOffEdit(for: finding, in: document) {
                let title = LocalizedText(
                    en: "Switch off `\(finding.ruleID)` for this line, with a reason",
                    sv: "Stäng av `\(finding.ruleID)` för den här raden, med ett skäl")
                actions.append(
                    CodeAction(
                        title: title[outcome.language], diagnostics: [diagnostic], isPreferred: false,
                        uri: document.uri, edits: [edit]))
            }
        }
        return actions
    }

    /// Findings looked at per request, so that a request over a whole large file stays quick.
    static let maximumFindingsPerRequest = 20

    /// The "did you mean" of an unknown key, value or rule, or a party reference that differs
    /// from a party's id only by case: the flagged text replaced (inside its quotes, if any). A
    /// misspelt party reference gets no fix: which party was meant is for a person to say.
    private func suggestionFix(
        for finding: Finding, in document: OpenDocument, language: Language
    ) -> (title: String, edit: TextEdit)? {
        guard finding.range.start.line == finding.range.end.line, finding.ruleID.description != "format/unknown-party"
        else { return nil }
        let layout = document.layout
        var start = layout.offset(of: finding.range.start)
        var end = layout.offset(of: finding.range.end)
        guard start < end else { return nil }
        let written = layout.scalars[start..<end]
        if written.count >= 2, let quote = written.first, quote == "\"" || quote == "'", written.last == quote {
            start += 1
            end -= 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: layout.scalars[start..<end])
        let old = String(view)
        guard
            let suggestion = finding.message.suggestedName
                ?? partyID(differingByCaseFrom: old, at: finding, in: document)
        else { return nil }
        let edit = TextEdit(
            range: LSPRange(
                start: layout.position(ofOffset: start, in: encoding),
                end: layout.position(ofOffset: end, in: encoding)),
            newText: suggestion)
        guard removes(finding, applying: edit, to: document) else { return nil }
        let title = LocalizedText(en: "Change `\(old)` to `\(suggestion)`", sv: "Ändra `\(old)` till `\(suggestion)`")
        return (title[language], edit)
    }

    /// The id of a party of the finding's document that `written`, at a party reference, equals
    /// but for case (`Hela-Manniskan` for `hela-manniskan`).
    private func partyID(differingByCaseFrom written: String, at finding: Finding, in document: OpenDocument) -> String?
    {
        guard Self.isPartyReference(finding.path) else { return nil }
        let documents = DocumentLoader().load(bytes: Array(document.text.utf8)).documents
        let parties = documents.first { $0.index == finding.documentIndex }?.agreement.parties ?? []
        let ids = parties.compactMap { $0.id?.value }.filter {
            $0 != written && $0.lowercased() == written.lowercased()
        }
        return ids.count == 1 ? ids[0] : nil
    }

    /// A line `# iop-lint-disable-next-line RULE -- ` above the finding's line, indented as it
    /// is; the reason is left for the person to write.
    private func switchOffEdit(for finding: Finding, in document: OpenDocument) -> TextEdit? {
        let layout = document.layout
        let line = layout.lineNumber(ofOffset: layout.offset(of: finding.range.start))
        let text = layout.line(containing: layout.lineStart(line)).text
        let indentation = String(text.prefix { $0 == " " || $0 == "\t" })
        let comment = "\(indentation)# iop-lint-disable-next-line \(finding.ruleID) -- "
        let at = LSPRange(at: Position(line: line, character: 0))
        // Checked with a reason written, as the person will write one.
        let check = TextEdit(range: at, newText: comment + "reason\n")
        guard removes(finding, applying: check, to: document) else { return nil }
        return TextEdit(range: at, newText: comment + "\n")
    }

    /// Whether `edit` makes `finding` go away: no finding of its rule is left at its place (the
    /// place moved by the lines the edit adds).
    private func removes(_ finding: Finding, applying edit: TextEdit, to document: OpenDocument) -> Bool {
        guard let result = lint(applying: edit, to: document) else { return false }
        let added = edit.newText.filter { $0 == "\n" }.count
        return !result.findings.contains { other in
            other.ruleID == finding.ruleID && other.range.start.line == finding.range.start.line + added
                && other.range.start.column == finding.range.start.column
        }
    }

    /// The findings of `document` with `edit` applied, linted as the document is; `nil` when
    /// nothing could be linted.
    func lint(applying edit: TextEdit, to document: OpenDocument) -> FileResult? {
        var edited = document
        edited.apply([.init(range: edit.range, text: edit.newText)], version: document.version, encoding: encoding)
        let outcome = linter.lint(
            text: edited.text, path: path(of: document.uri), language: options.language ?? clientLanguage,
            fallback: clientLocaleLanguage ?? options.fallbackLanguage)
        guard outcome.failures.isEmpty else { return nil }
        return outcome.result
    }

    /// Whether the format expects a party's id at `path` (or it is an item of a list of them).
    static func isPartyReference(_ path: DocumentPath) -> Bool {
        var keyPath = path
        if case .index = path.components.last { keyPath = path.parent }
        guard let type = AgreementFormat.current.key(for: keyPath)?.type else { return false }
        return type == .partyReference || type == .list(.partyReference)
    }
}
