import IOPYAML

/// Something wrong with an `iop-lint-disable…` comment, reported by `format/unused-suppression`.
struct SuppressionProblem: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// The comment starts with `iop-lint-disable` but is neither directive.
        case unknownDirective(String, suggestion: String?)
        /// The directive names no rule.
        case noRule(directive: String)
        /// A word where a rule id belongs is not of the form `pack/name`.
        case notARuleID(String)
        /// No ` -- reason`: the comment switches nothing off.
        case noReason
        /// An `iop-lint-disable-next-line` with no YAML after it.
        case nothingFollows
        /// A well-formed id that names no rule of the run.
        case unknownRule(String, suggestion: String?)
        /// A rule the suppression names, that ran and found nothing it covers.
        case suppressesNothing(RuleID, Suppression.Scope)
    }

    var kind: Kind
    var range: SourceRange

    /// The problem as an issue of `format/unused-suppression`, about the whole document.
    var issue: ModelIssue {
        ModelIssue(ruleID: .formatUnusedSuppression, message: message, path: .root, range: range)
    }

    var message: LocalizedText {
        switch kind {
        case .unknownDirective(let word, let suggestion?):
            return LocalizedText(
                en: "`\(word)` is not a suppression; did you mean `\(suggestion)`?",
                sv: "`\(word)` är ingen avstängning; menade du `\(suggestion)`?")
        case .unknownDirective(let word, nil):
            return LocalizedText(
                en: "`\(word)` is not a suppression: write `iop-lint-disable-next-line` or `iop-lint-disable-file`",
                sv: "`\(word)` är ingen avstängning: skriv `iop-lint-disable-next-line` eller `iop-lint-disable-file`")
        case .noRule(let directive):
            return LocalizedText(
                en:
                    "`\(directive)` names no rule: write the ids of the rules to switch off, then ` -- ` and the reason",
                sv:
                    "`\(directive)` anger ingen regel: skriv id för reglerna som ska stängas av, sedan ` -- ` och skälet"
            )
        case .notARuleID(let word):
            return LocalizedText(
                en: "`\(word)` is not a rule id (`pack/name`, such as `format/unknown-key`)",
                sv: "`\(word)` är inte ett regel-id (`paket/namn`, som `format/unknown-key`)")
        case .noReason:
            return LocalizedText(
                en:
                    "the suppression gives no reason, so it switches nothing off: add ` -- ` and why the rule does not apply",
                sv:
                    "avstängningen anger inget skäl och stänger därför inte av något: lägg till ` -- ` och varför regeln inte gäller"
            )
        case .nothingFollows:
            return LocalizedText(
                en: "no line of YAML follows `iop-lint-disable-next-line`, so it switches nothing off",
                sv: "ingen rad med YAML följer efter `iop-lint-disable-next-line`, så den stänger inte av något")
        case .unknownRule(let text, let suggestion?):
            return LocalizedText(
                en: "there is no rule `\(text)`; did you mean `\(suggestion)`?",
                sv: "det finns ingen regel `\(text)`; menade du `\(suggestion)`?")
        case .unknownRule(let text, nil):
            return LocalizedText(en: "there is no rule `\(text)`", sv: "det finns ingen regel `\(text)`")
        case .suppressesNothing(let id, .file):
            return LocalizedText(
                en: "`\(id)` is switched off for the whole file but finds nothing in it: remove it from the comment",
                sv: "`\(id)` stängs av för hela filen men hittar inget i den: ta bort den ur kommentaren")
        case .suppressesNothing(let id, .nextLine(let lines, _, _)):
            return LocalizedText(
                en:
                    "`\(id)` is switched off for the next line (\(lines.upperBound)) but finds nothing there: remove it from the comment",
                sv:
                    "`\(id)` stängs av för nästa rad (\(lines.upperBound)) men hittar inget där: ta bort den ur kommentaren"
            )
        }
    }
}
