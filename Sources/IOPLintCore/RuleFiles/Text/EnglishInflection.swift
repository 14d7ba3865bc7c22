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
        groups(of: word).forms
    }

    /// The forms of `word` as stems with their endings; the first group holds `word` itself.
    static func groups(of word: String) -> [InflectionGroup] {
        var groups = [InflectionGroup(stem: word, endings: ["", "s", "es", "'s", "ed", "ing"])]
        let letters = Array(word)
        guard letters.count >= 2, let last = letters.last else { return groups }
        let before = letters[letters.count - 2]
        if last == "e" {
            groups.append(InflectionGroup(stem: word, endings: ["d"]))
            groups.append(InflectionGroup(stem: String(letters.dropLast()), endings: ["ing"]))
        }
        if last == "y", !isVowel(before) {
            groups.append(InflectionGroup(stem: String(letters.dropLast()), endings: ["ies", "ied"]))
        }
        if !isVowel(last), !"wxy".contains(last), isVowel(before),
            letters.count < 3 || !isVowel(letters[letters.count - 3])
        {
            groups.append(InflectionGroup(stem: word + String(last), endings: ["ed", "ing"]))
        }
        return groups
    }

    private static func isVowel(_ letter: Character) -> Bool {
        "aeiou".contains(letter)
    }
}
