import IOPLintCore
import IOPYAML
import Testing

struct SourceLinesTests {
    private func at(_ line: Int, _ column: Int) -> SourcePosition {
        SourcePosition(line: line, column: column, offset: 0)
    }

    @Test
    func linesEndWhereLibYAMLEndsThem() {
        let lines = SourceLines("a\nb\r\nc\rd\u{2028}e\u{85}f\n")
        #expect(lines.count == 7)
        #expect((1...7).map { lines.line($0).map(String.init) } == ["a", "b", "c", "d", "e", "f", ""])
        #expect(lines.line(8) == nil)
        #expect(lines.line(0) == nil)
    }

    @Test
    func charactersThatShareALineBreaksFirstBytesDoNotEndALine() {
        // – (E2 80 93), … (E2 80 A6), § (C2 A7) and a no-break space (C2 A0) begin as line
        // breaks do (E2 80 A8, E2 80 A9, C2 85).
        let lines = SourceLines("a–b…c§d\u{2029}e\u{A0}f\r")
        #expect(lines.count == 3)
        #expect((1...3).map { lines.line($0).map(String.init) } == ["a–b…c§d", "e\u{A0}f", ""])
    }

    /// Texts long enough for the eight-byte skip, with every kind of line break and the
    /// characters that start like one at every offset: the lines are those a split by
    /// characters gives.
    @Test
    func longTextsSplitAsACharacterByCharacterSplitDoes() {
        let pieces = [
            "a", "Människan ", "i Flemingsberg", "\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "–", "…", "§",
            "\u{A0}", "\t", "\u{0B}", "\u{0C}", "ö", "\u{1F600}", "        ",
        ]
        let breaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
        var state: UInt64 = 7
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<40 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            var expected: [String] = []
            var line = ""
            var scalars = text.unicodeScalars[...]
            while let scalar = scalars.popFirst() {
                guard breaks.contains(scalar) else {
                    line.unicodeScalars.append(scalar)
                    continue
                }
                if scalar == "\r", scalars.first == "\n" { scalars.removeFirst() }
                expected.append(line)
                line = ""
            }
            expected.append(line)
            let lines = SourceLines(text)
            #expect(lines.count == expected.count)
            #expect((1...lines.count).map { lines.line($0).map(String.init) ?? "?" } == expected)
        }
    }

    @Test
    func textOfARangeOnOneLineCountsColumnsInScalars() {
        let lines = SourceLines("title: Människan i Flemingsberg\n")
        #expect(lines.text(in: SourceRange(start: at(1, 8), end: at(1, 17))) == "Människan")
        #expect(lines.text(in: SourceRange(start: at(1, 20), end: at(1, 99))) == "Flemingsberg")
        #expect(lines.text(in: SourceRange(at: at(1, 8))) == "")
    }

    @Test
    func textOfARangeOverSeveralLinesJoinsThemWithNewlines() {
        let lines = SourceLines("title: [Människan,\n  i,\n  Flemingsberg]\nkind: iop\n")
        let text = lines.text(in: SourceRange(start: at(1, 8), end: at(3, 16)))
        #expect(text == "[Människan,\n  i,\n  Flemingsberg]")
        #expect(lines.text(in: SourceRange(start: at(4, 7), end: at(5, 1))) == "iop\n")
    }

    @Test
    func rangesPastTheEndGiveWhatIsThere() {
        let lines = SourceLines("a: b")
        #expect(lines.text(in: SourceRange(start: at(1, 4), end: at(9, 1))) == "b")
        #expect(lines.text(in: SourceRange(start: at(5, 1), end: at(6, 1))) == "")
    }

    @Test
    func aSparseCopyHoldsTheLinesKeptAndKnowsHowManyThereWere() {
        let lines = SourceLines("ett\ntvå\r\ntre – fyra\nfem\n")
        let sparse = lines.keeping([4, 3, 3, 99, 0, 1])
        #expect(sparse.count == 5)
        #expect((1...5).map { sparse.line($0).map(String.init) } == ["ett", nil, "tre – fyra", "fem", ""])
        #expect(sparse.line(6) == nil)
        #expect(sparse.keptLines == [1: "ett", 3: "tre – fyra", 4: "fem", 5: ""])
        let restored = SourceLines(keptLines: sparse.keptLines, count: sparse.count)
        #expect((1...5).map { restored.line($0).map(String.init) } == (1...5).map { sparse.line($0).map(String.init) })
        #expect(sparse.text(in: SourceRange(start: at(3, 5), end: at(4, 3))) == "– fyra\nfe")
    }

    @Test
    func aRangeOnOneLineIsSlicedByScalarsWhateverTheirWidth() {
        // One, two, three and four bytes in UTF-8; a combining ring counts as a scalar of its own.
        let line = "aå–😀e\u{30A}z"
        let scalars = Array(line.unicodeScalars)
        let lines = SourceLines(line)
        for start in 1...(scalars.count + 2) {
            for end in 1...(scalars.count + 2) {
                let expected =
                    start < end && start <= scalars.count
                    ? String(String.UnicodeScalarView(scalars[(start - 1)..<min(end - 1, scalars.count)])) : ""
                #expect(lines.text(in: SourceRange(start: at(1, start), end: at(1, end))) == expected)
            }
        }
    }
}
