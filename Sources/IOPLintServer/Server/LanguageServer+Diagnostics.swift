import Foundation
import IOPLintCore

extension LanguageServer {
    /// The diagnostics of a lint: one per finding that counts, or one per failure of the
    /// configuration (at the start of the document, since nothing could be linted).
    func diagnostics(of outcome: DocumentLinter.Outcome, in document: OpenDocument) -> [Diagnostic] {
        let language = outcome.language
        let failures = outcome.failures.map { failure in
            Diagnostic(
                range: LSPRange(at: Position(line: 0, character: 0)), severity: .error, code: nil,
                message: failure.shown(in: language))
        }
        let findings = (outcome.result?.findings ?? []).map { finding in
            diagnostic(of: finding, rule: outcome.rules[finding.ruleID], language: language, layout: document.layout)
        }
        return failures + findings
    }

    func diagnostic(of finding: Finding, rule: RuleDescription?, language: Language, layout: TextLayout) -> Diagnostic {
        var data: [String: JSONValue] = ["rule": .string(finding.ruleID.description)]
        if let suggestion = finding.message.suggestedName { data["suggestion"] = .string(suggestion) }
        return Diagnostic(
            range: layout.range(of: finding.range, in: encoding), severity: Self.severity(finding.severity),
            code: finding.ruleID.description,
            codeDescription: rule?.source.flatMap(Self.firstURL).map { Diagnostic.CodeDescription(href: $0) },
            message: finding.message[language], data: .object(data))
    }

    static func severity(_ severity: Severity) -> Diagnostic.Severity {
        switch severity {
        case .error: .error
        case .warning: .warning
        case .info: .information
        }
    }

    /// The first `http://` or `https://` address in `text` (a rule's source), without the
    /// punctuation that may close a sentence after it.
    static func firstURL(in text: String) -> String? {
        guard let start = text.range(of: "https://") ?? text.range(of: "http://") else { return nil }
        var url = String(text[start.lowerBound...].prefix { !$0.isWhitespace && $0 != ">" && $0 != "\"" })
        while let last = url.last, ".,;:)]".contains(last) { url.removeLast() }
        return url.contains(".") ? url : nil
    }
}
