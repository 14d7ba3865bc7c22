/// Why a ``TermMatcher`` could not be made from a rule file's terms.
public enum TermMatcherError: Error, Sendable, Hashable {
    /// The `unless` pattern is not a valid regular expression; `reason` is the regex
    /// engine's explanation and `column` (1-based, in Unicode scalars) where it is.
    case invalidPattern(pattern: String, reason: LocalizedText, column: Int)
    /// A term has no word in it (`""`, `"—"`), so it could never match.
    case termWithoutWords(String)

    /// What went wrong, in English and Swedish, naming the pattern or term.
    public var message: LocalizedText {
        switch self {
        case .invalidPattern(let pattern, let reason, _):
            LocalizedText(
                en: "the regular expression `\(pattern)` does not compile: \(reason.en)",
                sv: "det reguljära uttrycket `\(pattern)` går inte att tolka: \(reason.sv)")
        case .termWithoutWords(let term):
            LocalizedText(
                en: "the term `\(term)` has no words, so it can never match",
                sv: "termen `\(term)` innehåller inga ord och kan aldrig hittas")
        }
    }
}
