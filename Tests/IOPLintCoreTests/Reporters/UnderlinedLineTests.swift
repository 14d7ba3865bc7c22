import IOPYAML
import Testing

@testable import IOPLintCore

struct UnderlinedLineTests {
    /// A range on one line, from column `start` to column `end` (1-based, exclusive end).
    private func range(line: Int = 1, _ start: Int, _ end: Int, endLine: Int? = nil) -> SourceRange {
        SourceRange(
            start: SourcePosition(line: line, column: start, offset: 0),
            end: SourcePosition(line: endLine ?? line, column: end, offset: 0))
    }

    @Test
    func rangeIsUnderlinedWithACaretAndTildes() {
        let underlined = UnderlinedLine(line: "kind: partnerskap", range: range(7, 18))
        #expect(underlined.source == "kind: partnerskap")
        #expect(underlined.underline == "      ^~~~~~~~~~~")
    }

    @Test
    func tabsAreExpandedSoTheUnderlineStaysAligned() {
        let underlined = UnderlinedLine(line: "title:\tHela\tMänniskan", range: range(8, 22))
        #expect(underlined.source == "title:  Hela    Människan")
        #expect(underlined.underline == "        ^~~~~~~~~~~~~~~~~")
        let start = underlined.underline.firstIndex(of: "^")!.utf16Offset(in: underlined.underline)
        #expect(Array(underlined.source.unicodeScalars)[start] == "H")
    }

    @Test
    func multiByteLettersAreOneColumnEach() {
        let underlined = UnderlinedLine(line: "namn: Människan – Åsa", range: range(7, 16))
        #expect(underlined.underline == "      ^~~~~~~~~")
        let after = UnderlinedLine(line: "namn: Människan – Åsa", range: range(19, 22))
        #expect(after.underline == "                  ^~~")
    }

    @Test
    func aRangeOverSeveralLinesIsUnderlinedToTheEndOfTheFirst() {
        let underlined = UnderlinedLine(line: "title: [Människan,", range: range(line: 12, 8, 16, endLine: 13))
        #expect(underlined.underline == "       ^~~~~~~~~~~")
    }

    @Test
    func anEmptyRangeGetsOneCaret() {
        #expect(UnderlinedLine(line: "title: x", range: range(1, 1)).underline == "^")
        #expect(UnderlinedLine(line: "title: x", range: range(7, 7)).underline == "      ^")
    }

    @Test
    func aRangeAtTheEndOfTheLineGetsOneCaretThere() {
        #expect(UnderlinedLine(line: "title:", range: range(7, 7)).underline == "      ^")
        #expect(UnderlinedLine(line: "title:", range: range(line: 1, 7, 1, endLine: 2)).underline == "      ^")
        #expect(UnderlinedLine(line: "", range: range(1, 1)).underline == "^")
    }
}

extension UnderlinedLineTests {
    @Test
    func controlsAreEscapedAndTheUnderlineFollowsThem() {
        let underlined = UnderlinedLine(
            line: "kind: \u{1B}[31mx",
            range: SourceRange(
                start: SourcePosition(line: 1, column: 7, offset: 0),
                end: SourcePosition(line: 1, column: 13, offset: 0)))
        #expect(underlined.source == "kind: \\u{1B}[31mx")
        #expect(underlined.underline == "      ^~~~~~~~~~~")
    }

    @Test
    func aLongLineIsShownAroundTheRangeWithTheCutsMarked() {
        let line = String(repeating: "a", count: 500) + "FEL" + String(repeating: "b", count: 500)
        let underlined = UnderlinedLine(
            line: Substring(line),
            range: SourceRange(
                start: SourcePosition(line: 1, column: 501, offset: 0),
                end: SourcePosition(line: 1, column: 504, offset: 0)))
        #expect(underlined.source.hasPrefix("…a"))
        #expect(underlined.source.hasSuffix("b…"))
        #expect(underlined.source.count == ShownText.widestLine + 2)
        let caret = underlined.underline.count - 3
        #expect(underlined.underline.hasSuffix("^~~"))
        #expect(Array(underlined.source)[caret..<(caret + 3)] == ["F", "E", "L"])
    }
}
