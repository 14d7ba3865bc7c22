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
            syllables +=
                word.isPlain
                ? englishSyllables(letters: text.foldedScalars(index).filter(isLetter))
                : englishSyllables(in: text.string(word.range))
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
        // A letter of several scalars (`e` with a combining accent) is none of the letters
        // compared with below: it stands as U+FFFD.
        englishSyllables(
            letters: TextFolding.fold(word).filter(\.isLetter).map {
                $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first! : "\u{FFFD}"
            })
    }

    /// ``englishSyllables(in:)`` of a word's folded letters.
    private static func englishSyllables(letters: [Unicode.Scalar]) -> Int {
        var count = 0
        var previousWasVowel = false
        for letter in letters {
            let vowel = isEnglishVowel(letter)
            if vowel, !previousWasVowel { count += 1 }
            previousWasVowel = vowel
        }
        let last = letters.last
        let beforeLast = letters.count >= 2 ? letters[letters.count - 2] : nil
        if last == "e", beforeLast != "e", !isSyllabicLe(letters) {
            count -= 1
        } else if beforeLast == "e", last == "d" || last == "s", letters.count >= 4 {
            let before = letters[letters.count - 3]
            let keeps: [Unicode.Scalar] = last == "d" ? ["t", "d"] : ["s", "x", "z", "c", "g", "h"]
            if !keeps.contains(before), !isEnglishVowel(before) { count -= 1 }
        }
        return max(count, 1)
    }

    /// Whether a folded scalar that is a character of its own is a letter (as `Character.isLetter`).
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("a"..."z").contains(scalar) : Character(scalar).isLetter
    }

    private static func isSyllabicLe(_ letters: [Unicode.Scalar]) -> Bool {
        letters.count >= 3 && letters.suffix(2) == ["l", "e"] && !isEnglishVowel(letters[letters.count - 3])
    }

    private static func isEnglishVowel(_ letter: Unicode.Scalar) -> Bool {
        switch letter {
        case "a", "e", "i", "o", "u", "y": true
        default: false
        }
    }
}
