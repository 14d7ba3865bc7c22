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
/// is computed once, in ``init(terms:language:unless:)``, and each word costs a few dictionary
/// look-ups (one per possible compound split).
public struct TermMatcher: Sendable {
    /// The terms, as given.
    public let terms: [String]
    /// The language whose inflection and negation words apply.
    public let language: Language

    private let termWords: [[String]]
    private let forms: [String: [FormReference]]
    private let unless: SentencePattern?

    /// A matcher for `terms` in `language`; `unless` is a regular expression (Swift `Regex`
    /// syntax, matched case-insensitively) that excuses a match whose sentence it matches.
    ///
    /// - Throws: ``TermMatcherError/invalidPattern(pattern:reason:)`` when `unless` does not
    ///   compile, ``TermMatcherError/termWithoutWords(_:)`` for a term with no word.
    public init(terms: [String], language: Language, unless: String? = nil) throws(TermMatcherError) {
        self.terms = terms
        self.language = language
        var termWords: [[String]] = []
        var forms: [String: [FormReference]] = [:]
        for (termIndex, term) in terms.enumerated() {
            let words = Words.split(term).map { TextFolding.fold($0.text) }
            guard !words.isEmpty else { throw .termWithoutWords(term) }
            termWords.append(words)
            for (position, word) in words.enumerated() {
                for form in Self.forms(of: word, language: language) {
                    forms[form, default: []].append(FormReference(term: termIndex, position: position))
                }
            }
        }
        self.termWords = termWords
        self.forms = forms
        if let unless {
            self.unless = try SentencePattern(unless)
        } else {
            self.unless = nil
        }
    }

    /// Every occurrence of every term in `text`, in order of position (at one position, in the
    /// order of the terms), negated and excused ones included.
    public func matches(in text: String) -> [TermMatch] {
        let scalars = Array(text.unicodeScalars)
        let words = Words.split(scalars)
        return Sentences.split(scalars, words: words).flatMap { matches(in: $0, scalars: scalars) }
    }

    /// For `terms-absent`: the first occurrence that is neither negated nor excused by `unless`,
    /// or `nil` when the text passes.
    public func firstViolation(in text: String) -> TermMatch? {
        matches(in: text).first { !$0.isNegated && !$0.isExcused }
    }

    /// For `terms-present`: the first occurrence that is not negated (`unless` is not consulted),
    /// or `nil` when the text says none of the terms.
    public func firstAffirmedMatch(in text: String) -> TermMatch? {
        matches(in: text).first { !$0.isNegated }
    }

    private func matches(in sentence: Sentence, scalars: [Unicode.Scalar]) -> [TermMatch] {
        let words = sentence.words
        let keys = words.map { TextFolding.fold(scalars[$0.range]) }
        var spans: [(term: Int, words: ClosedRange<Int>)] = []
        for start in keys.indices {
            for term in startingTerms(at: keys[start]) {
                if let end = end(of: term, from: start, keys: keys, words: words, scalars: scalars) {
                    spans.append((term, start...end))
                }
            }
        }
        guard !spans.isEmpty else { return [] }
        let isExcused = unless?.matches(sentence.text) ?? false
        return spans.map { span in
            let range = words[span.words.lowerBound].range.lowerBound..<words[span.words.upperBound].range.upperBound
            let isNegated = Negation.isNegated(
                at: span.words.lowerBound, keys: keys, words: words, scalars: scalars, language: language)
            return TermMatch(
                term: terms[span.term], text: Words.string(scalars[range]), range: range, isNegated: isNegated,
                isExcused: isExcused, sentence: sentence)
        }
    }

    /// The terms whose first word matches a word (whole, or in Swedish as a compound's last part).
    private func startingTerms(at key: String) -> [Int] {
        var terms = (forms[key] ?? []).filter { $0.position == 0 }.map(\.term)
        if language == .sv {
            let scalars = Array(key.unicodeScalars)
            var split = 2
            while split <= scalars.count - 3 {
                if Self.canEndCompoundPart(scalars[..<split]) {
                    let tail = Words.string(scalars[split...])
                    for reference in forms[tail] ?? [] where reference.position == 0 {
                        if termWords[reference.term][0].count >= 3 { terms.append(reference.term) }
                    }
                }
                split += 1
            }
        }
        var seen: Set<Int> = []
        return terms.sorted().filter { seen.insert($0).inserted }
    }

    /// The index of the last word of `term` when it occurs from word `start`, else `nil`.
    private func end(of term: Int, from start: Int, keys: [String], words: [Word], scalars: [Unicode.Scalar]) -> Int? {
        let count = termWords[term].count
        guard start + count <= keys.count else { return nil }
        for position in 1..<count {
            let index = start + position
            let gap = scalars[words[index - 1].range.upperBound..<words[index].range.lowerBound]
            guard gap.allSatisfy(\.properties.isWhitespace),
                forms[keys[index]]?.contains(FormReference(term: term, position: position)) == true
            else { return nil }
        }
        return start + count - 1
    }

    /// Whether `prefix` can be the first part of a compound: two letters or more, a vowel, not
    /// ending in `i`, and not the verb prefix `be` or `ge`.
    private static func canEndCompoundPart(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = prefix.last, last != "i", !last.properties.isWhitespace,
            prefix.count(where: { $0.properties.isAlphabetic }) >= 2,
            prefix.contains(where: { SwedishInflection.isVowel(Character($0)) })
        else { return false }
        let text = Words.string(prefix)
        return text != "be" && text != "ge"
    }

    private static func forms(of word: String, language: Language) -> Set<String> {
        switch language {
        case .sv: SwedishInflection.forms(of: word)
        case .en: EnglishInflection.forms(of: word)
        }
    }
}

/// Where a form belongs: which term, and which of its words.
private struct FormReference: Hashable, Sendable {
    let term: Int
    let position: Int
}
