import IOPYAML
import Testing

@testable import IOPLintServer

@Suite struct TextLayoutTests {
    /// Line 2 (`title: Ärende 😀 över`): `Ä` is 1 unit in both encodings, `😀` 2 in UTF-16 and 1
    /// in UTF-32.
    private let text = "iop-lint: 1\ntitle: Ärende 😀 över\n"

    @Test func scalarsAfterAnEmojiAreOneUnitFurtherInUTF16() {
        let layout = TextLayout(text)
        // `över` starts at column 17 (1-based scalars) of line 2.
        let offset = layout.offset(of: SourcePosition(line: 2, column: 17, offset: 0))
        #expect(layout.position(ofOffset: offset, in: .utf32) == Position(line: 1, character: 16))
        #expect(layout.position(ofOffset: offset, in: .utf16) == Position(line: 1, character: 17))
    }

    @Test(arguments: [PositionEncoding.utf16, .utf32])
    func positionsRoundTrip(encoding: PositionEncoding) {
        let layout = TextLayout("a: å\r\nb: 😀ö\rc: \u{2028}d\n")
        // Every offset but the one between `\r` and `\n`, which is no position.
        for offset in 0...layout.scalars.count where offset != 5 {
            let position = layout.position(ofOffset: offset, in: encoding)
            #expect(layout.offset(of: position, in: encoding) == offset)
            #expect(layout.offset(of: layout.sourcePosition(ofOffset: offset)) == offset)
        }
    }

    @Test func aPositionInsideASurrogatePairMeansTheEmoji() {
        let layout = TextLayout("x: 😀y")
        #expect(layout.offset(of: Position(line: 0, character: 4), in: .utf16) == 3)
        #expect(layout.offset(of: Position(line: 0, character: 5), in: .utf16) == 4)
    }

    @Test func lineSeparatorsEndLinesForLibYAMLOnly() {
        let layout = TextLayout("a: x\u{2028}y\nb: 1\n")
        // libyaml's line 3 (`b: 1`) is LSP's line 1.
        let offset = layout.offset(of: SourcePosition(line: 3, column: 1, offset: 0))
        #expect(layout.position(ofOffset: offset, in: .utf16) == Position(line: 1, character: 0))
    }

    @Test func aByteOrderMarkIsNotInLibYAMLsColumnsButIsInLSPs() {
        let layout = TextLayout("\u{FEFF}a: 1\n")
        let offset = layout.offset(of: SourcePosition(line: 1, column: 1, offset: 0))
        #expect(layout.position(ofOffset: offset, in: .utf16) == Position(line: 0, character: 1))
    }

    @Test func aColumnPastTheEndOfItsLineIsTheLineEnd() {
        let layout = TextLayout("ab\r\ncd")
        #expect(layout.offset(of: SourcePosition(line: 1, column: 9, offset: 0)) == 2)
        #expect(layout.offset(of: Position(line: 0, character: 9), in: .utf16) == 2)
        #expect(layout.offset(of: Position(line: 7, character: 0), in: .utf16) == 6)
    }
}
