import Testing

@testable import IOPLintCore

@Suite struct PlaceholderScreenTests {
    @Test(arguments: [
        "Målet är TODO.", "Budget: TBD", "Budget: tbc", "Fixa FIXME nu", "fixme", "Kostnad xxx kronor",
        "Kostnad X-X-X kr", "x.x.x", "x:x:x", "Undertecknat XXXX-XX-XX", "Beslutat ÅÅÅÅ-MM-DD", "Å-Å-Å-Å",
        "Signed YYYY-MM-DD", "Y-Y-Y-Y", "Kontakt: NN", "Kontakt: N.N", "Lorem ipsum", "Parterna [fyll i]",
        "Undertecknas av <namn>", "Antal deltagare ???", "Budgeten är att fyllas i.", "Resurser FYLLS i senare.",
        "Plats meddelas senare.", "Budget to be decided.", "Date to be defined.", "To be determined",
        "To be confirmed", "To be announced",
        // Written with scalars that fold away or fold to the letters: soft hyphens, combining
        // accents, Unicode hyphens, accented letters.
        "fix\u{AD}me", "lore\u{301}m", "lorém", "X\u{2010}X\u{2010}X", "x\u{301}xx", "fíxme", "LORÉM",
    ])
    func placeholdersAreLeftToTheDetector(_ text: String) {
        #expect(PlaceholderScreen.mayHold(text))
    }

    /// Every word and phrase the detector lists passes the screen, in the case it is listed in
    /// and, for words taken in any case, in capitals: a word added to the detector's lists and
    /// not to the screen fails here.
    @Test func everyListedPlaceholderPasses() {
        let words = PlaceholderDetector.capitalWords.map { String(String.UnicodeScalarView($0)) }
        let anyCase = PlaceholderDetector.anyCaseWords.map { String(String.UnicodeScalarView($0)) }
        let phrases = PlaceholderDetector.phrases.map {
            $0.map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
        }
        let texts = words + anyCase + anyCase.map { $0.uppercased() } + phrases + phrases.map { $0.uppercased() }
        for text in texts {
            #expect(!PlaceholderDetector.all(in: "Se \(text) här").isEmpty, "\(text)")
            #expect(PlaceholderScreen.mayHold("Se \(text) här"), "\(text)")
        }
    }

    @Test(arguments: [
        "Kommunen och föreningen samverkar kring fritidsgårdar i Huddinge.",
        "Idéburet offentligt partnerskap – se § 5 och ”Bilaga 1”.", "Todo el mundo participa.", "Vi har nn platser.",
        "Mötet hålls 2025-03-01.", "Vad kostar det? Vem betalar?", "",
    ])
    func ordinaryTextIsPassed(_ text: String) {
        #expect(!PlaceholderScreen.mayHold(text))
    }

    /// Texts put together from pieces of placeholders, letters that fold into them and joiners:
    /// whatever the detector finds, the screen lets through.
    @Test func noPlaceholderIsScreenedOut() {
        let pieces = [
            "x", "X", "-", ".", ":", " ", "å", "Å", "y", "Y", "M", "d", "t", "b", "T", "B", "D", "O", "N", "fyll",
            "as", "s", "i", "senare", "meddelas", "to", "be", "decided", "lorem", "fix", "me", "\u{AD}", "\u{301}",
            "\u{308}", "\u{2010}", "é", "[", "<", ">", "]", "?", "\n", "TODO", "todo", "e", "ö", "a", "namn", "…",
            "\u{A0}", "’", "ł", "K", "\u{212A}", "\u{212B}", "İ",
        ]
        var random = SplitMix(seed: 12)
        var screened = 0
        for _ in 0..<20_000 {
            let text = (0..<random.next(below: 9) + 1).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            let found = !PlaceholderDetector.all(in: text).isEmpty
            let mayHold = PlaceholderScreen.mayHold(text)
            #expect(mayHold || !found, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            if !mayHold { screened += 1 }
        }
        // The screen does pass some texts without looking further.
        #expect(screened > 1000)
    }
}

/// A small deterministic generator (SplitMix64), for tests that try many made-up texts.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        return Int(value % UInt64(bound))
    }
}
