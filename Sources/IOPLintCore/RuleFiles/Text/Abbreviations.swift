/// The abbreviations whose full stop does not end a sentence, in Swedish and English.
///
/// Words are compared folded (lower case) and without their final stop, as ``Words`` gives
/// them: `t.ex.` is looked up as `t.ex`. Words that are also ordinary words at a sentence's end
/// (`no`, `jul`, `art`) are left out, so that `God jul.` still ends its sentence.
enum Abbreviations {
    /// Abbreviations that stand inside a sentence: `t.ex. Huddinge` goes on, whatever follows.
    /// A single capital letter (the initial in `A. Andersson`) counts as one too.
    static let inner: Set<String> = [
        // Swedish
        "t.ex", "bl.a", "d.v.s", "dvs", "ca", "jfr", "resp", "kap", "nr", "inkl", "exkl", "fr.o.m", "t.o.m",
        "f.d", "p.g.a", "pga", "enl", "ang", "ev", "kl", "tel", "s.k", "f.ö", "o.d", "m.a.o", "t.v", "obs", "prop",
        "sfs", "st", "avd", "s", "p", "f", "ff", "tf", "mom", "jan", "feb", "apr", "jun", "aug", "sep", "sept", "okt",
        "nov",
        "dec",
        // English
        "e.g", "i.e", "vs", "mr", "mrs", "ms", "dr", "prof", "approx", "cf", "sec", "para", "fig", "incl",
        "excl", "dept", "pp", "viz",
    ]

    /// Abbreviations that often close a sentence (`…, skolor m.m. Nästa mening`): their stop
    /// ends the sentence when the next word starts with a capital letter.
    static let closing: Set<String> = ["m.m", "osv", "o.s.v", "etc", "m.fl", "o.dyl", "usw", "al"]

    /// What an abbreviation's stop does.
    enum Kind: Sendable {
        /// One of ``Abbreviations/inner``: the stop never ends a sentence.
        case inner
        /// One of ``Abbreviations/closing``: the stop ends a sentence before a capital letter.
        case closing
    }

    /// Which list a word is in, given its folded scalars; `isPlain` when they are all below
    /// U+0300 (``TextAnalysis/Word/isPlain``).
    static func kind(ofFolded word: ArraySlice<Unicode.Scalar>, isPlain: Bool) -> Kind? {
        // Such a word equals a key exactly when its scalars are the key's: it is walked through
        // the trie without making a string.
        if isPlain { return trie.walk(word).flatMap { trie.values(at: $0).first } }
        let key = Words.string(word)
        return inner.contains(key) ? .inner : closing.contains(key) ? .closing : nil
    }

    /// Both lists in one trie. Their keys are written composed (AbbreviationsTests checks), so
    /// their scalars are used as they are: composing them through Foundation would cost a
    /// million instructions at start-up.
    private static let trie = ScalarTrie(
        inner.map { (Array($0.unicodeScalars), Kind.inner) } + closing.map { (Array($0.unicodeScalars), Kind.closing) })
}
