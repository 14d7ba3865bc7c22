import Testing

@testable import IOPLintServer

@Suite struct OpenDocumentTests {
    private func change(_ range: (Int, Int, Int, Int)?, _ text: String) -> ClientParams.DidChange.Change {
        .init(
            range: range.map {
                LSPRange(start: Position(line: $0.0, character: $0.1), end: Position(line: $0.2, character: $0.3))
            }, text: text)
    }

    @Test func editsAfterAnEmojiLandInTheRightPlaceInEitherEncoding() {
        var utf16 = OpenDocument(uri: "file:///a.yaml", version: 1, text: "title: 😀 Läxhjälp\n")
        utf16.apply([change((0, 10, 0, 13), "Lek")], version: 2, encoding: .utf16)
        #expect(utf16.text == "title: 😀 Lekhjälp\n")
        #expect(utf16.version == 2)
        var utf32 = OpenDocument(uri: "file:///a.yaml", version: 1, text: "title: 😀 Läxhjälp\n")
        utf32.apply([change((0, 9, 0, 12), "Lek")], version: 2, encoding: .utf32)
        #expect(utf32.text == "title: 😀 Lekhjälp\n")
    }

    @Test func changesApplyInOrderAndAWholeTextReplacesAll() {
        var document = OpenDocument(uri: "file:///a.yaml", version: 1, text: "a: 1\n")
        document.apply(
            [change((0, 3, 0, 4), "2"), change((1, 0, 1, 0), "b: å\n"), change((1, 3, 1, 4), "ö")], version: 2,
            encoding: .utf16)
        #expect(document.text == "a: 2\nb: ö\n")
        document.apply([change(nil, "c: 3\n")], version: 3, encoding: .utf16)
        #expect(document.text == "c: 3\n")
    }

    @Test func fileURIsArePercentDecoded() {
        #expect(OpenDocument.path(ofURI: "file:///tmp/l%C3%A4x%20hj%C3%A4lp.yaml") == "/tmp/läx hjälp.yaml")
        #expect(OpenDocument.path(ofURI: "untitled:Untitled-1") == nil)
    }
}
