import Testing

@testable import IOPLintCore

@Suite struct SentencesTests {
    private func texts(_ text: String) -> [String] {
        Sentences.split(text).map(\.text)
    }

    @Test func splitsAtStopsExclamationAndQuestionMarks() {
        #expect(
            texts("Vi möts. Varför? För att det behövs! Klart")
                == ["Vi möts.", "Varför?", "För att det behövs!", "Klart"])
    }

    @Test(arguments: [
        "Stödet gäller t.ex. Huddinge och bl.a. Botkyrka.",
        "Målet är 0.5 procent eller 35 % till 2027-12-31.",
        "Enligt 14 § LOU och kap. 3 gäller detta.",
        "Kontakta A. Andersson om detta.",
        "Se s. 12 och p. 3 i bilagan.",
        "Use plain words, e.g. Swedish ones, i.e. short ones.",
        "Mötet hålls kl. 14.00 den 1.1.2026.",
        "Parterna väljer ordf. och sekreterare.",
        "Barn, unga etc. deltar i arbetet.",
        "Stöd till skolor m.m. är möjligt.",
        "Parterna gör följande: planerar; genomför; följer upp.",
    ])
    func abbreviationsDecimalsAndDatesDoNotEndASentence(_ text: String) {
        #expect(texts(text) == [text])
    }

    /// The longest abbreviations (six scalars) and one written with a combining diaeresis are
    /// still looked up: words longer than every abbreviation are not.
    @Test(arguments: [
        "Avtalet gäller fr.o.m. Januari och m.a.o. Hela året.",
        "Avtalet gäller approx. Three years.",
        "Se f.o\u{308}. Bilaga 2.",
    ])
    func theLongestAndDecomposedAbbreviationsDoNotEndASentence(_ text: String) {
        #expect(texts(text) == [text])
    }

    @Test func aStopEndsTheSentenceUnlessTheNextWordIsLowerCase() {
        #expect(texts("Vi möts varje månad. Öppet för alla.") == ["Vi möts varje månad.", "Öppet för alla."])
        #expect(texts("Vi möts varje månad. Över hela året.") == ["Vi möts varje månad.", "Över hela året."])
        #expect(texts("Vi möts varje månad. öppet för alla.") == ["Vi möts varje månad. öppet för alla."])
        #expect(texts("Vi möts varje månad. Ελλάδα är med.") == ["Vi möts varje månad.", "Ελλάδα är med."])
        #expect(texts("Vi möts varje månad. ελλάδα är med.") == ["Vi möts varje månad. ελλάδα är med."])
    }

    @Test func aNumberedItemAfterALineBreakStartsASentence() {
        #expect(texts("Vi ska\n1. planera\n2. genomföra") == ["Vi ska", "1. planera", "2. genomföra"])
        #expect(texts("Vi ska\n١. planera\n٢. genomföra") == ["Vi ska", "١. planera", "٢. genomföra"])
    }

    @Test func closingAbbreviationEndsTheSentenceBeforeACapital() {
        #expect(
            texts("Vi stöder skolor m.m. Nästa år utvärderar vi.") == [
                "Vi stöder skolor m.m.", "Nästa år utvärderar vi.",
            ])
    }

    @Test func aLowerCaseOneLetterWordEndsTheSentence() {
        #expect(texts("Vi bor på en ö. Nästa år flyttar vi.") == ["Vi bor på en ö.", "Nästa år flyttar vi."])
    }

    @Test func aStopBeforeANumberEndsTheSentence() {
        #expect(texts("Vi har 35 deltagare. 20 av dem är unga.") == ["Vi har 35 deltagare.", "20 av dem är unga."])
    }

    @Test func blankLinesAndListItemsEndSentences() {
        let text =
            "Bakgrund utan punkt\n\nParterna ska:\n- planera arbetet\n- följa upp\n1. Öka antalet\n2) Minska väntan"
        #expect(
            texts(text) == [
                "Bakgrund utan punkt", "Parterna ska:", "planera arbetet", "följa upp", "1. Öka antalet",
                "2) Minska väntan",
            ])
    }

    @Test func aSingleLineBreakDoesNotEndASentence() {
        #expect(texts("Parterna möts\nfyra gånger per år.") == ["Parterna möts\nfyra gånger per år."])
    }

    @Test func sentenceKeepsQuotesAndBracketsAtItsEnds() {
        let sentences = Sentences.split("Han sa: ”Vi möts.” (Se bilaga.) Klart.")
        #expect(sentences.map(\.text) == ["Han sa: ”Vi möts.”", "(Se bilaga.)", "Klart."])
        #expect(sentences.map(\.range) == [0..<18, 19..<31, 32..<38])
    }

    @Test func wordCountsArePerSentence() {
        #expect(Sentences.wordCounts(in: "Ett två tre. Fyra fem! Sex") == [3, 2, 1])
        #expect(Sentences.wordCounts(in: " … ").isEmpty)
    }
}
