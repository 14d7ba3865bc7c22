import Testing

@testable import IOPLintCore

@Suite struct ScalarTrieEncodingTests {
    private func encoded(_ trie: ScalarTrie<Int>) -> String {
        var writer = IntegerText.Writer()
        trie.write(to: &writer) { values, writer in writer.write(column: values) }
        return writer.text
    }

    private func decoded(_ text: String) -> ScalarTrie<Int>? {
        IntegerText.read(text) { reader in
            let trie = ScalarTrie<Int>(reading: &reader) { reader, count in
                reader.readColumn(count: count)?.map(Int.init)
            }
            return reader.isAtEnd ? trie : nil
        }
    }

    /// Keys of a few letters (some beyond Latin-1), so that they share beginnings.
    private func randomKeys(count: Int, using generator: inout some RandomNumberGenerator) -> [String] {
        let letters: [Unicode.Scalar] = ["a", "b", "k", "ö", "p", "å", "é", "\u{1F600}"]
        return (0..<count).map { _ in
            String(
                String.UnicodeScalarView(
                    (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                        letters.randomElement(using: &generator)!
                    }))
        }
    }

    @Test func aTrieReadBackFindsTheSameValuesForEveryWord() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let keys = randomKeys(count: 200, using: &generator)
            let trie = ScalarTrie(keys.enumerated().map { (Array($1.unicodeScalars), $0) })
            let read = try #require(decoded(encoded(trie)))
            for word in keys + randomKeys(count: 200, using: &generator) {
                #expect(
                    read.walk(word.unicodeScalars).map { Array(read.values(at: $0)) }
                        == trie.walk(word.unicodeScalars).map { Array(trie.values(at: $0)) })
            }
            #expect(encoded(read) == encoded(trie))
        }
    }

    @Test func theSameKeysAreWrittenAlikeInAnyOrder() {
        let keys = ["köp", "köpa", "nämnd", "köpen", "avtal"]
        var forwards = ScalarTrie<Int>.Builder()
        for key in keys { forwards.add(0, at: forwards.insert(key.unicodeScalars)) }
        var backwards = ScalarTrie<Int>.Builder()
        for key in keys.reversed() { backwards.add(0, at: backwards.insert(key.unicodeScalars)) }
        #expect(encoded(forwards.trie()) == encoded(backwards.trie()))
    }

    @Test func aTextThatIsNoTrieReadsAsNone() {
        let trie = ScalarTrie([(Array("ab".unicodeScalars), 7), (Array("ac".unicodeScalars), 8)])
        let text = encoded(trie)
        #expect(decoded(text) != nil)
        // Cut short, anywhere (but for the last line break).
        #expect(text.last == "\n")
        for end in text.indices.dropLast(2) { #expect(decoded(String(text[...end])) == nil) }
        // Nodes, then columns: edge counts, scalars, value counts, values.
        func written(_ count: Int, _ columns: [[Int]]) -> String {
            var writer = IntegerText.Writer()
            writer.write(count)
            for column in columns { writer.write(column: column) }
            return writer.text
        }
        #expect(decoded(written(2, [[1, 0], [97], [0, 1], [5]])) != nil)
        // Two nodes, but the root has two edges.
        #expect(decoded(written(2, [[2, 0], [97, 98], [0, 0], []])) == nil)
        // Edges out of order.
        #expect(decoded(written(3, [[2, 0, 0], [98, 97], [0, 0, 0], []])) == nil)
        #expect(decoded(written(3, [[2, 0, 0], [97, 97], [0, 0, 0], []])) == nil)
        // A scalar past U+10FFFF.
        #expect(decoded(written(2, [[1, 0], [0x110000], [0, 0], []])) == nil)
        // One value counted, none or two given.
        #expect(decoded(written(2, [[1, 0], [97], [0, 1], []])) == nil)
        #expect(decoded(written(2, [[1, 0], [97], [0, 1], [5, 6]])) == nil)
    }
}
