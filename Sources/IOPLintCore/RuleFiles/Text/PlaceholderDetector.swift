/// Finds the placeholders a draft leaves behind (the `no-placeholders` check).
///
/// Found as whole words (``Words``):
///
/// - `TODO`, `TBD`, `TBA`, `TBC`, `FIXME`, `NN`, `N.N` in capitals (`todo` and `nn` in lower case
///   are left alone: `todo` is a word in Spanish); `fixme`, `tbd`, `tbc`, `lorem` in any case;
///   also before a colon (`TODO:`);
/// - three or more x's, alone or in a pattern: `xxx`, `XXX`, `XXXX-XX-XX`;
/// - date templates: `ÅÅÅÅ-MM-DD`, `YYYY-MM-DD`, `ÅÅÅÅ`, `YYYY-MM` (any case);
/// - the phrases "att fyllas i", "fylls i senare", "fyllas i senare", "meddelas senare", "to be
///   decided", "to be defined", "to be determined", "to be confirmed", "to be announced".
///
/// Found as characters:
///
/// - brackets holding only dots or an ellipsis (`[…]`, `[...]`), or starting with a word that
///   asks for text: `[fyll i]`, `[fyll i namn]`, `[ange belopp]`, `[namn]`, `[datum]`,
///   `[insert name]`, `[date]` (`[2016:1145]` and other brackets are left alone);
/// - angle brackets around a short text that starts with a letter or dots and has no `/`, `=`,
///   `@` or line break: `<namn>`, `<Kommunens namn>`, `<…>` (a tag or an address is left alone);
/// - three or more question marks: `???`.
public enum PlaceholderDetector {
    /// The first placeholder in `text`, or `nil` when there is none.
    public static func first(in text: String) -> Placeholder? {
        all(in: text).first
    }

    /// Every placeholder in `text`, in order of position.
    public static func all(in text: String) -> [Placeholder] {
        all(in: TextAnalysis(text))
    }

    /// Every placeholder of an analysed text, in order of position.
    static func all(in text: TextAnalysis) -> [Placeholder] {
        var ranges: [Range<Int>] = []
        let initials = Self.initials
        let folded = text.folded
        for (index, word) in text.words.enumerated() {
            // Most words start with none of the letters a placeholder word or phrase starts with.
            guard !word.folded.isEmpty, folded[word.folded.lowerBound].value < 0x100,
                initials[Int(folded[word.folded.lowerBound].value)]
            else { continue }
            if isPlaceholderWord(index, in: text) { ranges.append(word.range) }
            if let end = phraseEnd(from: index, in: text) {
                ranges.append(word.range.lowerBound..<text.words[end].range.upperBound)
            }
        }
        // One pass over the characters for `[…]`, `<…>` and `???`.
        let scalars = text.scalars
        var questionMarks: Int?
        for index in 0...scalars.count {
            let scalar: Unicode.Scalar = index < scalars.count ? scalars[index] : "\n"
            if scalar == "?" {
                questionMarks = questionMarks ?? index
                continue
            }
            if let run = questionMarks {
                if index - run >= 3 { ranges.append(run..<index) }
                questionMarks = nil
            }
            if scalar == "[" || scalar == "<", let end = bracketed(at: index, in: scalars) {
                ranges.append(index..<end)
            }
        }
        guard !ranges.isEmpty else { return [] }
        var seen: Set<Range<Int>> = []
        return ranges.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
            .filter { seen.insert($0).inserted }
            .map { Placeholder(text: text.string($0), range: $0) }
    }

    /// The folded first scalars (below U+0100) that a placeholder word or phrase can start with.
    private static let initials: [Bool] = {
        var initials = [Bool](repeating: false, count: 0x100)
        let starts = patternInitials + listedStarts.map { Unicode.Scalar(UInt32($0 >> 32))! } + phraseInitials
        for scalar in starts {
            precondition(scalar.value < 0x100, "a placeholder starts with a letter of Latin-1")
            initials[Int(scalar.value)] = true
        }
        return initials
    }()

    /// Whether word `index` is a placeholder by itself. The listed words are ASCII, which only
    /// the same scalars equal, so they are compared scalar by scalar.
    private static func isPlaceholderWord(_ index: Int, in text: TextAnalysis) -> Bool {
        let word = text.words[index]
        // Most words are passed over here, after a set look-up or two.
        let folded = text.folded[word.folded]
        guard let first = folded.first else { return false }
        let isListedStart = listedStarts.contains(startKey(first, folded.dropFirst().first))
        guard isListedStart || patternInitials.contains(first) else { return false }
        // A listed word's folded form starts as one of ``listedStarts``: other words are not compared.
        if isListedStart {
            let head = text.scalars[word.range].prefix { $0 != ":" }
            if capitalWords.contains(where: { head.elementsEqual($0) }) { return true }
            let foldedHead = folded.prefix { $0 != ":" }
            if anyCaseWords.contains(where: { foldedHead.elementsEqual($0) }) { return true }
        }
        let xs = folded.count { $0 == "x" }
        if xs >= 3, folded.allSatisfy({ $0 == "x" || $0 == "-" || $0 == ":" || $0 == "." }) { return true }
        // A date template is made of Å/Y, M, D and dashes only: a cheap test first, as most words
        // are not.
        guard folded.allSatisfy(isDateTemplateScalar) else { return false }
        let letters = Words.string(folded).uppercased().filter { $0 != "-" }
        return (letters.contains("ÅÅÅÅ") || letters.contains("YYYY")) && letters.allSatisfy { "ÅYMD".contains($0) }
    }

    private static func isDateTemplateScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "å", "y", "m", "d", "Å", "Y", "M", "D", "-": true
        default: false
        }
    }

    private static func phraseEnd(from start: Int, in text: TextAnalysis) -> Int? {
        guard let first = text.foldedScalars(start).first, phraseInitials.contains(first),
            phraseStarts.contains(where: { text.word(start, folds: $0) })
        else { return nil }
        search: for phrase in phrases where start + phrase.count <= text.words.count {
            for (offset, word) in phrase.enumerated() where !text.word(start + offset, folds: word) {
                continue search
            }
            return start + phrase.count - 1
        }
        return nil
    }

    /// The end of the `[…]` or `<…>` placeholder that opens at `open`, if it is one.
    private static func bracketed(at open: Int, in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        let scalar = scalars[open]
        let close: Unicode.Scalar = scalar == "[" ? "]" : ">"
        let limit = min(scalars.count, open + 81)
        guard
            let end = (open + 1..<limit).first(where: {
                scalars[$0] == close || scalars[$0] == scalar || scalars[$0] == "\n"
            }),
            scalars[end] == close
        else { return nil }
        let content = scalars[(open + 1)..<end]
        let isPlaceholder = scalar == "[" ? asksForText(content) : namesSomething(content)
        return isPlaceholder ? end + 1 : nil
    }

    private static func asksForText(_ content: ArraySlice<Unicode.Scalar>) -> Bool {
        let meaningful = content.filter { !$0.properties.isWhitespace }
        if !meaningful.isEmpty, meaningful.allSatisfy({ $0 == "." || $0 == "…" }) { return true }
        guard let first = Words.split(Array(content)).first else { return false }
        return requestWords.contains(TextFolding.fold(first.text))
    }

    private static func namesSomething(_ content: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = content.first, first.properties.isAlphabetic || first == "." || first == "…" else {
            return false
        }
        return content.count <= 60 && !content.contains { $0 == "/" || $0 == "=" || $0 == "@" }
    }

    /// Words that are placeholders when written in capitals (also read by ``PlaceholderScreen``'s tests).
    static let capitalWords: [[Unicode.Scalar]] = ["TODO", "TBD", "TBA", "TBC", "FIXME", "NN", "N.N"].map {
        Array($0.unicodeScalars)
    }
    /// Words that are placeholders in any case.
    static let anyCaseWords: [[Unicode.Scalar]] = ["fixme", "tbd", "tbc", "lorem"].map {
        Array($0.unicodeScalars)
    }
    /// The first two scalars, folded, of each word of ``capitalWords`` and ``anyCaseWords``.
    /// (A handful, so an array: comparing a few integers is cheaper than hashing one, for every
    /// word of every text.)
    private static let listedStarts = Array(
        Set(
            (capitalWords + anyCaseWords).map { word in
                let folded = Array(TextFolding.fold(word).unicodeScalars)
                return startKey(folded[0], folded.dropFirst().first)
            }))
    /// The letters, folded, that start a run of x's or a date template (`ÅÅÅÅ-MM-DD`, `MM-DD`).
    private static let patternInitials: [Unicode.Scalar] = ["x", "å", "y", "m", "d"]

    /// One number for a word's first scalar and the one after it (if any), for ``listedStarts``.
    private static func startKey(_ first: Unicode.Scalar, _ second: Unicode.Scalar?) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second?.value ?? 0)
    }

    /// Phrases of plain (ASCII) words, compared scalar by scalar with folded words.
    static let phrases: [[[Unicode.Scalar]]] = [
        ["att", "fyllas", "i"], ["fylls", "i", "senare"], ["fyllas", "i", "senare"], ["meddelas", "senare"],
        ["to", "be", "decided"], ["to", "be", "defined"], ["to", "be", "determined"], ["to", "be", "confirmed"],
        ["to", "be", "announced"],
    ].map { $0.map { Array($0.unicodeScalars) } }
    /// The phrases' first words, each once.
    private static let phraseStarts: [[Unicode.Scalar]] = phrases.reduce(into: []) { starts, phrase in
        if !starts.contains(phrase[0]) { starts.append(phrase[0]) }
    }
    /// The first scalars of the phrases' first words (a few, so an array).
    private static let phraseInitials: [Unicode.Scalar] = Array(Set(phrases.compactMap { $0.first?.first }))
    private static let requestWords: Set<String> = [
        "fyll", "fylls", "ange", "infoga", "skriv", "namn", "namnet", "datum", "datumet", "belopp", "beloppet",
        "insert", "enter", "add", "name", "date", "amount", "todo", "tbd", "xxx",
    ]
}
