import Testing

@testable import IOPLintCore

@Suite struct TerminalTextTests {
    @Test func controlCharactersAndBidiOverridesAreShownEscaped() {
        #expect(TerminalText.escaped("a\u{1B}[2Jb") == #"a\u{1B}[2Jb"#)
        #expect(TerminalText.escaped("rad\nrad\r") == #"rad\nrad\r"#)
        #expect(TerminalText.escaped("\u{0}\u{7}\u{7F}\u{85}\u{9B}") == #"\u{0}\u{7}\u{7F}\u{85}\u{9B}"#)
        #expect(
            TerminalText.escaped("\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{2028}")
                == #"\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{2028}"#)
    }

    @Test func tabsLettersAndEmojiAreShownAsThemselves() {
        #expect(TerminalText.escaped("Hela\tMänniskan – Åsa 🙂 \u{200F}") == "Hela\tMänniskan – Åsa 🙂 \u{200F}")
    }

    @Test func aLineNeverStartsWithTwoColons() {
        #expect(TerminalText.line("::error::x") == #"\u{3A}:error::x"#)
        #expect(TerminalText.line("  \t::set-output name=a::b") == "  \t\\u{3A}:set-output name=a::b")
        #expect(TerminalText.line("\u{1B}[1m::x.yaml:1:1:\u{1B}[0m") == "\u{1B}[1m\\u{3A}:x.yaml:1:1:\u{1B}[0m")
        #expect(TerminalText.line("a.yaml: ::error::x") == "a.yaml: ::error::x")
        #expect(TerminalText.line(":x") == ":x")
        #expect(TerminalText.line("") == "")
    }
}
