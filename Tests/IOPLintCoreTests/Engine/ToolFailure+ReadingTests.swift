import Testing

@testable import IOPLintCore

@Suite struct ToolFailureReadingTests {
    @Test func cannotReadNamesTheFileInBothLanguages() {
        let failure = ToolFailure.cannotRead("avtal.yaml")
        #expect(failure.file == "avtal.yaml")
        #expect(failure.shown(in: .en) == "cannot read avtal.yaml")
        #expect(failure.shown(in: .sv) == "kan inte läsa avtal.yaml")
    }

    @Test func tooLargeSaysTheLimit() {
        let failure = ToolFailure.tooLarge("utkast.docx", limit: 256 << 20)
        #expect(failure.shown(in: .en) == "utkast.docx is larger than 256 MiB and was not read")
        #expect(failure.shown(in: .sv) == "utkast.docx är större än 256 MiB och lästes inte")
    }
}
