import IOPYAML
import Testing

@Suite struct YAMLNodeTests {
    @Test func eachAccessorAnswersOnlyForItsKindOfNode() throws {
        let root = try loadRoot("s: x\nl: [1]\nm: {a: 1}\n")
        let scalar = try #require(root["s"])
        let list = try #require(root["l"])
        let map = try #require(root["m"])
        #expect(scalar.scalar == YAMLScalar("x"))
        #expect(scalar.sequence == nil && scalar.mapping == nil)
        #expect(list.sequence?.count == 1)
        #expect(list.scalar == nil && list.mapping == nil)
        #expect(map.mapping?.count == 1)
        #expect(map.scalar == nil && map.sequence == nil)
    }

    @Test func aKeyIsLookedUpByItsText() throws {
        let root = try loadRoot("namn: Åsa\n'citerad': ja\n")
        #expect(root["namn"]?.scalar?.value == "Åsa")
        #expect(root["citerad"]?.scalar?.value == "ja")
        #expect(root["saknas"] == nil)
    }

    @Test func thePairOfAKeyKeepsTheKeysRange() throws {
        let root = try loadRoot("a: 1\nåäö: 2\n")
        let pair = try #require(root.pair(forKey: "åäö"))
        #expect(pair.key.range.description == "2:1-2:4")
        #expect(pair.value.range.description == "2:6-2:7")
    }

    @Test func lookingUpAKeyInANodeThatIsNoMappingFindsNothing() throws {
        let root = try loadRoot("[a, b]")
        #expect(root["a"] == nil)
        #expect(root.pair(forKey: "a") == nil)
        #expect(root.sequence?.first?["a"] == nil)
    }

    @Test func aCopyKeepsItsValueWhenTheOriginalChanges() throws {
        let root = try loadRoot("a: 1\nb: [x]\n")
        var changed = root
        let range = SourceRange(at: SourcePosition(line: 9, column: 9, offset: 99))
        changed.range = range
        changed.tag = "tag:yaml.org,2002:map"
        changed.content = .sequence([])
        #expect(changed.range == range && changed.tag == "tag:yaml.org,2002:map" && changed.sequence?.isEmpty == true)
        #expect(root.range.description == "1:1-3:1" && root.tag == nil && root.mapping?.count == 2)
        #expect(changed != root)
    }

    @Test func nodesBuiltApartAreEqualAndHashAlikeWhenTheirPartsAre() throws {
        let first = try loadRoot("a: [1, {b: c}]\n")
        let second = try loadRoot("a: [1, {b: c}]\n")
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(Set([first, second]).count == 1)
        #expect(first != (try loadRoot("a: [1, {b: d}]\n")))
        var retagged = second
        retagged.tag = "tag:yaml.org,2002:map"
        #expect(first != retagged)
    }
}
