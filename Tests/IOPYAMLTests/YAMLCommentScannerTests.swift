import IOPYAML
import Testing

/// `range own|end next:N text` for each comment of `yaml`: the shape these tests compare.
private func comments(_ yaml: String) -> [String] {
    YAMLCommentScanner().comments(in: yaml).map(\.spot)
}

extension YAMLComment {
    fileprivate var spot: String {
        "\(range) \(isOwnLine ? "own" : "end") next:\(nextContentLine.map(String.init) ?? "-") #\(text)"
    }
}

@Suite struct YAMLCommentScannerTests {
    // MARK: What is a comment

    @Test func hashAfterWhitespaceStartsAComment() {
        #expect(comments("a: b # c\n") == ["1:6-1:9 end next:- # c"])
        #expect(comments("a: b\t# c\n") == ["1:6-1:9 end next:- # c"])
    }

    @Test func hashInsideAPlainScalarIsText() {
        #expect(comments("a: b#c\n") == [])
        #expect(comments("x: http://a/#b\n") == [])
        #expect(comments("x: [http://a/#b, c#d]\n") == [])
    }

    @Test func hashInsideQuotedScalarsIsText() {
        #expect(comments("a: \"x # y\"\nb: 'p # q'\n") == [])
        #expect(comments("a: 'it''s # not' # yes\n") == ["1:18-1:23 end next:- # yes"])
        #expect(comments("a: \"say \\\"# no\\\" ok\" # yes\n") == ["1:22-1:27 end next:- # yes"])
    }

    @Test func hashInsideAQuotedScalarOfSeveralLinesIsText() {
        let yaml = "a: \"first\n  # still text\n  end\" # real\nb: 'one\n  # two\n  '\n"
        #expect(comments(yaml) == ["3:8-3:14 end next:4 # real"])
    }

    @Test func linesOfABlockScalarAreTextEvenWhenTheyStartWithHash() {
        #expect(comments("a: |\n  # text\n  more\nb: 1 # c\n") == ["4:6-4:9 end next:- # c"])
        #expect(comments("a: >-\n  # text\n\n  # more\nb: 1\n") == [])
        #expect(comments("a:\n  - |2\n     # text\n  - b\n") == [])
    }

    @Test func aCommentOnTheHeaderOfABlockScalarIsAComment() {
        #expect(comments("a: | # header\n  # text\n") == ["1:6-1:14 end next:2 # header"])
        #expect(comments("a: >+2 #x\n   text\n") == ["1:8-1:10 end next:2 #x"])
    }

    @Test func aLessIndentedCommentEndsABlockScalar() {
        let yaml = "a:\n  b: |\n    text\n    # inside\n  # after\n# outside\nc: 1\n"
        #expect(comments(yaml) == ["5:3-5:10 own next:7 # after", "6:1-6:10 own next:7 # outside"])
    }

    @Test func commentsInFlowCollections() {
        let yaml = "x: [a, # one\n  b] # two\ny: {c: 1, # three\n  # four\n  d: 2}\n"
        #expect(
            comments(yaml) == [
                "1:8-1:13 end next:2 # one", "2:6-2:11 end next:3 # two", "3:11-3:18 end next:5 # three",
                "4:3-4:9 own next:5 # four",
            ])
    }

    @Test func commentsBesideDirectivesAndDocumentMarkers() {
        let yaml = "%YAML 1.2 # v\n--- # start\na: 1\n... # end\n"
        #expect(
            comments(yaml) == ["1:11-1:14 end next:2 # v", "2:5-2:12 end next:3 # start", "4:5-4:10 end next:- # end"])
    }

    /// libyaml, unlike the YAML specification, needs no whitespace before a comment after a
    /// closing quote or bracket; the scanner follows libyaml, which read the nodes.
    @Test func aHashRightAfterAClosingQuoteIsACommentAsLibYAMLReadsIt() {
        #expect(comments("a: \"b\"#c\n") == ["1:7-1:9 end next:- #c"])
    }

    // MARK: Lines

    @Test func ownLineCommentsAndTheNextLineWithContent() {
        let yaml = "# top\n\n  # second\nkey: v  # trailing\n\n\n  - x\n# last\n"
        #expect(
            comments(yaml) == [
                "1:1-1:6 own next:4 # top", "3:3-3:11 own next:4 # second", "4:9-4:19 end next:7 # trailing",
                "8:1-8:7 own next:- # last",
            ])
    }

    @Test func aBlankLineInsideABlockScalarIsNotContent() {
        #expect(comments("# c\na: |\n  x\n") == ["1:1-1:4 own next:2 # c"])
        #expect(comments("a: | # c\n\n  x\n") == ["1:6-1:9 end next:3 # c"])
    }

    @Test func textIsKeptAsWrittenAfterTheHash() {
        #expect(YAMLCommentScanner().comments(in: "a: 1 #  två  ord  \n").map(\.text) == ["  två  ord  "])
        #expect(YAMLCommentScanner().comments(in: "#\n").map(\.text) == [""])
    }

    // MARK: Positions

    @Test func positionsCountUnicodeScalars() throws {
        let comment = try #require(YAMLCommentScanner().comments(in: "namn: \"å#ä\" # kö\n").first)
        #expect(comment.range.description == "1:13-1:17")
        #expect(comment.range.start.offset == 12)
        #expect(comment.range.end.offset == 16)
        #expect(comment.line == 1)
        #expect(comment.text == " kö")
    }

    @Test func lineBreaksAreLibYAMLs() {
        #expect(comments("a: 1\r\n# c\r\nb: 2\r\n") == ["2:1-2:4 own next:3 # c"])
        #expect(comments("a: 1\r# c\rb: 2\r") == ["2:1-2:4 own next:3 # c"])
        let offsets = YAMLCommentScanner().comments(in: "a: 1\r\n# c\r\n").map(\.range.start.offset)
        #expect(offsets == [6])
    }

    @Test func aByteOrderMarkIsNotCounted() {
        let found = YAMLCommentScanner().comments(in: [0xEF, 0xBB, 0xBF] + Array("a: 1 # c\n".utf8))
        #expect(found.map(\.spot) == ["1:6-1:9 end next:- # c"])
        #expect(found.map(\.range.start.offset) == [5])
    }

    // MARK: Files libyaml cannot read

    @Test func commentsAreFoundInAFileTheParserRejects() {
        #expect(comments("a: 1\n- b # c\n") == ["2:5-2:8 end next:- # c"])
    }

    @Test func aScannerErrorStopsTheSearchBeforeTheTextItCouldNotRead() {
        #expect(comments("a: 1 # ok\nb: \"unterminated # no\n") == ["1:6-1:10 end next:2 # ok"])
        #expect(comments("a: 1 # ok\nb: \"x # y\" @ # z\n") == ["1:6-1:10 end next:2 # ok"])
        #expect(comments("# ok\nb: 'x # y' `\n# z\n") == ["1:1-1:5 own next:2 # ok"])
        // The quoted scalar was scanned but held back by libyaml as a possible key.
        #expect(comments("# ok\n\"k # y\" @\n") == ["1:1-1:5 own next:2 # ok"])
        #expect(comments("# ok\n- \"k # y\" @\n") == ["1:1-1:5 own next:2 # ok"])
        #expect(comments("# ok\n[a, \"k # y\" `]\n") == ["1:1-1:5 own next:2 # ok"])
    }

    @Test func bytesTheLoaderRefusesHaveNoComments() {
        #expect(YAMLCommentScanner().comments(in: [UInt8]()) == [])
        #expect(YAMLCommentScanner().comments(in: Array("a: 1 # c\n".utf8) + [0xFF]) == [])
        #expect(YAMLCommentScanner().comments(in: Array("a: 1 # c\n\0".utf8)) == [])
        #expect(YAMLCommentScanner(limits: YAMLLimits(maxBytes: 4)).comments(in: "a: 1 # c\n") == [])
    }
}

/// Every case of the YAML test suite that loads cleanly: each comment found starts with `#`
/// and lies outside every scalar the loader read (but for the header line of a block scalar).
@Suite(.enabled(if: YAMLTestSuite.exists, "yaml-test-suite not found at \(YAMLTestSuite.directory.path)"))
struct YAMLCommentScannerTestSuiteTests {
    @Test func commentsOfTheSuiteLieOutsideEveryScalar() throws {
        var checked = 0
        for id in YAMLTestSuite.caseIDs() {
            let testCase = try YAMLTestSuite.testCase(id)
            let file = YAMLLoader().load(bytes: testCase.yaml)
            guard file.problems.isEmpty else { continue }
            let scalars = Array(file.text.unicodeScalars)
            let nodes = file.documents.flatMap { Self.scalarNodes(in: $0.root) }
            for comment in YAMLCommentScanner().comments(in: testCase.yaml) {
                let start = comment.range.start
                #expect(scalars[start.offset] == "#", "\(id): \(comment.range)")
                let inside = nodes.first { node in
                    node.range.start.offset <= start.offset && start.offset < node.range.end.offset
                        && !(node.isBlockScalar && node.range.start.line == start.line)
                }
                #expect(
                    inside == nil, "\(id): comment at \(comment.range) is inside \(inside?.range.description ?? "")")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    private static func scalarNodes(in root: YAMLNode) -> [YAMLNode] {
        var found: [YAMLNode] = []
        var stack = [root]
        while let node = stack.popLast() {
            switch node.content {
            case .scalar: found.append(node)
            case .sequence(let items): stack += items
            case .mapping(let pairs): stack += pairs.flatMap { [$0.key, $0.value] }
            }
        }
        return found
    }
}

extension YAMLNode {
    fileprivate var isBlockScalar: Bool { scalar?.style == .literal || scalar?.style == .folded }
}
