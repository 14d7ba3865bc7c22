import IOPYAML
import Testing

@Suite struct DocumentPathTests {
    @Test func theRootIsPrintedAsTheEmptyString() {
        #expect(DocumentPath.root.description == "")
        #expect(DocumentPath.root.isRoot)
        #expect(!DocumentPath.root.appending(index: 0).isRoot)
    }

    @Test func keysAreJoinedByDotsAndIndicesAreInBrackets() {
        let path = DocumentPath.root.appending(key: "parties").appending(index: 1).appending(key: "mandate")
        #expect(path.description == "parties[1].mandate")
        #expect(path.components == [.key("parties"), .index(1), .key("mandate")])
    }

    @Test func aPathMayStartWithAnIndex() {
        #expect(DocumentPath([.index(0), .key("id")]).description == "[0].id")
    }

    @Test func keysOfLettersDigitsDashesAndUnderscoresArePlainInAnyAlphabet() {
        #expect(
            DocumentPath([.key("åtagande"), .key("org-number"), .key("x_1")]).description == "åtagande.org-number.x_1")
    }

    /// Indices of any number of digits, and paths long enough for a string of their own.
    @Test(
        arguments: [
            ([.index(9), .index(10), .index(0)], "[9][10][0]"),
            ([.key("parties"), .index(123_456_789), .key("mandate"), .key("date")], "parties[123456789].mandate.date"),
            (
                [.key("ekonomi"), .key("årlig-ersättning"), .index(Int.max)],
                "ekonomi.årlig-ersättning[9223372036854775807]"
            ),
            ([.index(2), .key("a b"), .index(3)], "[2][\"a b\"][3]"),
            ([.key("x"), .index(-1)], "x[-1]"),
        ] as [([DocumentPath.Component], String)])
    func printedFormOfLongerPaths(_ components: [DocumentPath.Component], _ printed: String) {
        #expect(DocumentPath(components).description == printed)
    }

    @Test func otherKeysAreQuotedWithQuotesAndBackslashesEscaped() {
        #expect(DocumentPath([.key("a b")]).description == "[\"a b\"]")
        #expect(DocumentPath([.key("x"), .key("a.b")]).description == "x[\"a.b\"]")
        #expect(DocumentPath([.key("")]).description == "[\"\"]")
        #expect(DocumentPath([.key("say \"hi\" \\")]).description == "[\"say \\\"hi\\\" \\\\\"]")
    }

    @Test func theParentDropsTheLastComponent() {
        let path = DocumentPath([.key("a"), .index(2)])
        #expect(path.parent == DocumentPath([.key("a")]))
        #expect(path.parent.parent == .root)
        #expect(DocumentPath.root.parent == .root)
    }

    @Test func pathsSortByTheirPrintedForm() {
        let paths = [
            DocumentPath([.key("b")]), DocumentPath([.key("a"), .index(1)]), .root, DocumentPath([.key("a")]),
        ]
        #expect(paths.sorted().map(\.description) == ["", "a", "a[1]", "b"])
    }
}
