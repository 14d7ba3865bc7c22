import IOPYAML
import Testing

@Suite struct YAMLLoaderTests {
    // MARK: Positions

    @Test func columnsAndOffsetsCountUnicodeScalarsNotBytes() throws {
        let pairs = try #require(try loadRoot("namn: åäö\nort: Öster\n").mapping)
        #expect(pairs[0].key.range.description == "1:1-1:5")
        #expect(pairs[0].value.range.description == "1:7-1:10")
        #expect(pairs[0].value.range.start.offset == 6)
        #expect(pairs[0].value.range.end.offset == 9)
        #expect(pairs[1].key.range.description == "2:1-2:4")
        #expect(pairs[1].value.range.description == "2:6-2:11")
        #expect(pairs[1].value.range.start.offset == 15)
    }

    @Test func offsetsIndexTheScalarsOfTheLoadedText() throws {
        let file = YAMLLoader().load("åäö: 'två'\nö: [\"ett\", ä]\n")
        let root = try #require(file.documents.first?.root)
        let scalars = Array(file.text.unicodeScalars)
        func source(_ node: YAMLNode) -> String {
            String(String.UnicodeScalarView(scalars[node.range.start.offset..<node.range.end.offset]))
        }
        let pairs = try #require(root.mapping)
        #expect(source(pairs[0].key) == "åäö")
        #expect(source(pairs[0].value) == "'två'")
        #expect(source(pairs[1].value) == "[\"ett\", ä]")
        #expect(try source(#require(pairs[1].value.sequence?[1])) == "ä")
    }

    @Test func crlfEndsALineAndCountsTwoScalars() throws {
        let pairs = try #require(try loadRoot("a: 1\r\nb: åä\r\n").mapping)
        #expect(pairs[1].key.range.description == "2:1-2:2")
        #expect(pairs[1].value.range.description == "2:4-2:6")
        #expect(pairs[1].value.range.start.offset == 9)
    }

    @Test func aByteOrderMarkIsNeitherCountedNorKeptInTheText() throws {
        let file = YAMLLoader().load(bytes: [0xEF, 0xBB, 0xBF] + Array("a: å\n".utf8))
        #expect(file.problems.isEmpty)
        let pair = try #require(file.documents.first?.root.mapping?.first)
        #expect(pair.key.range.description == "1:1-1:2")
        #expect(pair.key.range.start.offset == 0)
        #expect(pair.value.range.description == "1:4-1:5")
        #expect(file.text == "a: å\n")
    }

    @Test func aBlockCollectionEndsWhereTheNextTokenStarts() throws {
        let root = try loadRoot("lista:\n  - å\n  - ä\nnästa: 1\n")
        let list = try #require(root["lista"])
        #expect(list.range.description == "2:3-4:1")
        #expect(root.range.description == "1:1-5:1")
    }

    @Test func aFlowCollectionEndsAfterItsClosingBracket() throws {
        let root = try loadRoot("{å: 1, b: {c: 2}}")
        #expect(root.range.description == "1:1-1:18")
        #expect(root["b"]?.range.description == "1:11-1:17")
        #expect(root["b"]?["c"]?.range.description == "1:15-1:16")
    }

    // MARK: Scalars

    @Test func everyScalarStyleIsKeptWithItsValue() throws {
        let text = "- plain\n- 'en'\n- \"två\\n\"\n- |\n  rad ett\n  rad två\n- >-\n  vikt\n  text\n"
        let items = try #require(try loadRoot(text).sequence)
        let scalars = items.compactMap(\.scalar)
        #expect(
            scalars == [
                YAMLScalar("plain", style: .plain),
                YAMLScalar("en", style: .singleQuoted),
                YAMLScalar("två\n", style: .doubleQuoted),
                YAMLScalar("rad ett\nrad två\n", style: .literal),
                YAMLScalar("vikt text", style: .folded),
            ])
        #expect(items.map(\.range.description) == ["1:3-1:8", "2:3-2:7", "3:3-3:10", "4:3-7:1", "7:3-10:1"])
    }

    @Test func untaggedNodesHaveNoTag() throws {
        let root = try loadRoot("a: [1, 'x']\n")
        #expect(root.tag == nil)
        #expect(root["a"]?.tag == nil)
        #expect(root["a"]?.sequence?.allSatisfy { $0.tag == nil } == true)
    }

    @Test func explicitTagsAreKeptInTheirFullForm() throws {
        let text = "a: !!str 12\nb: !lokal x\nc: !!map {}\nd: !<tag:example.com,2000:x> y\n"
        let root = try loadRoot(text)
        #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["a"]?.range.description == "1:4-1:12")
        #expect(root["b"]?.tag == "!lokal")
        #expect(root["c"]?.tag == "tag:yaml.org,2002:map")
        #expect(root["d"]?.tag == "tag:example.com,2000:x")
    }

    @Test func tagHandlesDeclaredByATagDirectiveAreExpanded() throws {
        let root = try loadRoot("%TAG !e! tag:example.com,2000:\n---\n- !e!sak värde\n")
        #expect(root.sequence?.first?.tag == "tag:example.com,2000:sak")
        #expect(root.sequence?.first?.scalar?.value == "värde")
        #expect(root.range.description == "3:1-4:1")
    }

    // MARK: Collections

    @Test func sequenceItemsKeepTheirOrderAndPositions() throws {
        let root = try loadRoot("- ö\n- [1, två]\n- {}\n")
        let items = try #require(root.sequence)
        #expect(items.count == 3)
        #expect(items[0].scalar?.value == "ö")
        #expect(items[1].sequence?.compactMap(\.scalar?.value) == ["1", "två"])
        #expect(items[1].range.description == "2:3-2:11")
        #expect(items[1].sequence?[1].range.description == "2:7-2:10")
        #expect(items[2].mapping?.isEmpty == true)
        #expect(items[2].range.description == "3:3-3:5")
    }

    @Test func mappingPairsKeepTheSourceOrder() throws {
        let pairs = try #require(try loadRoot("zeta: 1\nalfa: 2\nmitt: 3\n").mapping)
        #expect(pairs.compactMap(\.key.scalar?.value) == ["zeta", "alfa", "mitt"])
        #expect(pairs.map(\.value.range.description) == ["1:7-1:8", "2:7-2:8", "3:7-3:8"])
    }

    @Test func aKeyThatIsACollectionIsKept() throws {
        let pair = try #require(try loadRoot("? [a, b]\n: c\n").mapping?.first)
        #expect(pair.key.sequence?.compactMap(\.scalar?.value) == ["a", "b"])
        #expect(pair.key.range.description == "1:3-1:9")
        #expect(pair.value.scalar?.value == "c")
    }

    // MARK: Documents

    @Test func everyDocumentOfAStreamIsLoadedInOrder() throws {
        let file = YAMLLoader().load("a: 1\n---\nb: 2\n...\n---\n- c\n")
        #expect(file.problems.isEmpty)
        #expect(file.documents.map(\.index) == [0, 1, 2])
        #expect(file.documents.map(\.range.description) == ["1:1-2:1", "2:1-4:4", "5:1-7:1"])
        #expect(file.documents[1].root["b"]?.range.description == "3:4-3:5")
        #expect(file.documents[2].root.sequence?.first?.scalar?.value == "c")
    }

    @Test func anEmptyDocumentIsANullScalar() throws {
        let file = YAMLLoader().load("---\n--- \n")
        #expect(file.problems.isEmpty)
        #expect(file.documents.count == 2)
        #expect(file.documents.allSatisfy { $0.root.isNull && $0.root.scalar == YAMLScalar("") })
        #expect(file.documents.map(\.root.range.description) == ["2:1-2:1", "3:1-3:1"])
    }

    @Test func loadingTextGivesWhatLoadingItsBytesGives() {
        let text = "namn: åäö\n---\n- 1\n"
        let fromText = YAMLLoader().load(text)
        let fromBytes = YAMLLoader().load(bytes: Array(text.utf8))
        #expect(fromText.documents.map(\.root) == fromBytes.documents.map(\.root))
        #expect(fromText.text == text)
    }

    @Test func aDocumentCountsItsNodesWithAliasesAsTheNodesTheyRepeat() {
        let file = YAMLLoader().load("a: [1, 2]\nb: &x {c: 1}\nd: *x\n---\n- e\n")
        // The root, `a` and its list of two, `b` and its map of one pair, `d` and the map again.
        #expect(file.documents.map(\.nodeCount) == [13, 2])
        #expect(file.documents.map { Self.nodes(below: $0.root) } == [13, 2])
    }

    /// How many nodes a walk from `node` meets, keys included.
    private static func nodes(below node: YAMLNode) -> Int {
        switch node.content {
        case .scalar: 1
        case .sequence(let items): 1 + items.map(nodes(below:)).reduce(0, +)
        case .mapping(let pairs): 1 + pairs.map { nodes(below: $0.key) + nodes(below: $0.value) }.reduce(0, +)
        }
    }

    // MARK: Anchors and aliases

    @Test func anAliasCopiesItsAnchoredNodeAndTakesTheAliasRangeAtItsTop() throws {
        let root = try loadRoot("bas: &b\n  x: å\nkopia: *b\n")
        let copy = try #require(root["kopia"])
        #expect(copy.range.description == "3:8-3:10")
        #expect(copy["x"]?.scalar?.value == "å")
        #expect(copy["x"]?.range == root["bas"]?["x"]?.range)
        #expect(copy.content == root["bas"]?.content)
    }

    @Test func aRedefinedAnchorIsUsedFromItsNewDefinitionOn() throws {
        let root = try loadRoot("a: &x 1\nb: *x\nc: &x 2\nd: *x\n")
        #expect(root["b"]?.scalar?.value == "1")
        #expect(root["d"]?.scalar?.value == "2")
    }

    @Test func anAliasUsedAsAKeyIsThatKey() throws {
        let root = try loadRoot("- &k nyckel\n- *k : värde\n")
        #expect(root.sequence?[1]["nyckel"]?.scalar?.value == "värde")
    }
}
