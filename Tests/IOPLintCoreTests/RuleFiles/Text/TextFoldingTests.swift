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

    /// Folding skips the lower-case mapping (a string made per scalar) for a scalar that does not
    /// change when lower-cased: the two agree for every scalar of the first two planes.
    @Test func aScalarThatDoesNotChangeWhenLowerCasedIsItsOwnLowerCase() {
        var disagreeing: [UInt32] = []
        for value in UInt32(0)..<0x2_0000 {
            guard let scalar = Unicode.Scalar(value), !scalar.properties.changesWhenLowercased else { continue }
            if scalar.properties.lowercaseMapping.unicodeScalars.elementsEqual([scalar]) { continue }
            disagreeing.append(value)
        }
        #expect(disagreeing == [])
    }

    /// A text folds as its scalars do one by one: those of the table of Latin scalars, and those
    /// beyond it, folded by the rules.
    @Test func aTextFoldsAsItsScalarsDoOneByOne() {
        let scalars = (0x41..<0x300).compactMap(Unicode.Scalar.init) + "ẞΩǅ’ﬁ".unicodeScalars
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        #expect(TextFolding.fold(String(text)) == scalars.map { TextFolding.fold(String($0)) }.joined())
        #expect(TextFolding.fold("ẞΩ") == "ßω")
    }
}
