import IOPYAML

/// How often a rule's findings are right, in SARIF's words (`properties.precision`): GitHub
/// code scanning shows the alerts of the most precise rules first.
public enum RulePrecision: String, Sendable, CaseIterable {
    /// Facts about the file that a reader cannot dispute: the format rules (a key that is not
    /// in the format, a date that is not a date, a syntax error).
    case veryHigh = "very-high"
    /// Checks of the agreement's structure: something present, counted, referred to or dated.
    case high
    /// Judgements of the text (words that signal procurement, readability, sentence length):
    /// right in most agreements, but a reader may disagree.
    case medium
    /// Guesses that are often wrong. No built-in rule is this imprecise.
    case low

    /// The keys of the rule-file language whose checks judge text rather than structure.
    static let textJudgingChecks: Set<String> = [
        "terms-absent", "terms-present", "readability", "max-sentence-words", "pattern", "not-pattern",
    ]

    /// The precision of a rule-file rule whose `check` is `check`: ``medium`` when any check in
    /// it (at any depth of `all-of`, `any-of`, `not`, `some`) judges text, else ``high``.
    static func of(check: YAMLNode) -> RulePrecision {
        judgesText(check) ? .medium : .high
    }

    private static func judgesText(_ node: YAMLNode) -> Bool {
        if let pairs = node.mapping {
            return pairs.contains { pair in
                pair.key.scalar.map { textJudgingChecks.contains($0.value) } == true || judgesText(pair.value)
            }
        }
        return node.sequence?.contains(where: judgesText) ?? false
    }
}
