import Testing

@testable import IOPLintCore

@Suite struct ReadabilityTests {
    @Test func lixOfAKnownSwedishText() throws {
        // Sentences: 2. Words: 7 + 4 = 11. Long words (more than six letters): Föreningen (10),
        // kommunen (8), samverkar (9), barnens (7) = 4.
        // LIX = 11 / 2 + 100 × 4 / 11 = 5.5 + 36.3636… = 41.8636…
        let lix = try #require(
            Readability.lix(of: "Föreningen och kommunen samverkar för barnens bästa. Vi ses varje vecka."))
        #expect(abs(lix - (5.5 + 400.0 / 11.0)) < 1e-9)
    }

    @Test func lixCountsLettersNotDigitsOrJoiners() throws {
        // 5 words, 1 sentence, no long word: "2025-01-01" has no letters, "LOU:s" four, the
        // others at most six. Then "Förvaltningen" (13 letters) makes one long word in five: + 20.
        #expect(Readability.lix(of: "Avtal enligt LOU:s regler 2025-01-01") == 5)
        #expect(Readability.lix(of: "Förvaltningen enligt LOU:s regler 2025-01-01") == 25)
    }

    @Test func fleschReadingEaseOfAKnownEnglishText() throws {
        // Sentences: 2. Words: 6 + 3 = 9. Syllables: the cat sat on the mat (6) + it was (2)
        // + hap-py (2) = 10.
        // 206.835 − 1.015 × 9 / 2 − 84.6 × 10 / 9 = 206.835 − 4.5675 − 94 = 108.2675
        let flesch = try #require(Readability.fleschReadingEase(of: "The cat sat on the mat. It was happy."))
        #expect(abs(flesch - 108.2675) < 1e-9)
    }

    @Test(arguments: [
        ("the", 1), ("cat", 1), ("happy", 2), ("made", 1), ("table", 2), ("free", 1), ("purchased", 2),
        ("wanted", 2), ("played", 1), ("makes", 1), ("places", 2), ("boxes", 2), ("agreement", 3),
        ("organisation", 5), ("2025", 1), ("rhythm", 1), ("idle", 2), ("fixes", 2), ("ages", 2), ("café", 1),
        ("naïve", 1), ("résumé", 2), ("ted", 1), ("led", 1),
    ])
    func englishSyllablesFollowTheHeuristic(_ word: String, _ syllables: Int) {
        #expect(Readability.englishSyllables(in: word) == syllables)
    }

    /// A text's words are counted from their folded scalars in place, a word written with
    /// combining marks from its characters: both give what each word alone gives.
    @Test func syllablesOfATextAreThoseOfItsWords() throws {
        let words = [
            "table", "purchased", "wanted", "places", "boxes", "Café", "naïve", "résumé", "cre\u{301}ated",
            "agreement", "rhythm", "2025", "free", "Idle", "made", "fixes", "ages",
        ]
        let syllables = words.map(Readability.englishSyllables(in:)).reduce(0, +)
        let flesch = try #require(Readability.fleschReadingEase(of: words.joined(separator: " ")))
        let expected = 206.835 - 1.015 * Double(words.count) - 84.6 * Double(syllables) / Double(words.count)
        #expect(abs(flesch - expected) < 1e-9)
    }

    @Test(arguments: ["", "Kort text här.", "One two three four", "  …  "])
    func textTooShortToMeasureHasNoIndex(_ text: String) {
        #expect(Readability.lix(of: text) == nil)
        #expect(Readability.fleschReadingEase(of: text) == nil)
    }

    @Test func fiveWordsWithoutAStopAreOneSentence() {
        #expect(Readability.lix(of: "ett två tre fyra fem") == 5)
    }
}
