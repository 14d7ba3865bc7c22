import Foundation

/// The full documentation of one rule, for `iop-lint explain`: what it checks, why, the source,
/// when it runs, what passes and fails (its own examples), and how to switch it off.
public struct RuleExplanation: Sendable {
    public var rule: RuleDescription
    public var language: Language

    public init(rule: RuleDescription, language: Language) {
        self.rule = rule
        self.language = language
    }

    /// Markdown-flavoured text, readable in a terminal.
    public func render() -> String {
        let sv = language == .sv
        var parts = ["# \(rule.id) (\(rule.severity.name(in: language)))", rule.summary[language]]
        if !rule.rationale[language].isEmpty {
            parts.append((sv ? "## Varför\n" : "## Why it matters\n") + rule.rationale[language].trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if let source = rule.source { parts.append((sv ? "## Källa\n" : "## Source\n") + source) }
        parts.append(
            (sv ? "## Gäller\n" : "## Applies\n")
                + (rule.appliesWhen.map { sv ? "När `\($0)`." : "When `\($0)`." } ?? (sv ? "Alla överenskommelser." : "Every agreement.")))
        if !rule.examples.pass.isEmpty {
            parts.append((sv ? "## Godkänns\n" : "## Passes\n") + rule.examples.pass.map { Markdown.code($0.yaml) }.joined(separator: "\n").trimmingCharacters(in: .newlines))
        }
        if !rule.examples.fail.isEmpty {
            parts.append((sv ? "## Underkänns\n" : "## Fails\n") + rule.examples.fail.map { Markdown.code($0.yaml) }.joined(separator: "\n").trimmingCharacters(in: .newlines))
        }
        parts.append(
            (sv ? "## Stänga av\n" : "## Switching it off\n")
                + (sv ? "För en körning: `iop-lint --disable \(rule.id) …`" : "For one run: `iop-lint --disable \(rule.id) …`"))
        return parts.joined(separator: "\n\n") + "\n"
    }
}
