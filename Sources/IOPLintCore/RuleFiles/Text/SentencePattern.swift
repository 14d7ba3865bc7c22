/// A user's regular expression that excuses a term in a sentence (`unless:` of `terms-absent`),
/// compiled once and matched case-insensitively anywhere in the sentence.
///
/// The syntax is Swift `Regex`'s, which accepts the usual Perl/ICU forms (`\d`, `[0-9]+`,
/// `(från|till)`, `\b`). The type is `Sendable` by assertion: `Regex` is an immutable value whose
/// compiled program is created once, atomically, and only its output type (`AnyRegexOutput`)
/// keeps the compiler from proving it; nothing of the output is stored or shared here.
struct SentencePattern: @unchecked Sendable {
    /// The pattern as written.
    let pattern: String
    private let regex: Regex<AnyRegexOutput>

    /// Compiles `pattern`.
    ///
    /// - Throws: ``TermMatcherError/invalidPattern(pattern:reason:)`` with the regex engine's
    ///   explanation when it does not compile.
    init(_ pattern: String) throws(TermMatcherError) {
        self.pattern = pattern
        do {
            regex = try Regex(pattern).ignoresCase()
        } catch {
            throw .invalidPattern(pattern: pattern, reason: String(describing: error))
        }
    }

    /// Whether the pattern matches somewhere in `sentence`.
    func matches(_ sentence: String) -> Bool {
        sentence.contains(regex)
    }
}
