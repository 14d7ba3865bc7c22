import IOPYAML
import Testing

/// Each kind of problem the loader reports, at its exact place.
@Suite struct YAMLProblemTests {
    // MARK: Repeated keys

    @Test func duplicateKeyIsReportedAtTheRepeat() throws {
        let file = YAMLLoader().load("a: 1\nb: 2\na: 3\n")
        let problem = try #require(file.problems.first)
        #expect(file.problems.count == 1)
        #expect(problem.kind == .duplicateKey(key: "a", firstLine: 1))
        #expect(problem.range.description == "3:1-3:2")
        #expect(problem.path.description == "a")
        #expect(problem.documentIndex == 0)
        #expect(!problem.isFatal)
    }

    /// Maps of a few keys to a hundred, with keys of the same length and first letter among
    /// them: every repeat is reported with the line of the key's first pair, and only repeats.
    @Test func everyRepeatedKeyIsFoundInMapsOfAnySize() {
        let names = ["a", "b", "ab", "ac", "ba", "abc", "abd", "acb", "bcd", "å", "åa", "id", "ids", "is"]
        for size in [1, 2, 5, 20, 47, 48, 49, 60, 100] {
            // Every seventh key repeats a short name; the others are a name and a number.
            let keys = (0..<size).map { index in
                index % 7 == 3
                    ? names[(index * 5) % names.count] : names[index % names.count] + "\(index / names.count)"
            }
            let yaml = keys.map { "\($0): 1" }.joined(separator: "\n") + "\n"
            var firstLine: [String: Int] = [:]
            var expected: [YAMLProblem.Kind] = []
            for (index, key) in keys.enumerated() {
                if let line = firstLine[key] {
                    expected.append(.duplicateKey(key: key, firstLine: line))
                } else {
                    firstLine[key] = index + 1
                }
            }
            let found = YAMLLoader().load(yaml).problems.map(\.kind)
            #expect(found == expected, "\(size) keys")
            #expect(size < 20 || !expected.isEmpty)
        }
    }

    @Test func duplicateKeyKeepsTheFirstPair() throws {
        let file = YAMLLoader().load("a: 1\nb: 2\na: 3\n")
        let pairs = try #require(file.documents.first?.root.mapping)
        #expect(pairs.compactMap(\.key.scalar?.value) == ["a", "b"])
        #expect(pairs[0].value.scalar?.value == "1")
    }

    @Test func duplicateKeyAfterMultiByteTextIsAtItsScalarColumn() throws {
        let problem = try loadProblem("{å: 1, ä: 2, å: 3}")
        #expect(problem.kind == .duplicateKey(key: "å", firstLine: 1))
        #expect(problem.range.description == "1:14-1:15")
        #expect(problem.range.start.offset == 13)
    }

    @Test func duplicateKeyInANestedMappingNamesItsPath() throws {
        let problem = try loadProblem("parter:\n  - namn: Åsa\n    id: x\n    namn: Örjan\n")
        #expect(problem.kind == .duplicateKey(key: "namn", firstLine: 2))
        #expect(problem.range.description == "4:5-4:9")
        #expect(problem.path.description == "parter[0].namn")
    }

    @Test func keysWithTheSameTextAreDuplicatesWhateverTheirStyle() throws {
        let problem = try loadProblem("1: a\n\"1\": b\n")
        #expect(problem.kind == .duplicateKey(key: "1", firstLine: 1))
        #expect(problem.range.description == "2:1-2:4")
    }

    @Test func theSameKeyInTwoMappingsIsNoDuplicate() throws {
        _ = try loadRoot("- namn: a\n- namn: b\n")
        _ = try loadRoot("a: {namn: 1}\nb: {namn: 2}\n")
    }

    @Test(arguments: [3, 15, 16, 17, 40, 47, 48, 49, 100])
    func duplicateKeysAreFoundInMappingsOfAnySize(keys: Int) throws {
        // Small mappings are searched pair by pair, large ones through a table: both find the
        // first and the last key repeated, each on its first line.
        let lines = (1...keys).map { "k\($0): \($0)" } + ["k1: again", "k\(keys): again", "k\(keys + 1): new"]
        let file = YAMLLoader().load(lines.joined(separator: "\n") + "\n")
        #expect(
            file.problems.map(\.kind) == [
                .duplicateKey(key: "k1", firstLine: 1), .duplicateKey(key: "k\(keys)", firstLine: keys),
            ])
        let pairs = try #require(file.documents.first?.root.mapping)
        #expect(pairs.compactMap(\.key.scalar?.value) == (1...keys + 1).map { "k\($0)" })
    }

    @Test func duplicateKeyDoesNotStopLoading() throws {
        let file = YAMLLoader().load("a: 1\n---\nb: 1\nb: 2\nc: 3\n---\nd: 4\n")
        #expect(file.documents.count == 3)
        #expect(file.documents[1].root.mapping?.count == 2)
        let problem = try #require(file.problems.first)
        #expect(file.problems.count == 1)
        #expect(problem.documentIndex == 1)
        #expect(problem.range.description == "4:1-4:2")
    }

    // MARK: Aliases

    @Test func undefinedAliasIsReportedAtTheAlias() throws {
        let file = YAMLLoader().load("åäö: *saknas\n")
        let problem = try #require(file.problems.first)
        #expect(problem.kind == .undefinedAlias("saknas"))
        #expect(problem.range.description == "1:6-1:13")
        #expect(problem.path.description == "åäö")
        #expect(problem.isFatal)
        #expect(file.documents.isEmpty)
    }

    @Test func anAnchorIsNotVisibleInTheNextDocument() throws {
        let file = YAMLLoader().load("a: &x 1\n---\nb: *x\n")
        #expect(file.documents.count == 1)
        let problem = try #require(file.problems.first)
        #expect(problem.kind == .undefinedAlias("x"))
        #expect(problem.documentIndex == 1)
        #expect(problem.range.description == "3:4-3:6")
    }

    @Test func anAliasInsideItsOwnAnchoredNodeIsUndefined() throws {
        let problem = try loadProblem("&a [1, *a]\n")
        #expect(problem.kind == .undefinedAlias("a"))
        #expect(problem.range.description == "1:8-1:10")
        #expect(problem.path.description == "[1]")
    }

    // MARK: Bytes

    @Test func invalidUTF8IsReportedAtTheFirstBadByte() throws {
        let file = YAMLLoader().load(bytes: Array("ab\nåäö".utf8) + [0xFF] + Array("x\n".utf8))
        let problem = try #require(file.problems.first)
        #expect(file.problems.count == 1)
        #expect(problem.kind == .invalidUTF8)
        #expect(problem.range.description == "2:4-2:4")
        #expect(problem.range.start.offset == 6)
        #expect(file.documents.isEmpty)
        #expect(file.text.isEmpty)
    }

    @Test func aTruncatedMultiByteSequenceIsInvalidUTF8() throws {
        let problem = try loadProblem(Array("å: ".utf8) + [0xC3])
        #expect(problem.kind == .invalidUTF8)
        #expect(problem.range.description == "1:4-1:4")
    }

    @Test func utf16IsNotUTF8() throws {
        let problem = try loadProblem([0xFF, 0xFE, 0x61, 0x00])
        #expect(problem.kind == .invalidUTF8)
        #expect(problem.range.description == "1:1-1:1")
    }

    @Test func binaryFileIsReportedAtItsFirstNulByte() throws {
        let problem = try loadProblem(Array("a: ö\n".utf8) + [0, 1, 2])
        #expect(problem.kind == .binary)
        #expect(problem.range.description == "2:1-2:1")
        #expect(problem.range.start.offset == 5)
    }

    @Test func aControlCharacterIsASyntaxErrorAtItsPosition() throws {
        let problem = try loadProblem("a: åb\u{01}\n")
        #expect(problem.kind == .syntax(problem: "control characters are not allowed", context: nil))
        #expect(problem.range.description == "1:6-1:6")
        #expect(problem.range.start.offset == 5)
    }

    @Test func aControlCharacterAfterAByteOrderMarkIsCountedWithoutTheMark() throws {
        let problem = try loadProblem([0xEF, 0xBB, 0xBF] + Array("a: å\u{01}\n".utf8))
        #expect(problem.range.description == "1:5-1:5")
        #expect(problem.range.start.offset == 4)
    }

    @Test(arguments: [
        "a: 1\rb: åb\u{01}\n", "a: 1\r\nb: åb\u{01}\n", "a: 1\u{2028}b: åb\u{01}\n", "a: 1\u{85}b: åb\u{01}\n",
    ])
    func aControlCharacterIsPlacedOnTheLinesLibYAMLCounts(text: String) throws {
        let problem = try loadProblem(text)
        #expect(problem.range.description == "2:6-2:6")
    }

    // MARK: Empty files

    @Test(arguments: ["", "# bara en kommentar\n# och en till\n", "   \n\n", "\u{FEFF}"])
    func aFileWithoutDocumentsIsEmpty(text: String) throws {
        let file = YAMLLoader().load(text)
        #expect(file.problems.map(\.kind) == [.empty])
        #expect(file.problems.first?.range.description == "1:1-1:1")
        #expect(file.documents.isEmpty)
    }

    // MARK: Syntax

    @Test func syntaxErrorCarriesLibYAMLsMessageAtItsPosition() throws {
        let file = YAMLLoader().load("namn: åäö\nfel: å: ä\n")
        let problem = try #require(file.problems.first)
        #expect(problem.kind == .syntax(problem: "mapping values are not allowed in this context", context: nil))
        #expect(problem.range.description == "2:7-2:7")
        #expect(problem.isFatal)
        #expect(file.documents.isEmpty)
    }

    @Test func syntaxErrorNamesTheContextLibYAMLGives() throws {
        let problem = try loadProblem("lista: [å, ä\nnästa: 1\n")
        #expect(
            problem.kind
                == .syntax(problem: "did not find expected ',' or ']'", context: "while parsing a flow sequence"))
        #expect(problem.range.description == "2:6-2:6")
        #expect(problem.path.description == "lista[2]")
    }

    @Test func syntaxErrorInTheThirdDocumentKeepsTheFirstTwo() throws {
        let file = YAMLLoader().load("a: 1\n---\nb: 2\n---\nc: [\n")
        #expect(file.documents.map(\.index) == [0, 1])
        #expect(file.documents[1].root["b"]?.scalar?.value == "2")
        let problem = try #require(file.problems.first)
        #expect(file.problems.count == 1)
        #expect(problem.documentIndex == 2)
        #expect(problem.range.description == "6:1-6:1")
        #expect(
            problem.kind == .syntax(problem: "did not find expected node content", context: "while parsing a flow node")
        )
    }

    @Test func theFatalProblemComesLast() throws {
        let file = YAMLLoader().load("a: 1\na: 2\nb: [\n")
        #expect(file.problems.map(\.isFatal) == [false, true])
        #expect(file.problems.first?.kind == .duplicateKey(key: "a", firstLine: 1))
    }
}
