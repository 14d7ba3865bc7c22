/// Decides whether a term's occurrence stands in a negated phrase: "detta är **inte** en
/// upphandling", "**ingen** automatisk förlängning", "täcker kostnader, **inte** vinst",
/// "this is **not** a procurement", "**no** automatic renewal".
///
/// An occurrence is negated when one of the (at most) three words before its first word is a
/// negation word of the language, and no clause punctuation (`,` `;` `:` `–` `—` or a dash)
/// stands between that word and the occurrence. The words are looked for in the occurrence's
/// sentence only.
///
/// - Swedish: `inte`, `ingen`, `inget`, `inga`, `ej`, `aldrig`, `icke`, `utan`.
/// - English: `not`, `no`, `without`, `never`, `neither`, `nor`, `cannot` and any `…n't`.
///
/// Two exceptions keep the heuristic honest: a negation word right before `bara`, `endast`,
/// `enbart` (`only`, `just`, `merely`) does not negate ("inte bara köp" still speaks of buying);
/// and `utan` after an earlier negation word in the sentence is the contrastive "but" ("inte ett
/// köp utan en samverkan" negates `köp`, not `samverkan`).
enum Negation {
    /// How many words before an occurrence are searched.
    static let window = 3

    /// Whether the occurrence that starts at word `index` of a sentence of `text` is negated.
    static func isNegated(
        at index: Int, in sentence: TextAnalysis.Sentence, of text: TextAnalysis, language: Language
    ) -> Bool {
        var position = index - 1
        while position >= sentence.words.lowerBound, index - position <= window {
            if hasClauseBreak(between: text.words[position], and: text.words[position + 1], in: text.scalars) {
                return false
            }
            if negates(at: position, in: sentence, of: text, language: language) { return true }
            position -= 1
        }
        return false
    }

    private static func negates(
        at position: Int, in sentence: TextAnalysis.Sentence, of text: TextAnalysis, language: Language
    ) -> Bool {
        let key = text.key(position)
        guard isNegationWord(key, language: language) else { return false }
        if position + 1 < sentence.words.upperBound, restrictors.contains(text.key(position + 1)) { return false }
        if key == "utan" {
            return !(sentence.words.lowerBound..<position).contains {
                let earlier = text.key($0)
                return isNegationWord(earlier, language: language) && earlier != "utan"
            }
        }
        return true
    }

    static func isNegationWord(_ key: String, language: Language) -> Bool {
        switch language {
        case .sv: swedish.contains(key)
        case .en: english.contains(key) || key.hasSuffix("n't")
        }
    }

    private static func hasClauseBreak(
        between first: TextAnalysis.Word, and second: TextAnalysis.Word, in scalars: ArraySlice<Unicode.Scalar>
    ) -> Bool {
        scalars[first.range.upperBound..<second.range.lowerBound].contains { clauseBreaks.contains($0) }
    }

    private static let swedish: Set<String> = ["inte", "ingen", "inget", "inga", "ej", "aldrig", "icke", "utan"]
    private static let english: Set<String> = ["not", "no", "without", "never", "neither", "nor", "cannot"]
    private static let restrictors: Set<String> = ["bara", "endast", "enbart", "only", "just", "merely"]
    private static let clauseBreaks: Set<Unicode.Scalar> = [",", ";", ":", "–", "—", "-"]
}
