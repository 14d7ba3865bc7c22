import Foundation

/// The forms of the terms of a ``TermMatcher``, compiled into tries over folded scalars: built
/// on a matcher's first match, not when its rule file is read, so that a run pays only for the
/// term lists it uses. A class: the matcher hands its forms to every text it reads, and one
/// reference is cheaper to pass than the arrays of two tries.
final class TermForms: Sendable {
    /// The folded words of each term.
    let termWords: [[String]]
    private let language: Language
    /// Every form by its text, for words with scalars from U+0300 on, whose equality is
    /// canonical: built only when a text has such a word.
    private let formsByText: LazyFormsByText
    /// Every form (composed) whose scalars are all below U+0300: the words of most texts. The
    /// values are ``FormReference/packed``.
    let plainForms: ScalarTrie<UInt64>
    /// The forms of first words of three letters or more, read backwards: the last parts of
    /// compounds.
    let compoundTails: ScalarTrie<UInt32>

    /// The forms of the terms whose folded words are `termWords`, inflected as in `language`.
    convenience init(termWords: [[String]], language: Language) {
        let (plainForms, compoundTails) = Self.compile(termWords, language: language)
        self.init(termWords: termWords, language: language, plainForms: plainForms, compoundTails: compoundTails)
    }

    /// The forms given by their tries (compiled, or read back: TermForms+Encoding.swift).
    init(
        termWords: [[String]], language: Language, plainForms: ScalarTrie<UInt64>,
        compoundTails: ScalarTrie<UInt32>
    ) {
        self.termWords = termWords
        self.language = language
        self.plainForms = plainForms
        self.compoundTails = compoundTails
        formsByText = LazyFormsByText(termWords: termWords, language: language)
    }

    /// The tries of every form of the terms, and of the first words' forms read backwards.
    private static func compile(
        _ termWords: [[String]], language: Language
    ) -> (plainForms: ScalarTrie<UInt64>, compoundTails: ScalarTrie<UInt32>) {
        var plain = ScalarTrie<UInt64>.Builder()
        var tails = ScalarTrie<UInt32>.Builder()
        // A form made by more than one group of a word is added once.
        func add(_ reference: FormReference, at node: ScalarTrie<UInt64>.Node) {
            if plain.lastValue(at: node) != reference.packed { plain.add(reference.packed, at: node) }
        }
        func addTail(_ term: Int, at node: ScalarTrie<UInt32>.Node) {
            if tails.lastValue(at: node) != UInt32(term) { tails.add(UInt32(term), at: node) }
        }
        for (term, words) in termWords.enumerated() {
            let isCompoundTail = words[0].count >= 3
            for (position, word) in words.enumerated() {
                let reference = FormReference(term: term, position: position)
                let isTail = position == 0 && isCompoundTail
                func addComposed(_ form: String) {
                    let scalars = Array(form.precomposedStringWithCanonicalMapping.unicodeScalars)
                    guard scalars.allSatisfy({ $0.value < 0x300 }) else { return }
                    add(reference, at: plain.insert(scalars))
                    if isTail { addTail(term, at: tails.insert(scalars.reversed())) }
                }
                for group in Self.groups(of: word, language: language) {
                    // Scalars below U+0300 are already composed: such a stem is walked once for all
                    // its ASCII endings. Other forms are composed first.
                    guard group.stem.unicodeScalars.allSatisfy({ $0.value < 0x300 }) else {
                        for form in group.forms { addComposed(form) }
                        continue
                    }
                    let stem = plain.insert(group.stem.unicodeScalars)
                    let reversedStem = isTail ? Array(group.stem.unicodeScalars.reversed()) : []
                    for ending in group.endings {
                        guard ending.utf8.allSatisfy({ $0 < 0x80 }) else {
                            addComposed(group.stem + ending)
                            continue
                        }
                        add(reference, at: plain.insert(ascii: ending.utf8, from: stem))
                        if isTail {
                            addTail(
                                term, at: tails.insert(reversedStem, from: tails.insert(ascii: ending.utf8.reversed())))
                        }
                    }
                }
            }
        }
        return (plain.trie(), tails.trie())
    }

    /// The terms whose first word matches word `index` (whole, or in Swedish as a compound's
    /// last part), in order.
    func startingTerms(at index: Int, in text: TextAnalysis) -> [Int] {
        var terms: [Int] = []
        text.folded.withUnsafeBufferPointer { folded in
            startingTerms(at: index, word: text.words[index], in: text, folded: folded, into: &terms)
        }
        return terms
    }

    /// ``startingTerms(at:in:)`` for `word`, word `index` of `text`, written into `terms`
    /// (emptied first), given the text's ``TextAnalysis/folded`` scalars: a matcher asks for
    /// every word of a sentence, and keeps one array for them all, and reads the scalars in
    /// place, since a slice of them, or the arrays themselves, would be retained and released
    /// for every word of every term list.
    @inline(__always)
    func startingTerms(
        at index: Int, word: TextAnalysis.Word, in text: TextAnalysis, folded: UnsafeBufferPointer<Unicode.Scalar>,
        into terms: inout [Int]
    ) {
        if !terms.isEmpty { terms.removeAll(keepingCapacity: true) }
        if word.isPlain {
            startingTerms(plain: UnsafeBufferPointer(rebasing: folded[word.folded]), into: &terms)
        } else {
            startingTerms(at: text.key(index), into: &terms)
        }
        if terms.count > 1 { Self.sortWithoutRepeats(&terms) }
    }

    /// The terms starting at a word whose folded scalars, all below U+0300, are `key`, appended
    /// to `terms` unsorted.
    private func startingTerms(plain key: UnsafeBufferPointer<Unicode.Scalar>, into terms: inout [Int]) {
        if let node = plainForms.walk(key) {
            for slot in plainForms.valueSlots(at: node) {
                let reference = FormReference(packed: plainForms.values[slot])
                if reference.position == 0 { terms.append(reference.term) }
            }
        }
        // A compound's first part has two letters or more, and its last part three or more.
        if language == .sv, key.count >= 5 {
            var node = compoundTails.root
            var split = key.count
            while split > 2, let next = compoundTails.step(node, key[split - 1]) {
                split -= 1
                node = next
                let tail = compoundTails.valueSlots(at: node)
                if !tail.isEmpty, key.count - split >= 3, Self.canEndCompoundPart(key[..<split]) {
                    for slot in tail { terms.append(Int(compoundTails.values[slot])) }
                }
            }
        }
    }

    /// The terms starting at a word given by its folded form as a string, appended to `terms`
    /// unsorted.
    private func startingTerms(at key: String, into terms: inout [Int]) {
        let forms = formsByText.forms
        for reference in forms[key] ?? [] where reference.position == 0 { terms.append(reference.term) }
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
    }

    /// Sorts `terms` and keeps each once.
    private static func sortWithoutRepeats(_ terms: inout [Int]) {
        terms.sort()
        var kept = 1
        for index in 1..<terms.count where terms[index] != terms[kept - 1] {
            terms[kept] = terms[index]
            kept += 1
        }
        terms.removeLast(terms.count - kept)
    }

    /// The index of the last word of `term` when it occurs from word `start`, else `nil`.
    func end(
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
        guard word.isPlain else { return formsByText.forms[text.key(index)]?.contains(reference) == true }
        guard let node = plainForms.walk(text.folded[word.folded]) else { return false }
        return plainForms.values(at: node).contains(reference.packed)
    }

    /// Whether `prefix` can be the first part of a compound: two letters or more, a vowel, not
    /// ending in `i`, and not the verb prefix `be` or `ge`.
    private static func canEndCompoundPart(_ prefix: some BidirectionalCollection<Unicode.Scalar>) -> Bool {
        guard let last = prefix.last, last != "i", !last.properties.isWhitespace,
            prefix.count(where: { $0.properties.isAlphabetic }) >= 2,
            prefix.contains(where: { SwedishInflection.isVowel(Character($0)) })
        else { return false }
        return !(prefix.count == 2 && (prefix.elementsEqual(["b", "e"]) || prefix.elementsEqual(["g", "e"])))
    }

    fileprivate static func forms(of word: String, language: Language) -> Set<String> {
        groups(of: word, language: language).forms
    }

    private static func groups(of word: String, language: Language) -> [InflectionGroup] {
        switch language {
        case .sv: SwedishInflection.groups(of: word)
        case .en: EnglishInflection.groups(of: word)
        }
    }
}

/// Every form of the terms by its text, built on first use.
private final class LazyFormsByText: Sendable {
    private let termWords: [[String]]
    private let language: Language
    private let built = MadeOnce<[String: [FormReference]]>()

    init(termWords: [[String]], language: Language) {
        self.termWords = termWords
        self.language = language
    }

    var forms: [String: [FormReference]] {
        built.value {
            var forms: [String: [FormReference]] = [:]
            for (term, words) in termWords.enumerated() {
                for (position, word) in words.enumerated() {
                    for form in TermForms.forms(of: word, language: language) {
                        forms[form, default: []].append(FormReference(term: term, position: position))
                    }
                }
            }
            return forms
        }
    }
}

/// The ``TermForms`` of one matcher, compiled (or read from ``BuiltInTermForms``) once, by the
/// first thread that needs them.
final class LazyTermForms: Sendable {
    private let termWords: [[String]]
    private let language: Language
    /// Where the forms compiled when iop-lint was built are, for a built-in list.
    private let builtIn: BuiltInTermForms.Forms?
    private let compiled = MadeOnce<TermForms>()

    init(termWords: [[String]], language: Language, builtIn: BuiltInTermForms.Forms? = nil) {
        self.termWords = termWords
        self.language = language
        self.builtIn = builtIn
    }

    /// Whether the forms are read from the built-in table rather than compiled.
    var isBuiltIn: Bool { builtIn != nil }

    /// The compiled forms; the first call compiles or reads them.
    var forms: TermForms {
        compiled.value {
            builtIn.flatMap { TermForms(termWords: termWords, language: language, builtIn: $0) }
                ?? TermForms(termWords: termWords, language: language)
        }
    }
}

/// Where a form belongs: which term, and which of its words. A list's tries hold one for every
/// form of every word (thousands for a Swedish list), as ``packed``.
struct FormReference: Hashable, Sendable {
    /// The term in the high 32 bits, the word in the low: how the tries keep it.
    let packed: UInt64

    var term: Int { Int(packed >> 32) }
    var position: Int { Int(packed & 0xFFFF_FFFF) }

    /// - Precondition: both fit in 32 bits (a term list is a rule file's, far smaller).
    init(term: Int, position: Int) {
        packed = UInt64(UInt32(term)) << 32 | UInt64(UInt32(position))
    }

    init(packed: UInt64) {
        self.packed = packed
    }
}
