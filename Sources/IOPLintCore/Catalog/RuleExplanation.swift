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
            parts.append(
                (sv ? "## Varför\n" : "## Why it matters\n")
                    + rule.rationale[language].trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if let source = rule.source { parts.append((sv ? "## Källa\n" : "## Source\n") + source) }
        parts.append(
            (sv ? "## Gäller\n" : "## Applies\n")
                + (rule.appliesWhen.map { sv ? "När `\($0)`." : "When `\($0)`." }
                    ?? (sv ? "Alla överenskommelser." : "Every agreement.")))
        if !rule.examples.pass.isEmpty {
            parts.append(
                (sv ? "## Godkänns\n" : "## Passes\n")
                    + rule.examples.pass.map { Markdown.code($0.yaml) }.joined(separator: "\n").trimmingCharacters(
                        in: .newlines))
        }
        if !rule.examples.fail.isEmpty {
            parts.append(
                (sv ? "## Underkänns\n" : "## Fails\n")
                    + rule.examples.fail.map { Markdown.code($0.yaml) }.joined(separator: "\n").trimmingCharacters(
                        in: .newlines))
        }
        parts.append((sv ? "## Stänga av\n" : "## Switching it off\n") + switchingOff(sv: sv))
        return parts.joined(separator: "\n\n") + "\n"
    }

    private func switchingOff(sv: Bool) -> String {
        let id = rule.id.description
        let lines =
            sv
            ? [
                "- för en rad i överenskommelsen, med ett skäl: `# iop-lint-disable-next-line \(id) -- skäl`",
                "- för en hel fil: `# iop-lint-disable-file \(id) -- skäl`",
                "- i `.iop-lint.yml`: `severity: { \(id): off }` (eller `info`, `warning`, `error`)",
                "- för en körning: `iop-lint --disable \(id) …`",
            ]
            : [
                "- for one line of the agreement, with a reason: `# iop-lint-disable-next-line \(id) -- reason`",
                "- for a whole file: `# iop-lint-disable-file \(id) -- reason`",
                "- in `.iop-lint.yml`: `severity: { \(id): off }` (or `info`, `warning`, `error`)",
                "- for one run: `iop-lint --disable \(id) …`",
            ]
        return lines.joined(separator: "\n")
    }
}
