import Foundation

/// Finds the terms of a `terms-absent` or `terms-present` check in a text.
///
/// A term is one word or several (`köp av tjänst`, `på uppdrag av`). It matches:
///
/// - **whole words, case-insensitively**, with letters folded by ``TextFolding`` (`Å` = `å`,
///   `é` = `e`); never inside a word (`vite` is not in `vitesse`);
/// - **inflected forms** of each of its words: Swedish ones by ``SwedishInflection``
///   (`köpa` → `köper`, `köpt`, `köps`; `utförare` → `utförarna`; `upphandling` →
///   `upphandlingen`, `upphandlas`), English ones by ``EnglishInflection`` (`fee` → `fees`,
///   `tender` → `tendering`);
/// - in Swedish, **as the last part of a compound word**: the first word of a term may end a
///   longer word (`nämnd` matches `Socialnämnden`, `upphandling` matches `direktupphandlingen`,
///   `köp` matches `inköp`), but never begin one (`köp` does not match `köpcentrum`). The part
///   before must have at least two letters with a vowel, must not end in `i` (so `vite` stays
///   out of `aktivitet`) and must not be the verb prefix `be` or `ge` (`benämnd`); the term
///   word must have at least three letters. English has no compound matching.
/// - **across whitespace**: the words of a multi-word term may be separated by any run of
///   spaces and line breaks, but not by punctuation, and all stand in one sentence.
///
/// Each match says whether it is negated (see ``Negation``) and, given an `unless` pattern,
/// whether its sentence matches it. The work is linear in the text: every form of every term
/// is computed once, on the first match (``TermForms``; the built-in packs' lists when iop-lint
/// is built, ``BuiltInTermForms``), into two tries over folded scalars —
/// one of the forms, one of the forms read backwards for the last parts of compounds — and
/// each word costs one walk forwards through the first and one backwards through the second
/// (as far as some form goes), whatever the number of terms.
public struct TermMatcher: Sendable {
    /// The terms, as given.
    public let terms: [String]
    /// The language whose inflection and negation words apply.
    public let language: Language

    private let forms: LazyTermForms
    private let unless: SentencePattern?

    /// A matcher for `terms` in `language`; `unless` is a regular expression (``LinearRegex``
    /// syntax, matched case-insensitively) that excuses a match whose sentence it matches.
    ///
    /// - Throws: ``TermMatcherError/invalidPattern(pattern:reason:column:)`` when `unless` does not
    ///   compile, ``TermMatcherError/termWithoutWords(_:)`` for a term with no word.
    public init(terms: [String], language: Language, unless: String? = nil) throws(TermMatcherError) {
        self.terms = terms
        self.language = language
        if let builtIn = BuiltInTermForms.entry(terms: terms, language: language) {
            forms = LazyTermForms(termWords: builtIn.termWords, language: language, builtIn: builtIn.forms)
        } else {
            forms = LazyTermForms(termWords: try Self.termWords(of: terms), language: language)
        }
        if let unless {
            self.unless = try SentencePattern(unless)
        } else {
            self.unless = nil
        }
    }

    /// Each term's words, folded.
    ///
    /// - Throws: ``TermMatcherError/termWithoutWords(_:)`` for a term with no word.
    static func termWords(of terms: [String]) throws(TermMatcherError) -> [[String]] {
        try terms.map { term throws(TermMatcherError) in
            let words = Words.split(term).map { TextFolding.fold($0.text) }
            guard !words.isEmpty else { throw .termWithoutWords(term) }
            return words
        }
    }

    /// Whether the forms are read from the built-in table (``BuiltInTermForms``).
    var formsAreBuiltIn: Bool { forms.isBuiltIn }

    /// Every occurrence of every term in `text`, in order of position (at one position, in the
    /// order of the terms), negated and excused ones included.
    public func matches(in text: String) -> [TermMatch] {
        let analysis = TextAnalysis(text)
        let forms = forms.forms
        return analysis.sentences.flatMap { matches(in: $0, of: analysis, forms: forms) }
    }

    /// For `terms-absent`: the first occurrence that is neither negated nor excused by `unless`,
    /// or `nil` when the text passes.
    public func firstViolation(in text: String) -> TermMatch? {
        firstViolation(in: TextAnalysis(text))
    }

    /// For `terms-present`: the first occurrence that is not negated (`unless` is not consulted),
    /// or `nil` when the text says none of the terms.
    public func firstAffirmedMatch(in text: String) -> TermMatch? {
        firstAffirmedMatch(in: TextAnalysis(text))
    }

    /// ``firstViolation(in:)`` in an analysed text.
    func firstViolation(in text: TextAnalysis) -> TermMatch? {
        first(in: text) { !$0.isNegated && !$0.isExcused }
    }

    /// ``firstAffirmedMatch(in:)`` in an analysed text.
    func firstAffirmedMatch(in text: TextAnalysis) -> TermMatch? {
        first(in: text) { !$0.isNegated }
    }

    /// The first occurrence that `counts`, looking no further than its sentence.
    private func first(in text: TextAnalysis, where counts: (TermMatch) -> Bool) -> TermMatch? {
        let forms = forms.forms
        for sentence in text.sentences {
            if let match = matches(in: sentence, of: text, forms: forms).first(where: counts) { return match }
        }
        return nil
    }

    private func matches(
        in sentence: TextAnalysis.Sentence, of text: TextAnalysis, forms: TermForms
    ) -> [TermMatch] {
        var spans: [(term: Int, words: ClosedRange<Int>)] = []
        var starting: [Int] = []
        text.folded.withUnsafeBufferPointer { folded in
            text.words.withUnsafeBufferPointer { words in
                for start in sentence.words {
                    forms.startingTerms(at: start, word: words[start], in: text, folded: folded, into: &starting)
                    for term in starting {
                        if let end = forms.end(of: term, from: start, in: sentence, of: text) {
                            spans.append((term, start...end))
                        }
                    }
                }
            }
        }
        guard !spans.isEmpty else { return [] }
        let whole = text.publicSentence(sentence)
        let isExcused = unless?.matches(whole.text) ?? false
        return spans.map { span in
            let range =
                text.words[span.words.lowerBound].range.lowerBound..<text.words[span.words.upperBound].range.upperBound
            let isNegated = Negation.isNegated(
                at: span.words.lowerBound, in: sentence, of: text, language: language)
            return TermMatch(
                term: terms[span.term], text: text.string(range), range: range, isNegated: isNegated,
                isExcused: isExcused, sentence: whole)
        }
    }
}
