import Testing

@testable import IOPLintDocuments

@Suite struct NumberTextTests {
    @Test func formatsWithGroupsAndDecimalsPerLanguage() {
        #expect(NumberText.format(450_000, in: .sv) == "450\u{00A0}000")
        #expect(NumberText.format(450_000, in: .en) == "450,000")
        #expect(NumberText.format(0.5, in: .sv) == "0,5")
        #expect(NumberText.format(1_234_567.25, in: .en) == "1,234,567.25")
    }

    @Test(arguments: [
        ("450 000", 450_000.0), ("450\u{00A0}000 kr", 450_000), ("450,000", 450_000), ("0,5", 0.5), ("1.5", 1.5),
        ("2 000 000 SEK", 2_000_000), ("35 %", 35),
    ])
    func parsesWhatDocumentsWrite(text: String, value: Double) {
        #expect(NumberText.parse(text) == value)
    }

    @Test func textIsNoNumber() {
        #expect(NumberText.parse("cirka tio") == nil)
        #expect(NumberText.parse("") == nil)
    }
}
