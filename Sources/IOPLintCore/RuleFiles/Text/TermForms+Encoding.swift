/// Term forms written as integers (``IntegerText``): the plain forms' trie, then the compound
/// tails' trie (ScalarTrie+Encoding.swift). The built-in packs' forms are compiled this way when
/// iop-lint is built (``BuiltInTermForms``), so that a run reads them instead of inflecting
/// every term again.
extension TermForms {
    /// The forms' tries as text.
    var encoded: String {
        var writer = IntegerText.Writer()
        plainForms.write(to: &writer) { references, writer in
            writer.write(column: references.map(\.term))
            writer.write(column: references.map(\.position))
        }
        compoundTails.write(to: &writer) { terms, writer in writer.write(column: terms) }
        return writer.text
    }

    /// The forms of the terms whose folded words are `termWords`, read from `encoded`; `nil`
    /// when it is not forms of as many terms and words.
    convenience init?(termWords: [[String]], language: Language, encoded: String) {
        let wordCounts = termWords.map(\.count)
        let tries = IntegerText.read(encoded) { reader -> (ScalarTrie<FormReference>, ScalarTrie<Int>)? in
            let plain = ScalarTrie<FormReference>(reading: &reader) { reader, count in
                guard let terms = reader.readColumn(count: count), let positions = reader.readColumn(count: count)
                else { return nil }
                var references: [FormReference] = []
                references.reserveCapacity(count)
                for (term, position) in zip(terms, positions) {
                    guard Int(term) < wordCounts.count, Int(position) < wordCounts[Int(term)] else { return nil }
                    references.append(FormReference(term: Int(term), position: Int(position)))
                }
                return references
            }
            let tails = ScalarTrie<Int>(reading: &reader) { reader, count in
                guard let terms = reader.readColumn(count: count), terms.allSatisfy({ Int($0) < termWords.count })
                else { return nil }
                return terms.map(Int.init)
            }
            guard let plain, let tails, reader.isAtEnd else { return nil }
            return (plain, tails)
        }
        guard let (plainForms, compoundTails) = tries else { return nil }
        self.init(termWords: termWords, language: language, plainForms: plainForms, compoundTails: compoundTails)
    }
}
