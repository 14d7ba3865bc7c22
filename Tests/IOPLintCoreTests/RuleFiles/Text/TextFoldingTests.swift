import Testing

@testable import IOPLintCore

@Suite struct TextFoldingTests {
    @Test(arguments: [
        ("ÅÄÖ", "åäö"), ("KOMMUNSTYRELSEN", "kommunstyrelsen"), ("Idé", "ide"), ("À-PRIS", "a-pris"),
        ("council’s", "council's"), ("IOP\u{2011}avtal", "iop-avtal"), ("upp\u{AD}handling", "upphandling"),
        ("Müller", "müller"), ("Ø", "ø"),
    ])
    func foldsCaseAccentsApostrophesAndHyphens(_ text: String, _ folded: String) {
        #expect(TextFolding.fold(text) == folded)
    }

    @Test func decomposedAndPrecomposedLettersFoldAlike() {
        #expect(TextFolding.fold("A\u{30A}r") == TextFolding.fold("år"))
        #expect(TextFolding.fold("e\u{301}") == "e")
        #expect(TextFolding.fold("bär") != TextFolding.fold("bar"))
    }
}
