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
