import Testing

@testable import IOPLintCore

@Suite struct ScalarTrieEncodingTests {
    /// The trie's words, its values (as 32 bits) after them.
    private func written(_ trie: ScalarTrie<UInt32>) -> [UInt32] {
        var words: [UInt32] = []
        trie.write(to: &words)
        return words + trie.values
    }

    /// Calls `body` with the trie read back from `words` (values after the columns), or `nil`.
    private func withRead<Result>(_ words: [UInt32], _ body: (ScalarTrie<UInt32>?) -> Result) -> Result {
        words.withUnsafeBufferPointer { words in
            var offset = 0
            let trie = ScalarTrie<UInt32>.reading(words: words, at: &offset) { count, columnsEnd in
                guard count <= words.count - columnsEnd else { return nil }
                return UnsafeBufferPointer(rebasing: words[columnsEnd..<(columnsEnd + count)])
            }
            guard let trie, offset + trie.values.count == words.count else { return body(nil) }
            return body(trie)
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
            let trie = ScalarTrie(keys.enumerated().map { (Array($1.unicodeScalars), UInt32($0)) })
            #expect(trie.isWellFormed)
            let words = written(trie)
            let probes = keys + randomKeys(count: 200, using: &generator)
            withRead(words) { read in
                guard let read else {
                    Issue.record("a written trie did not read back")
                    return
                }
                for word in probes {
                    #expect(
                        read.walk(word.unicodeScalars).map { Array(read.values(at: $0)) }
                            == trie.walk(word.unicodeScalars).map { Array(trie.values(at: $0)) })
                }
                #expect(written(read) == words)
            }
        }
    }

    @Test func theSameKeysAreWrittenAlikeInAnyOrder() {
        let keys = ["köp", "köpa", "nämnd", "köpen", "avtal"]
        var forwards = ScalarTrie<UInt32>.Builder()
        for key in keys { forwards.add(0, at: forwards.insert(key.unicodeScalars)) }
        var backwards = ScalarTrie<UInt32>.Builder()
        for key in keys.reversed() { backwards.add(0, at: backwards.insert(key.unicodeScalars)) }
        #expect(written(forwards.trie()) == written(backwards.trie()))
    }

    @Test func wordsThatAreNoTrieReadAsNone() {
        let keys: [(key: [Unicode.Scalar], value: UInt32)] = [
            (Array("ab".unicodeScalars), 7), (Array("ac".unicodeScalars), 8),
        ]
        let trie = ScalarTrie(keys)
        let words = written(trie)
        #expect(withRead(words) { $0 != nil })
        // Cut short, anywhere.
        for end in words.indices { #expect(withRead(Array(words[..<end])) { $0 == nil }) }
        // Nodes, then columns: edge starts, scalars, value starts, then the values.
        #expect(withRead([2, 0, 1, 1, 97, 0, 0, 1, 5]) { $0 != nil })
        // Two nodes, but the edges end past the one scalar; one value counted, none or two given.
        #expect(withRead([2, 0, 2, 2, 97, 0, 0, 0]) { $0 == nil })
        #expect(withRead([2, 0, 1, 1, 97, 0, 0, 1]) { $0 == nil })
        #expect(withRead([2, 0, 1, 1, 97, 0, 0, 1, 5, 6]) { $0 == nil })
    }

    @Test func onlyColumnsThatWalksStayInsideOfAreWellFormed() {
        func trie(
            _ edgeStart: [UInt32], _ scalars: [UInt32], _ valueStart: [UInt32], _ values: [UInt32]
        )
            -> ScalarTrie<UInt32>
        {
            ScalarTrie(edgeStart: edgeStart, edgeScalars: scalars, valueStart: valueStart, values: values)
        }
        #expect(trie([0, 1, 1], [97], [0, 0, 1], [5]).isWellFormed)
        #expect(trie([0, 2, 2, 2], [97, 98], [0, 0, 0, 0], []).isWellFormed)
        // Edges out of order, or twice the same scalar.
        #expect(!trie([0, 2, 2, 2], [98, 97], [0, 0, 0, 0], []).isWellFormed)
        #expect(!trie([0, 2, 2, 2], [97, 97], [0, 0, 0, 0], []).isWellFormed)
        // A scalar past U+10FFFF.
        #expect(!trie([0, 1, 1], [0x110000], [0, 0, 0], []).isWellFormed)
        // Value starts going down, or past the values.
        #expect(!trie([0, 1, 1], [97], [0, 1, 0], [5]).isWellFormed)
        #expect(!trie([0, 1, 1], [97], [0, 0, 2], [5]).isWellFormed)
        // Edge starts going down.
        #expect(!trie([0, 2, 1, 2], [97, 98], [0, 0, 0, 0], []).isWellFormed)
    }
}
