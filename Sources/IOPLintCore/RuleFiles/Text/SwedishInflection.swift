/// The written forms a Swedish term word can take, so that a term given in its base form
/// matches the word as inflected in running text.
///
/// Swedish inflects by endings, so a form is the term plus an ending, sometimes after a small
/// change to its stem. Knowing no word classes, the rules add every ending that fits the term's
/// last letter; a generated form that is no Swedish word does no harm, because it never occurs.
///
/// - After a vowel: `-n -ns -r -rs -rna -rnas -s -t -ts -na -nas -ne -d -da -de -des -nde -ndes`
///   (`kommunstyrelse` → `kommunstyrelsen`, `vite` → `vitet`, `upphandla` → `upphandlas`,
///   `upphandlade`, `köpa` → `köpande`, `öka` → `ökad`).
/// - A final `-a` dropped (verb stems and `-a` nouns): `-er -ers -t -ta -te -tes -ts -s -es -d
///   -da -de -des -or -ors -orna -ornas` (`köpa` → `köper`, `köpt`, `köps`, `köpte`;
///   `förlänga` → `förlängde`; `flicka` → `flickor`).
/// - A final `-e` dropped (`-are` and `-e` nouns): `-ar -ars -arna -arnas -na -nas`
///   (`utförare` → `utförarna`, `pojke` → `pojkar`).
/// - After a consonant: `-en -ens -et -ets -er -ers -erna -ernas -ar -ars -arna -arnas -or -ors
///   -orna -ornas -na -nas -ne -s -es -t -ts -a -as -te -tes -de -des -d -da -ade -ades -at -ats
///   -ad -ande -andes -ende` (`nämnd` → `nämnden`, `upphandling` → `upphandlingar`,
///   `automatisk` → `automatiskt`, `köp` → `köpt`, `köpande`).
/// - A final `-m` or `-n` after a vowel doubled before a vowel ending (`program` → `programmet`).
/// - The `e` of a final `-el`, `-er`, `-en` dropped before a vowel ending (`regel` → `regler`,
///   `medel` → `medlen`, `öppen` → `öppna`); `-el` and `-er` also take `-n`, `-ns` (`regeln`).
/// - A noun in `-ing` also matches its verb (`upphandling` → `upphandla`, `upphandlas`,
///   `upphandlat`; `förlängning` → `förlängs`, `förlängde`; `ersättning` → `ersätts`).
/// - A colon before the ending, as after an abbreviation (`LOU` → `LOU:s`, `IOP` → `IOP:n`).
///
/// A stem must keep at least two letters (`öka` → `ökt`, but `ta` has no stem form). Endings
/// that begin a new word part never match: `köp` does not match `köpcentrum` and `vite` does not
/// match `vitesse`. Compounds (`inköp`, `Socialnämnden`) are the matcher's concern, not this one's.
enum SwedishInflection {
    /// Every form of `word`, a folded term word, including `word` itself.
    static func forms(of word: String) -> Set<String> {
        groups(of: word).forms
    }

    /// The forms of `word` as stems with their endings; the first group is `word` itself.
    static func groups(of word: String) -> [InflectionGroup] {
        var groups = [InflectionGroup(stem: word, endings: [""])]
        let letters = Array(word)
        guard let last = letters.last else { return groups }
        if isVowel(last) {
            groups.append(InflectionGroup(stem: word, endings: afterVowel))
            if last == "a", letters.count >= 3 {
                groups.append(InflectionGroup(stem: String(letters.dropLast()), endings: afterDroppedA))
            }
            if last == "e", letters.count >= 3 {
                groups.append(InflectionGroup(stem: String(letters.dropLast()), endings: afterDroppedE))
            }
        } else {
            groups.append(InflectionGroup(stem: word, endings: afterConsonant))
            addStemChanges(of: letters, into: &groups)
            addVerbOfNoun(letters, into: &groups)
        }
        groups.append(InflectionGroup(stem: word + ":", endings: afterColon))
        return groups
    }

    static func isVowel(_ letter: Character) -> Bool {
        vowels.contains(letter)
    }

    private static func addStemChanges(of letters: [Character], into groups: inout [InflectionGroup]) {
        let count = letters.count
        let last = letters[count - 1]
        if count >= 2, last == "m" || last == "n", isVowel(letters[count - 2]) {
            groups.append(InflectionGroup(stem: String(letters) + String(last), endings: vowelEndings))
        }
        if count >= 4, letters[count - 2] == "e", "lrn".contains(last), !isVowel(letters[count - 3]) {
            groups.append(
                InflectionGroup(stem: String(letters[..<(count - 2)]) + String(last), endings: vowelEndings))
            if last != "n" { groups.append(InflectionGroup(stem: String(letters), endings: ["n", "ns"])) }
        }
    }

    private static func addVerbOfNoun(_ letters: [Character], into groups: inout [InflectionGroup]) {
        let word = String(letters)
        if word.hasSuffix("ning"), letters.count - 4 >= 2 {
            groups.append(InflectionGroup(stem: String(letters.dropLast(4)), endings: verbOfNingNoun))
        } else if word.hasSuffix("ing"), letters.count - 3 >= 3 {
            groups.append(InflectionGroup(stem: String(letters.dropLast(3)), endings: verbOfIngNoun))
        }
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y", "å", "ä", "ö", "é", "ü", "æ", "ø"]

    private static let afterVowel = [
        "n", "ns", "r", "rs", "rna", "rnas", "s", "t", "ts", "na", "nas", "ne", "d", "da", "de", "des", "nde", "ndes",
    ]
    private static let afterDroppedA = [
        "er", "ers", "t", "ta", "te", "tes", "ts", "s", "es", "d", "da", "de", "des", "or", "ors", "orna", "ornas",
    ]
    private static let afterDroppedE = ["ar", "ars", "arna", "arnas", "na", "nas"]
    private static let afterConsonant = [
        "en", "ens", "et", "ets", "er", "ers", "erna", "ernas", "ar", "ars", "arna", "arnas", "or", "ors", "orna",
        "ornas", "na", "nas", "ne", "s", "es", "t", "ts", "a", "as", "te", "tes", "de", "des", "d", "da", "ade",
        "ades", "at", "ats", "ad", "ande", "andes", "ende",
    ]
    /// The consonant endings that start with a vowel: the ones a doubled or shortened stem takes.
    private static let vowelEndings = afterConsonant.filter { isVowel($0.first!) }
    private static let verbOfIngNoun = ["a", "ar", "as", "ade", "ades", "at", "ats", "ad", "ande"]
    private static let verbOfNingNoun = verbOfIngNoun + ["er", "s", "t", "ts", "te", "de", "d", "des", "es"]
    private static let afterColon = [
        "s", "n", "en", "ens", "et", "ets", "ar", "arna", "er", "erna", "na", "t", "ns", "ts",
    ]
}
