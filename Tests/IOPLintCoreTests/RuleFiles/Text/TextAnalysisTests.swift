import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct TextAnalysisTests {
    @Test func wordsCarryTheirFoldedForms() {
        let text = TextAnalysis("Socialnämnden GÖR köp, t.ex. Café.")
        #expect(text.words.map { text.string($0.range) } == ["Socialnämnden", "GÖR", "köp", "t.ex", "Café"])
        #expect(text.words.indices.map(text.key) == ["socialnämnden", "gör", "köp", "t.ex", "cafe"])
        #expect(text.words.allSatisfy { $0.isPlain })
        #expect(text.word(2, folds: Array("köp".unicodeScalars)))
        #expect(!text.word(1, folds: Array("GÖR".unicodeScalars)))
    }

    /// A word that folding leaves as it is reads its folded form from its own scalars; only the
    /// others are kept again, after the text's scalars, which stay the text's alone.
    @Test func onlyTheWordsThatFoldingChangesAreKeptTwice() {
        let source = "köp Avtal ÅTAR Café e\u{301} avtal"
        let text = TextAnalysis(source)
        #expect(Array(text.scalars) == Array(source.unicodeScalars))
        #expect(text.words.map { $0.folded == $0.range } == [true, false, false, false, false, true])
        #expect(text.folded.count == text.scalars.count + "avtalåtarcafee".unicodeScalars.count)
        #expect(text.words.indices.map(text.key) == ["köp", "avtal", "åtar", "cafe", "e", "avtal"])
        #expect(text.words[1].folded.lowerBound >= text.scalars.count)
    }

    @Test(arguments: ["", "a", "abc def", "ABC", String(repeating: "Föreningen åtar sig 💶 ", count: 400)])
    func aTextOfAnyLengthKeepsItsScalarsAndItsWordsFoldedForms(_ source: String) {
        let text = TextAnalysis(source)
        #expect(Array(text.scalars) == Array(source.unicodeScalars))
        #expect(text.words.indices.map(text.key) == Words.split(source).map { TextFolding.fold($0.text) })
    }

    @Test func aDecomposedLetterMakesAWordNotPlain() {
        let text = TextAnalysis("Ha\u{308}r o\u{308}ppnas det")
        #expect(text.words.map(\.isPlain) == [false, false, true])
        #expect(text.key(0) == "här")
    }

    @Test(arguments: [
        "", "a", "Socialnämnden", "Å är 😀 nämnden", "€ 1 000 — “citat” 中文", "Ha\u{308}r\r\n\u{2028}\u{10FFFF}",
        String(repeating: "Föreningen åtar sig 💶 ", count: 40),
    ])
    func scalarsAreDecodedAsTheStandardLibraryDoes(_ text: String) {
        #expect(TextAnalysis.scalars(of: text) == Array(text.unicodeScalars))
    }

    @Test func sentencesAreTheOnesSentencesFinds() {
        let source = "Vi ses kl. 14.00 i morgon. Ta med t.ex. kaffe! Sedan\n\n- en lista"
        let text = TextAnalysis(source)
        #expect(text.sentences.map { text.publicSentence($0) } == Sentences.split(source))
        #expect(text.sentences.map(\.words.count) == Sentences.wordCounts(in: source))
    }

    @Test func aDocumentAnalysesEachTextOnceForAllItsChecks() throws {
        let file = YAMLLoader().load("goals: {overall: Vi ska öka tryggheten.}")
        let node = try #require(file.documents.first?.root["goals"]?["overall"])
        let document = LintDocument(
            index: 0, root: file.documents[0].root, rejected: [],
            agreement: Agreement(
                range: node.range), issues: [])
        let first = try #require(document.analysis(of: node))
        #expect(document.analysis(of: node) === first)
        #expect(first.text == "Vi ska öka tryggheten.")
        #expect(document.analysis(of: try #require(file.documents[0].root["goals"])) == nil)
    }
}
