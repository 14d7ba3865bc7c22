import Testing

@testable import IOPLintCore

@Suite struct ScalarTrieTests {
    private func trie(_ keys: [String]) -> ScalarTrie<Int> {
        ScalarTrie(keys.enumerated().map { (Array($1.unicodeScalars), $0) })
    }

    /// The values of the keys that end where `key` leads, or `nil` when no key continues so.
    private func values(of key: String, in trie: ScalarTrie<Int>) -> [Int]? {
        trie.walk(key.unicodeScalars).map { Array(trie.values(at: $0)) }
    }

    @Test func walkFindsTheValuesOfWholeKeysOnly() throws {
        let trie = trie(["köp", "köpa", "köp", "nämnd"])
        #expect(values(of: "köp", in: trie) == [0, 2])
        #expect(values(of: "köpa", in: trie) == [1])
        #expect(values(of: "kö", in: trie) == [])
        #expect(trie.walk("köpt".unicodeScalars) == nil)
        #expect(trie.walk("x".unicodeScalars) == nil)
    }

    @Test func aNodeWithManyEdgesFindsEachOfThem() {
        let keys = (0..<60).map { String(Unicode.Scalar(UInt8(0x41 + $0))) + "z" }
        let trie = trie(keys)
        for (index, key) in keys.enumerated() {
            #expect(values(of: key, in: trie) == [index])
        }
        #expect(trie.walk("@z".unicodeScalars) == nil)
        #expect(trie.walk("\u{FF}z".unicodeScalars) == nil)
    }

    /// The root's children are found by table below U+0180 and by search from it on; both
    /// give the same nodes, and scalars on either side of the boundary are told apart.
    @Test func theRootFindsItsChildrenOnBothSidesOfItsTable() {
        let keys = ["a", "\u{17F}s", "\u{180}t", "\u{181}u", "中v", "\u{1F600}w", "\u{0}x"]
        let trie = trie(keys)
        for (index, key) in keys.enumerated() {
            #expect(values(of: key, in: trie) == [index], "\(key)")
        }
        for missing in ["b", "\u{17E}", "\u{182}", "\u{7F}", "\u{10FFFF}"] {
            #expect(trie.walk(missing.unicodeScalars) == nil, "\(missing)")
        }
        #expect(ScalarTrie<Int>([]).walk("a".unicodeScalars) == nil)
    }

    /// Nodes are numbered breadth first, whatever the order of the keys: edge `k` leads to
    /// node `k + 1`.
    @Test func nodesAreNumberedBreadthFirst() {
        let trie = trie(["bc", "a", "ad"])
        #expect(trie.step(trie.root, "a") == 1)
        #expect(trie.step(trie.root, "b") == 2)
        #expect(trie.step(1, "d") == 3)
        #expect(trie.step(2, "c") == 4)
        #expect(Array(trie.values(at: 4)) == [0])
        #expect(Array(trie.values(at: 1)) == [1])
        #expect(Array(trie.values(at: 3)) == [2])
    }

    @Test func stepGoesOneScalarAtATime() throws {
        let trie = trie(["ab"])
        let a = try #require(trie.step(trie.root, "a"))
        #expect(trie.values(at: a).isEmpty)
        let b = try #require(trie.step(a, "b"))
        #expect(Array(trie.values(at: b)) == [0])
        #expect(trie.step(b, "c") == nil)
    }

    @Test func aBuilderContinuesKeysFromANode() throws {
        var builder = ScalarTrie<Int>.Builder()
        let stem = builder.insert("köp".unicodeScalars)
        builder.add(0, at: builder.insert("en".unicodeScalars, from: stem))
        builder.add(1, at: builder.insert("et".unicodeScalars, from: stem))
        builder.add(2, at: builder.insert("köpen".unicodeScalars))
        #expect(builder.lastValue(at: stem) == nil)
        let trie = builder.trie()
        #expect(values(of: "köpen", in: trie) == [0, 2])
        #expect(values(of: "köpet", in: trie) == [1])
        #expect(values(of: "köp", in: trie) == [])
    }
}
