/// Readability indices of free text (the `readability` check).
///
/// Both indices count words with ``Words`` and sentences with ``Sentences``, so a text without
/// a final full stop still has one sentence. A text of fewer than ``minimumWords`` words is too
/// short to measure: both functions return `nil` for it (and for text without words), and the
/// check passes it.
public enum Readability {
    /// The fewest words a text needs to be measured.
    public static let minimumWords = 5

    /// LIX (läsbarhetsindex, Björnsson 1968), for Swedish text:
    ///
    ///     LIX = words / sentences + 100 × long words / words
    ///
    /// where a long word has more than six letters (digits and joiners do not count: see
    /// ``Word/letterCount``). Below 30 is very easy, 40 plain prose, 50 official text, above 60
    /// very hard. `nil` for text too short to measure.
    public static func lix(of text: String) -> Double? {
        lix(of: TextAnalysis(text))
    }

    /// ``lix(of:)`` of an analysed text.
    static func lix(of text: TextAnalysis) -> Double? {
        guard text.words.count >= minimumWords else { return nil }
        let long = text.words.count { Word.letterCount(of: text.scalars[$0.range]) > 6 }
        let words = Double(text.words.count)
        return words / Double(text.sentences.count) + 100 * Double(long) / words
    }

    /// Flesch reading ease (Flesch 1948), for English text:
    ///
    ///     206.835 − 1.015 × words / sentences − 84.6 × syllables / words
    ///
    /// with syllables counted by ``englishSyllables(in:)``. Higher is easier: 60–70 plain
    /// English, below 30 very hard. `nil` for text too short to measure.
    public static func fleschReadingEase(of text: String) -> Double? {
        fleschReadingEase(of: TextAnalysis(text))
    }

    /// ``fleschReadingEase(of:)`` of an analysed text.
    static func fleschReadingEase(of text: TextAnalysis) -> Double? {
        guard text.words.count >= minimumWords else { return nil }
        var syllables = 0
        for (index, word) in text.words.enumerated() {
            // A plain word's folded scalars are its characters: no string is made for it.
            if word.isPlain {
                var counter = SyllableCounter()
                for scalar in text.foldedScalars(index) where isLetter(scalar) { counter.add(scalar) }
                syllables += counter.syllables
            } else {
                syllables += englishSyllables(in: text.string(word.range))
            }
        }
        let wordCount = Double(text.words.count)
        return 206.835 - 1.015 * wordCount / Double(text.sentences.count) - 84.6 * Double(syllables) / wordCount
    }

    /// The syllables of an English word, by a heuristic that is right for most words:
    ///
    /// 1. count the groups of consecutive vowels (`a e i o u y`, accents folded): `pur-cha-sed` 3;
    /// 2. less one for a silent final `e` — not in `-le` after a consonant (`ta-ble`) or `-ee`:
    ///    `made` 1;
    /// 3. less one for a final `-ed` not after `t` or `d` (`purchased` 2, but `wan-ted` 2) and
    ///    for a final `-es` not after `s`, `x`, `z`, `c`, `g`, `h` (`makes` 1, but `pla-ces` 2);
    /// 4. at least one (also for numbers and words without vowels).
    public static func englishSyllables(in word: String) -> Int {
        var counter = SyllableCounter()
        // A letter of several scalars (`e` with a combining accent) is none of the letters
        // compared with below: it stands as U+FFFD.
        for character in TextFolding.fold(word) where character.isLetter {
            counter.add(character.unicodeScalars.count == 1 ? character.unicodeScalars.first! : "\u{FFFD}")
        }
        return counter.syllables
    }

    /// Counts the syllables of a word's folded letters, given one at a time
    /// (``englishSyllables(in:)``): the groups of vowels so far, and the last three letters for
    /// the endings. Keeps no array, so that a text's words are counted without allocating.
    private struct SyllableCounter {
        private var groups = 0
        private var previousWasVowel = false
        private var letters = 0
        private var last: Unicode.Scalar?
        private var beforeLast: Unicode.Scalar?
        private var third: Unicode.Scalar?

        mutating func add(_ letter: Unicode.Scalar) {
            let vowel = isEnglishVowel(letter)
            if vowel, !previousWasVowel { groups += 1 }
            previousWasVowel = vowel
            letters += 1
            third = beforeLast
            beforeLast = last
            last = letter
        }

        var syllables: Int {
            var count = groups
            // `-le` after a consonant is a syllable of its own (`ta-ble`).
            let syllabicLe = letters >= 3 && beforeLast == "l" && last == "e" && !isEnglishVowel(third!)
            if last == "e", beforeLast != "e", !syllabicLe {
                count -= 1
            } else if beforeLast == "e", last == "d" || last == "s", letters >= 4, let before = third {
                if !keepsEnding(before, of: last!), !isEnglishVowel(before) { count -= 1 }
            }
            return max(count, 1)
        }

        /// Whether `-ed` (`ending` `d`) or `-es` (`s`) after `before` is a syllable of its own.
        private func keepsEnding(_ before: Unicode.Scalar, of ending: Unicode.Scalar) -> Bool {
            switch before {
            case "t", "d": ending == "d"
            case "s", "x", "z", "c", "g", "h": ending == "s"
            default: false
            }
        }
    }

    /// Whether a folded scalar that is a character of its own is a letter (as `Character.isLetter`).
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("a"..."z").contains(scalar) : Character(scalar).isLetter
    }

    private static func isEnglishVowel(_ letter: Unicode.Scalar) -> Bool {
        switch letter {
        case "a", "e", "i", "o", "u", "y": true
        default: false
        }
    }
}
