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
/// is computed once, in ``init(terms:language:unless:)``, into two tries over folded scalars —
/// one of the forms, one of the forms read backwards for the last parts of compounds — and
/// each word costs one walk forwards through the first and one backwards through the second
/// (as far as some form goes), whatever the number of terms.
public struct TermMatcher: Sendable {
    /// The terms, as given.
    public let terms: [String]
    /// The language whose inflection and negation words apply.
    public let language: Language

    private let termWords: [[String]]
    /// Every form, for words with scalars from U+0300 on, whose equality is canonical.
    private let forms: [String: [FormReference]]
    /// Every form (composed) whose scalars are all below U+0300: the words of most texts.
    private let plainForms: ScalarTrie<FormReference>
    /// The forms of first words of three letters or more, read backwards: the last parts of
    /// compounds.
    private let compoundTails: ScalarTrie<Int>
    private let unless: SentencePattern?

    /// A matcher for `terms` in `language`; `unless` is a regular expression (``LinearRegex``
    /// syntax, matched case-insensitively) that excuses a match whose sentence it matches.
    ///
    /// - Throws: ``TermMatcherError/invalidPattern(pattern:reason:column:)`` when `unless` does not
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
        var plain: [(key: [Unicode.Scalar], value: FormReference)] = []
        var tails: [(key: [Unicode.Scalar], value: Int)] = []
        for (form, references) in forms {
            // Scalars below U+0300 are already composed; only others need composing.
            var scalars = Array(form.unicodeScalars)
            if !scalars.allSatisfy({ $0.value < 0x300 }) {
                scalars = Array(form.precomposedStringWithCanonicalMapping.unicodeScalars)
                guard scalars.allSatisfy({ $0.value < 0x300 }) else { continue }
            }
            for reference in references {
                plain.append((scalars, reference))
                if reference.position == 0, termWords[reference.term][0].count >= 3 {
                    tails.append((scalars.reversed(), reference.term))
                }
            }
        }
        self.termWords = termWords
        self.forms = forms
        plainForms = ScalarTrie(plain)
        compoundTails = ScalarTrie(tails)
        if let unless {
            self.unless = try SentencePattern(unless)
        } else {
            self.unless = nil
        }
    }

    /// Every occurrence of every term in `text`, in order of position (at one position, in the
    /// order of the terms), negated and excused ones included.
    public func matches(in text: String) -> [TermMatch] {
        let analysis = TextAnalysis(text)
        return analysis.sentences.flatMap { matches(in: $0, of: analysis) }
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
        for sentence in text.sentences {
            if let match = matches(in: sentence, of: text).first(where: counts) { return match }
        }
        return nil
    }

    private func matches(in sentence: TextAnalysis.Sentence, of text: TextAnalysis) -> [TermMatch] {
        var spans: [(term: Int, words: ClosedRange<Int>)] = []
        for start in sentence.words {
            for term in startingTerms(at: start, in: text) {
                if let end = end(of: term, from: start, in: sentence, of: text) {
                    spans.append((term, start...end))
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

    /// The terms whose first word matches word `index` (whole, or in Swedish as a compound's
    /// last part), in order.
    private func startingTerms(at index: Int, in text: TextAnalysis) -> [Int] {
        let word = text.words[index]
        guard word.isPlain else { return startingTerms(at: text.key(index)) }
        let key = text.folded[word.folded]
        var terms: [Int] = []
        if let node = plainForms.walk(key) {
            for reference in plainForms.values(at: node) where reference.position == 0 { terms.append(reference.term) }
        }
        if language == .sv {
            var node = compoundTails.root
            var split = key.endIndex
            while split > key.startIndex + 2, let next = compoundTails.step(node, key[split - 1]) {
                split -= 1
                node = next
                let tail = compoundTails.values(at: node)
                if !tail.isEmpty, key.endIndex - split >= 3, Self.canEndCompoundPart(key[..<split]) {
                    terms += tail
                }
            }
        }
        if terms.count < 2 { return terms }
        var seen: Set<Int> = []
        return terms.sorted().filter { seen.insert($0).inserted }
    }

    /// ``startingTerms(at:in:)`` for a word given by its folded form as a string.
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
    private func end(
        of term: Int, from start: Int, in sentence: TextAnalysis.Sentence, of text: TextAnalysis
    ) -> Int? {
        let count = termWords[term].count
        guard start + count <= sentence.words.upperBound else { return nil }
        for position in 1..<count {
            let index = start + position
            let gap = text.scalars[text.words[index - 1].range.upperBound..<text.words[index].range.lowerBound]
            guard gap.allSatisfy(\.properties.isWhitespace),
                isForm(index, of: FormReference(term: term, position: position), in: text)
            else { return nil }
        }
        return start + count - 1
    }

    /// Whether word `index` is a form of the term word `reference`.
    private func isForm(_ index: Int, of reference: FormReference, in text: TextAnalysis) -> Bool {
        let word = text.words[index]
        guard word.isPlain else { return forms[text.key(index)]?.contains(reference) == true }
        guard let node = plainForms.walk(text.folded[word.folded]) else { return false }
        return plainForms.values(at: node).contains(reference)
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
