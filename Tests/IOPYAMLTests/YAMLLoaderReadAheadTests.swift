import IOPYAML
import Testing

/// Loading with libyaml on a thread of its own (`readsAhead`) gives what loading on one thread
/// gives: the same trees, problems and text, also when the tree stops reading early.
@Suite struct YAMLLoaderReadAheadTests {
    /// Agreement-like items: thousands of events, many batches of the parser thread.
    static func largeList(items: Int) -> String {
        var text = "parties:\n"
        for index in 0..<items {
            text += "  - id: part-\(index)\n    name: \"Förening \(index)\"\n    roles: [voice, service]\n"
            text += "    description: >\n      Föreningen driver verksamheten med stöd av frivilliga.\n"
        }
        return text
    }

    static let cases: [(name: String, text: String)] = [
        ("one scalar", "a"),
        ("a large list", largeList(items: 3_000)),
        ("three documents", largeList(items: 200) + "---\n" + largeList(items: 300) + "...\n---\nb: 2\n"),
        ("a syntax error after many events", largeList(items: 2_000) + "  - [unclosed\n"),
        ("a syntax error at once", "a: [\n"),
        ("a repeated key", largeList(items: 500) + "parties: 2\n"),
        ("anchors and aliases", "a: &x [1, 2]\n" + largeList(items: 800) + "b: *x\n"),
        ("an empty document", "---\n...\n"),
        ("only a comment", "# nothing\n"),
    ]

    @Test(arguments: cases.indices)
    func givesWhatOneThreadGives(index: Int) {
        let (name, text) = Self.cases[index]
        expectSame(YAMLLoader(), Array(text.utf8), name)
    }

    @Test func stopsAtTheDepthLimitWithTheParserAhead() {
        let deep = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        let file = expectSame(YAMLLoader(limits: YAMLLimits(maxDepth: 64)), Array(deep.utf8), "deep nesting")
        #expect(file.problems.last?.isFatal == true)
    }

    @Test func stopsAtTheNodeLimitWithTheParserAhead() {
        let file = expectSame(
            YAMLLoader(limits: YAMLLimits(maxNodes: 1_000)), Array(Self.largeList(items: 2_000).utf8), "many nodes")
        #expect(file.problems.last?.isFatal == true)
    }

    @Test func stopsAtAnAliasBomb() {
        // Each level repeats the one before ten times: 10¹² nodes once expanded.
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<12 {
            let before = "*a\(level - 1)"
            text += "a\(level): &a\(level) [\(Array(repeating: before, count: 10).joined(separator: ", "))]\n"
        }
        let file = expectSame(YAMLLoader(limits: YAMLLimits(maxAliasedNodes: 10_000)), Array(text.utf8), "alias bomb")
        #expect(file.problems.last?.isFatal == true)
    }

    @Test func refusesBadTextAsOneThreadDoes() {
        var invalid = Array(Self.largeList(items: 1_000).utf8)
        invalid[invalid.count / 2] = 0xFF
        expectSame(YAMLLoader(), invalid, "invalid UTF-8")
        var binary = Array(Self.largeList(items: 1_000).utf8)
        binary[binary.count / 3] = 0
        expectSame(YAMLLoader(), binary, "a NUL")
        expectSame(YAMLLoader(), [], "no bytes")
        expectSame(YAMLLoader(limits: YAMLLimits(maxBytes: 1_000)), binary, "too large")
    }

    /// Loads stopped early, one after the other, each leave the parser thread to end: none
    /// waits for another.
    @Test func manyEarlyStopsEachEnd() {
        let loader = YAMLLoader(limits: YAMLLimits(maxNodes: 100))
        let bytes = Array(Self.largeList(items: 2_000).utf8)
        for _ in 0..<200 {
            #expect(loader.load(bytes: bytes, readsAhead: true).problems.last?.isFatal == true)
        }
    }

    @Test(.enabled(if: YAMLTestSuite.exists), arguments: YAMLTestSuite.exists ? YAMLTestSuite.caseIDs() : [])
    func givesWhatOneThreadGivesForTheYAMLTestSuite(id: String) throws {
        expectSame(YAMLLoader(), try YAMLTestSuite.testCase(id).yaml, id)
    }

    /// Loads `bytes` both ways and expects the same; returns what was loaded.
    @discardableResult
    private func expectSame(_ loader: YAMLLoader, _ bytes: [UInt8], _ name: String) -> YAMLFile {
        let alone = loader.load(bytes: bytes)
        let ahead = loader.load(bytes: bytes, readsAhead: true)
        #expect(ahead.text == alone.text, "\(name): text")
        #expect(ahead.problems == alone.problems, "\(name): problems")
        #expect(ahead.documents.count == alone.documents.count, "\(name): documents")
        for (one, other) in zip(ahead.documents, alone.documents) {
            #expect(one.index == other.index && one.range == other.range, "\(name): document \(other.index)")
            // Compared first: a failure names the document, not two whole trees.
            let sameTree = one.root == other.root
            #expect(sameTree, "\(name): tree of document \(other.index)")
        }
        return ahead
    }
}
