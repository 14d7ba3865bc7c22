import Testing

@testable import IOPLintCore

@Suite struct WordsTests {
    private func texts(_ text: String) -> [String] {
        Words.split(text).map(\.text)
    }

    @Test func splitsOnWhitespaceAndPunctuation() {
        #expect(
            texts("Parterna möts, (minst) fyra gånger/år!") == ["Parterna", "möts", "minst", "fyra", "gånger", "år"])
    }

    @Test(arguments: [
        ("IOP-avtalet gäller", ["IOP-avtalet", "gäller"]),
        ("enligt LOU:s regler", ["enligt", "LOU:s", "regler"]),
        ("t.ex. barn", ["t.ex", "barn"]),
        ("bl.a. unga", ["bl.a", "unga"]),
        ("0.5 och 1,5 procent", ["0.5", "och", "1,5", "procent"]),
        ("från 2025-01-01 kl 14:00", ["från", "2025-01-01", "kl", "14:00"]),
        ("the council’s and don't", ["the", "council’s", "and", "don't"]),
        ("köp- och säljavtal", ["köp", "och", "säljavtal"]),
        ("35 % av 10 000", ["35", "av", "10", "000"]),
        ("§ 14 – se ovan", ["14", "se", "ovan"]),
        ("à-pris", ["à-pris"]),
        ("'citat' 1, 2", ["citat", "1", "2"]),
    ])
    func joinersKeepAWordWholeOnlyBetweenLettersOrDigits(_ text: String, _ expected: [String]) {
        #expect(texts(text) == expected)
    }

    @Test func rangesAreUnicodeScalarOffsets() {
        let words = Words.split("Å är 😀 nämnden")
        #expect(words.map(\.range) == [0..<1, 2..<4, 7..<14])
    }

    @Test func decomposedLettersStayInTheirWord() {
        let words = Words.split("Ha\u{308}r o\u{308}ppnas")
        #expect(words.map(\.text) == ["Ha\u{308}r", "o\u{308}ppnas"])
        #expect(words.map(\.range) == [0..<4, 5..<12])
        #expect(words.map(\.letterCount) == [3, 6])
    }

    @Test func letterCountLeavesOutDigitsAndJoiners() {
        #expect(Words.split("LOU:s 2025-01-01 Socialnämnden").map(\.letterCount) == [4, 0, 13])
    }

    @Test(arguments: [("", 0), ("   \n", 0), ("— … !", 0), ("Ett ord", 2), ("Tre, fyra, fem.", 3)])
    func countCountsWords(_ text: String, _ count: Int) {
        #expect(Words.count(in: text) == count)
    }

    @Test func latin1ShortcutsAgreeWithTheUnicodeProperties() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Words.isCore(scalar) == Words.isCoreByProperties(scalar), "U+\(String(value, radix: 16))")
        }
        // `continues` asks for marks only from U+0300, and digits below U+0100 are ASCII ones.
        for value in UInt32(0)..<0x300 {
            let properties = Unicode.Scalar(value)!.properties
            #expect(![.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory))
            if value < 0x100 { #expect((properties.numericType == .decimal) == (0x30...0x39).contains(value)) }
        }
    }
}

@Suite struct WordsBoundTests {
    @Test(arguments: [
        ("Ett två tre", 3, true), ("Ett två tre", 2, false), ("", 0, true), ("§ 14 – se ovan", 2, false),
        ("Idéburet offentligt partnerskap", 3, true),
    ])
    func shortTextsAreTold(_ text: String, _ limit: Int, _ surely: Bool) {
        #expect(Words.surelyAtMost(limit, in: text) == surely)
    }

    /// Made-up texts with letters of every kind, marks and joiners: a text is never said to
    /// have at most fewer words than it has.
    @Test func theBoundIsNeverBelowTheWords() {
        let pieces = [
            "a", "Å", "é", "1", " ", "-", ".", ":", "'", ",", "\u{AD}", "\u{301}", "\u{A0}", "ł", "ß", "Ω", "字", "–",
            "§", "’", "\u{2010}", "½", "ª", "×", "\n", "😀", "e\u{301}",
        ]
        var random = SplitMix(seed: 7)
        for _ in 0..<5_000 {
            let text = (0..<random.next(below: 12) + 1).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            let count = Words.count(in: text)
            if count > 0 { #expect(!Words.surelyAtMost(count - 1, in: text), "\(text.debugDescription)") }
        }
    }

    /// Eight ASCII bytes read as one word count what reading them one by one counts, with any
    /// limit: every ASCII byte, runs long enough for whole words, and Swedish letters between.
    @Test func eightBytesAtATimeCountAsOneAtATime() {
        let pieces =
            (0..<128).map { String(UnicodeScalar(UInt8($0))) } + [
                "partnerskap ", "2025-01-01", "Å", "ä", "é", "ł", "字", "😀", "\u{301}", "½", "×", "        ",
            ]
        var random = SplitMix(seed: 11)
        for _ in 0..<5_000 {
            var text = (0..<random.next(below: 40) + 1).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            let limit = random.next(below: 30)
            let shown = text.debugDescription
            text.withUTF8 { bytes in
                let byWords = Words.wordStarts(in: bytes, stoppingAbove: limit)
                let byBytes = Words.wordStarts(in: bytes, stoppingAbove: limit, eightAtATime: false)
                #expect(min(byWords, limit + 1) == min(byBytes, limit + 1), "\(shown), limit \(limit)")
            }
        }
    }
}
