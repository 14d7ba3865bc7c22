import CBuiltInTermForms

/// Term forms written as words (ScalarTrie+Encoding.swift): the plain forms' trie, whose values
/// (packed ``FormReference``s) go to a column of their own, then the compound tails' trie
/// followed by its values. The built-in packs' forms are compiled this way when iop-lint is
/// built (``BuiltInTermForms``): a run reads the tries where the binary holds them instead of
/// inflecting every term again.
extension TermForms {
    /// Appends the forms' tries to `words`, and the plain forms' values to `references`.
    func write(words: inout [UInt32], references: inout [UInt64]) {
        plainForms.write(to: &words)
        references += plainForms.values
        compoundTails.write(to: &words)
        words += compoundTails.values
    }

    /// The forms of the terms whose folded words are `termWords`, read from the built-in table
    /// at `forms`; `nil` when the table holds no such forms there.
    convenience init?(termWords: [[String]], language: Language, builtIn forms: BuiltInTermForms.Forms) {
        guard
            let tries = Self.tries(
                words: BuiltInTermForms.words, references: BuiltInTermForms.references, at: forms)
        else { return nil }
        assert(
            Self.refersWithin(termWords, plain: tries.plain, tails: tries.tails),
            "compiled forms refer to a term or word that is not there")
        self.init(termWords: termWords, language: language, plainForms: tries.plain, compoundTails: tries.tails)
    }

    /// The tries written at `forms` in `words` and `references`, read in place (the columns
    /// must stay where they are for as long as the process runs).
    static func tries(
        words: UnsafeBufferPointer<UInt32>, references: UnsafeBufferPointer<UInt64>, at forms: BuiltInTermForms.Forms
    ) -> (plain: ScalarTrie<UInt64>, tails: ScalarTrie<UInt32>)? {
        var offset = forms.words
        let plain = ScalarTrie<UInt64>.reading(words: words, at: &offset) { count, _ in
            guard forms.references >= 0, count <= references.count - forms.references else { return nil }
            return UnsafeBufferPointer(rebasing: references[forms.references..<(forms.references + count)])
        }
        guard let plain else { return nil }
        let tails = ScalarTrie<UInt32>.reading(words: words, at: &offset) { count, columnsEnd in
            guard count <= words.count - columnsEnd else { return nil }
            return UnsafeBufferPointer(rebasing: words[columnsEnd..<(columnsEnd + count)])
        }
        guard let tails else { return nil }
        return (plain, tails)
    }

    /// Whether every value of the tries names a term of `termWords`, and a word of it.
    static func refersWithin(
        _ termWords: [[String]], plain: ScalarTrie<UInt64>, tails: ScalarTrie<UInt32>
    ) -> Bool {
        plain.values.allSatisfy { packed in
            let reference = FormReference(packed: packed)
            return termWords.indices.contains(reference.term)
                && termWords[reference.term].indices.contains(reference.position)
        } && tails.values.allSatisfy { Int($0) < termWords.count }
    }
}
