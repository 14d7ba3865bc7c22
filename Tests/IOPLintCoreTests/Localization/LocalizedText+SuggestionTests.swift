import IOPLintCore
import Testing

@Suite struct LocalizedTextSuggestionTests {
    @Test func theSuggestedNameIsReadBackFromEitherForm() {
        let key = LocalizedText(en: "unknown key `titel`", sv: "okänd nyckel `titel`").suggesting("title")
        #expect(key.sv == "okänd nyckel `titel`; menade du `title`?")
        #expect(key.suggestedName == "title")
        let value = LocalizedText(
            en: "`kind` must be one of `iop`, `samverkan` (did you mean `iop`?), but is `iopp`", sv: "")
        #expect(value.suggestedName == "iop")
    }

    @Test func noSuggestionIsNone() {
        #expect(LocalizedText(en: "unknown key `x`", sv: "okänd nyckel `x`").suggesting(nil).suggestedName == nil)
    }
}
