/// Why a ``TermMatcher`` could not be made from a rule file's terms.
public enum TermMatcherError: Error, Sendable, Hashable {
    /// The `unless` pattern is not a valid regular expression; `reason` is the regex
    /// engine's explanation.
    case invalidPattern(pattern: String, reason: String)
    /// A term has no word in it (`""`, `"—"`), so it could never match.
    case termWithoutWords(String)

    /// What went wrong, in English and Swedish, naming the pattern or term.
    public var message: LocalizedText {
        switch self {
        case .invalidPattern(let pattern, let reason):
            LocalizedText(
                en: "the regular expression `\(pattern)` does not compile: \(reason)",
                sv: "det reguljära uttrycket `\(pattern)` går inte att tolka: \(reason)")
        case .termWithoutWords(let term):
            LocalizedText(
                en: "the term `\(term)` has no words, so it can never match",
                sv: "termen `\(term)` innehåller inga ord och kan aldrig hittas")
        }
    }
}
