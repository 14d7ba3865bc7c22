import Testing

@testable import IOPLintCore

/// The grammar shared by the format's ids and by pack and rule names: `[a-z0-9][a-z0-9-]*`.
@Suite struct KebabCaseNameTests {
    @Test(arguments: ["a", "0", "part-0", "hela-manniskan", "2025", "a--b", "a-", "core"])
    func namesOfLowerCaseLettersDigitsAndHyphens(_ text: String) {
        #expect(text.isKebabCaseName)
        #expect(RuleID.isPart(text))
        #expect(Value.isID(text))
    }

    @Test(arguments: [
        "", "-a", "A", "Part-0", "a_b", "a b", "a.b", "a/b", "å", "ä-1", "a\u{0}", "1e\u{301}",
        // Longer than a small string's 15 bytes, read where the string keeps its bytes.
        "hela-manniskan-i-vasteras-Lan", "a-very-long-name-with-a space",
    ])
    func anythingElseIsNot(_ text: String) {
        #expect(!text.isKebabCaseName)
        #expect(!RuleID.isPart(text))
        #expect(!Value.isID(text))
    }
}
