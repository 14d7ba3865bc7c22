/// A user's regular expression that excuses a term in a sentence (`unless:` of `terms-absent`),
/// compiled once and matched case-insensitively anywhere in the sentence, in time linear in
/// the sentence (``LinearRegex``, whose syntax is the common subset of Perl, ICU and Swift).
struct SentencePattern: Sendable {
    /// The pattern as written.
    let pattern: String
    private let regex: LinearRegex

    /// Compiles `pattern`.
    ///
    /// - Throws: ``TermMatcherError/invalidPattern(pattern:reason:)`` with the explanation and
    ///   column when it does not compile.
    init(_ pattern: String) throws(TermMatcherError) {
        self.pattern = pattern
        do {
            regex = try LinearRegex(pattern)
        } catch {
            throw .invalidPattern(pattern: pattern, reason: error.message, column: error.column)
        }
    }

    /// Whether the pattern matches somewhere in `sentence`.
    func matches(_ sentence: String) -> Bool {
        regex.matches(sentence)
    }
}
