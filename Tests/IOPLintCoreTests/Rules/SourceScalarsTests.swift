import Testing

@testable import IOPLintCore

/// A file's text read a stretch at a time gives the scalars the whole text decoded at once has.
@Suite struct SourceScalarsTests {
    /// Texts of one-, two-, three- and four-byte scalars, long enough to pass several checkpoints
    /// (one every 1024 scalars), and short ones.
    static let texts: [String] = [
        "", "a", "å", "\n", "Läxhjälp i Gottsunda\r\nparties:\n  - id: ibn-rushd\n",
        String(repeating: "Föreningen ansvarar för läxhjälpen. ", count: 120),
        String(repeating: "a€😀\n", count: 700),
        (0..<3000).map { ["x", "é", "\u{2028}", "€", "🏠", "\r\n"][$0 % 6] }.joined(),
        // As many scalars as two checkpoints cover: the end is where a third would be.
        String(repeating: "å", count: 1024), String(repeating: "a\n", count: 1024),
    ]

    @Test(arguments: texts)
    func stretchesAreThoseOfTheWholeText(_ text: String) {
        let whole = Array(text.unicodeScalars)
        let source = SourceScalars(text: text)
        #expect(source.count == whole.count)
        #expect(source.all == whole)
        let cuts = Set([0, 1, 2, 1023, 1024, 1025, 2047, 2048, whole.count / 2, whole.count - 1, whole.count])
            .filter { $0 >= 0 && $0 <= whole.count }.sorted()
        for lower in cuts {
            for upper in cuts where upper >= lower {
                #expect(source.scalars(lower..<upper) == Array(whole[lower..<upper]), "\(lower)..<\(upper)")
            }
        }
        // Out of the text: clamped to it.
        #expect(source.scalars(-5..<2) == Array(whole.prefix(2)))
        #expect(source.scalars(whole.count..<(whole.count + 3)) == [])
    }

    @Test(arguments: texts)
    func theNextLineBreakIsFoundFromAnyOffset(_ text: String) {
        let whole = Array(text.unicodeScalars)
        let source = SourceScalars(text: text)
        for offset in stride(from: 0, to: whole.count, by: max(1, whole.count / 97)) {
            let expected = whole[offset...].firstIndex(of: "\n")
            #expect(source.offset(ofNext: "\n", from: offset) == expected, "from \(offset)")
        }
        #expect(source.offset(ofNext: "\n", from: whole.count) == nil)
        #expect(source.offset(ofNext: "\n", from: -1) == nil)
    }

    @Test func scalarsGivenAsScalarsReadTheSame() {
        let scalars = Array("Läxhjälp 😀\r\nrad två".unicodeScalars)
        let source = SourceScalars(scalars: scalars)
        #expect(source.all == scalars)
        #expect(source.scalars(3..<12) == Array(scalars[3..<12]))
        #expect(source.offset(ofNext: "\n", from: 0) == 11)
    }
}
