/// The written forms an English term word can take.
///
/// English terms match whole words, optionally with the regular endings of nouns and verbs:
///
/// - plural and third person `-s`, `-es`; possessive `-'s` (`client` → `clients`, `client's`;
///   `fee` → `fees`);
/// - past `-ed` (`-d` after `e`) and `-ing` (dropping a final `e`): `tender` → `tendered`,
///   `tendering`; `procure` → `procured`, `procuring`;
/// - `-y` after a consonant becomes `-ies`, `-ied` (`penalty` → `penalties`);
/// - a final consonant after a single vowel doubled before `-ed`, `-ing` (`bid` → `bidding`).
///
/// Irregular forms (`buy` → `bought`) and derived words (`procure` → `procurement`) are not
/// forms: list them as terms of their own.
enum EnglishInflection {
    /// Every form of `word`, a folded term word, including `word` itself.
    static func forms(of word: String) -> Set<String> {
        var forms: Set<String> = [word, word + "s", word + "es", word + "'s", word + "ed", word + "ing"]
        let letters = Array(word)
        guard letters.count >= 2, let last = letters.last else { return forms }
        let before = letters[letters.count - 2]
        if last == "e" {
            forms.insert(word + "d")
            forms.insert(String(letters.dropLast()) + "ing")
        }
        if last == "y", !isVowel(before) {
            forms.insert(String(letters.dropLast()) + "ies")
            forms.insert(String(letters.dropLast()) + "ied")
        }
        if !isVowel(last), !"wxy".contains(last), isVowel(before),
            letters.count < 3 || !isVowel(letters[letters.count - 3])
        {
            forms.insert(word + String(last) + "ed")
            forms.insert(word + String(last) + "ing")
        }
        return forms
    }

    private static func isVowel(_ letter: Character) -> Bool {
        "aeiou".contains(letter)
    }
}
