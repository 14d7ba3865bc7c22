/// Splits text into sentences.
///
/// A sentence ends:
///
/// - at `!` or `?` (or a run such as `?!`) followed by whitespace or the end of the text;
/// - at `.` or `…` (also `...`) followed by whitespace or the end, unless
///   - the stop belongs to an abbreviation: one that stands inside sentences (`t.ex.`, `bl.a.`,
///     `e.g.`, `i.e.`, `kap.`, `s.`, an initial as in `A. Andersson`) never ends one, one that
///     often closes a list (`m.m.`, `osv.`, `etc.`) ends it only when the next word starts with a
///     capital letter — see ``Abbreviations``;
///   - the next word starts with a lower-case letter (`ang. avtalet`, `… och så vidare`);
///   - it follows the number of a numbered list item (`1. Öka …` at the start of a line);
/// - at a blank line (a paragraph break);
/// - before a list item: a line that starts with a bullet (`-`, `*`, `•`, `–`) or with a number
///   or single letter followed by `.` or `)`.
///
/// `;` and `:` do not end sentences: they join clauses, and a colon often introduces a list
/// that belongs to its sentence. A stop inside a word is never an end: decimals (`0.5`), dates
/// (`2025-01-01`, `1.1.2025`), times (`14.00`) and `§ 14` stay whole. A single line break does
/// not end a sentence either (YAML block text is often wrapped by hand). Text after the last
/// terminator is a sentence of its own, so text without any stop is one sentence.
public enum Sentences {
    /// The sentences of `text`, in order; a text without words has none.
    public static func split(_ text: String) -> [Sentence] {
        let analysis = TextAnalysis(text)
        return analysis.sentences.map(analysis.publicSentence)
    }

    /// The number of words of each sentence of `text`, in order.
    public static func wordCounts(in text: String) -> [Int] {
        TextAnalysis(text).sentences.map(\.words.count)
    }

    /// The sentences of a text given as its scalars, its words and their folded forms (as
    /// ``TextAnalysis`` has them).
    static func spans(
        scalars: ArraySlice<Unicode.Scalar>, words: [TextAnalysis.Word], folded: [Unicode.Scalar]
    ) -> [TextAnalysis.Sentence] {
        let splitter = Splitter(scalars: scalars, words: words, folded: folded)
        var sentences: [TextAnalysis.Sentence] = []
        var first = 0
        for index in words.indices where index == words.count - 1 || splitter.endsSentence(after: index) {
            sentences.append(splitter.sentence(words: first...index))
            first = index + 1
        }
        return sentences
    }
}

/// The boundary decisions of ``Sentences``, over one text.
private struct Splitter {
    let scalars: ArraySlice<Unicode.Scalar>
    let words: [TextAnalysis.Word]
    let folded: [Unicode.Scalar]

    /// Whether a sentence ends between word `index` and the next one.
    func endsSentence(after index: Int) -> Bool {
        let gap = words[index].range.upperBound..<words[index + 1].range.lowerBound
        // Most gaps are a space, or a comma and a space: without a line break or a terminator
        // none of the rules below can end a sentence.
        guard gap.contains(where: { scalars[$0] == "\n" || Self.isTerminator(scalars[$0]) }) else { return false }
        if hasParagraphBreak(gap) || startsListItem(index + 1) { return true }
        if isListNumber(index), let first = gap.first, scalars[first] == "." || scalars[first] == ")" {
            return false
        }
        guard let run = terminatorRun(in: gap) else { return false }
        if run.isStrong { return true }
        let isSingleStop = run.start == gap.lowerBound && run.stops == 1 && scalars[run.start] == "."
        return stopEnds(after: index, isSingleStop: isSingleStop)
    }

    /// The first run of terminators in a gap (with the closing quotes and brackets among and after
    /// them) that whitespace or the gap's end follows: where it starts, how many terminators it
    /// has, and whether one is `!` or `?`.
    private func terminatorRun(in gap: Range<Int>) -> (start: Int, stops: Int, isStrong: Bool)? {
        var position = gap.lowerBound
        while position < gap.upperBound {
            guard Self.isTerminator(scalars[position]) else {
                position += 1
                continue
            }
            var end = position
            var stops = 0
            var isStrong = false
            while end < gap.upperBound, Self.isTerminator(scalars[end]) || Self.isCloser(scalars[end]) {
                if Self.isTerminator(scalars[end]) { stops += 1 }
                isStrong = isStrong || scalars[end] == "!" || scalars[end] == "?"
                end += 1
            }
            if end == gap.upperBound || scalars[end].isSentenceSpace {
                return (position, stops, isStrong)
            }
            position = end
        }
        return nil
    }

    /// Whether a `.` or `…` after word `index` (and whitespace) ends the sentence.
    private func stopEnds(after index: Int, isSingleStop: Bool) -> Bool {
        let next = scalars[words[index + 1].range.lowerBound]
        if isSingleStop {
            let word = words[index]
            if word.range.count == 1, scalars[word.range.lowerBound].isSentenceUppercase { return false }
            switch Abbreviations.kind(ofFolded: folded[word.folded], isPlain: word.isPlain) {
            case .inner?: return false
            case .closing?: return next.isSentenceUppercase
            case nil: break
            }
        }
        return !next.isSentenceLowercase
    }

    /// A blank line in the gap: two line breaks with only whitespace between them.
    private func hasParagraphBreak(_ gap: Range<Int>) -> Bool {
        var sawBreak = false
        for position in gap {
            let scalar = scalars[position]
            if scalar == "\n" {
                if sawBreak { return true }
                sawBreak = true
            } else if !scalar.isSentenceSpace {
                sawBreak = false
            }
        }
        return false
    }

    /// Whether word `index` opens a list item: it starts a line after a bullet, or it is the
    /// item's number or letter (`1.`, `a)`).
    private func startsListItem(_ index: Int) -> Bool {
        guard index > 0, let lineStart = lineStart(before: index) else { return false }
        let lead = lineStart..<words[index].range.lowerBound
        let marks = lead.filter { !scalars[$0].isSentenceSpace }
        if marks.count == 1, Self.isBullet(scalars[marks[0]]),
            marks[0] + 1 < lead.upperBound, scalars[marks[0] + 1].isSentenceSpace
        {
            return true
        }
        return marks.isEmpty && isListNumber(index)
    }

    /// Whether word `index` is a list item's number or letter at the start of a line, followed
    /// by `.` or `)` and whitespace.
    private func isListNumber(_ index: Int) -> Bool {
        let word = words[index]
        let after = word.range.upperBound
        // The cheap test first: most words are not followed by `.` or `)` and a space.
        guard after + 1 < scalars.count, scalars[after] == "." || scalars[after] == ")",
            scalars[after + 1].isSentenceSpace
        else { return false }
        let isNumber = scalars[word.range].allSatisfy(Words.isDigit)
        guard isNumber || word.range.count == 1 else { return false }
        if index == 0 { return (0..<word.range.lowerBound).allSatisfy { scalars[$0].isSentenceSpace } }
        guard let lineStart = lineStart(before: index) else { return false }
        return (lineStart..<word.range.lowerBound).allSatisfy { scalars[$0].isSentenceSpace }
    }

    /// Just after the last line break between word `index - 1` and word `index`, if there is one.
    private func lineStart(before index: Int) -> Int? {
        let gap = words[index - 1].range.upperBound..<words[index].range.lowerBound
        return gap.last { scalars[$0] == "\n" }.map { $0 + 1 }
    }

    /// The sentence made of some words, with the punctuation attached to its ends.
    func sentence(words indices: ClosedRange<Int>) -> TextAnalysis.Sentence {
        var start = words[indices.lowerBound].range.lowerBound
        while start > 0, Self.isOpener(scalars[start - 1]) { start -= 1 }
        var end = words[indices.upperBound].range.upperBound
        let limit =
            indices.upperBound + 1 < words.count ? words[indices.upperBound + 1].range.lowerBound : scalars.count
        while end < limit, !scalars[end].isSentenceSpace { end += 1 }
        let range = start..<end
        return TextAnalysis.Sentence(range: range, words: indices.lowerBound..<(indices.upperBound + 1))
    }

    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "…": true
        default: false
        }
    }

    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ")", "]", "}", "\"", "'", "”", "’", "»": true
        default: false
        }
    }

    static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "[", "{", "\"", "“", "„", "'", "‘", "«": true
        default: false
        }
    }

    static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "*", "•", "–", "—", "·", "+": true
        default: false
        }
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is whitespace (`properties.isWhitespace`), without the property
    /// look-up for ASCII.
    fileprivate var isSentenceSpace: Bool {
        isASCII ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }

    /// `properties.isUppercase`, without the property look-up for ASCII.
    fileprivate var isSentenceUppercase: Bool {
        isASCII ? value &- 0x41 < 26 : properties.isUppercase
    }

    /// `properties.isLowercase`, without the property look-up for ASCII.
    fileprivate var isSentenceLowercase: Bool {
        isASCII ? value &- 0x61 < 26 : properties.isLowercase
    }
}
