import IOPYAML

/// Where a piece of a scalar's value stands in the source, so that a finding about one word of a
/// long text points at that word: in a folded (`>`), literal (`|`), plain or quoted scalar over
/// several lines, on the line and column where the word is written, with a range that covers just
/// the word.
///
/// The piece is found by its words: whatever stands between two words in the source (a line
/// break and indentation that folding turned into a space, several spaces) matches whatever
/// stands between them in the value. The n-th occurrence of the piece in the value is the n-th in
/// the source.
enum WordRange {
    /// The source range of the value's scalars `piece`, or `nil` when it cannot be placed (an
    /// escape sequence inside it or inside another place with the same words, or no source text).
    static func range(of piece: Range<Int>, in node: YAMLNode, source: SourceScalars) -> SourceRange? {
        guard let scalar = node.scalar else { return nil }
        let scalars = Array(scalar.value.unicodeScalars)
        let start = node.range.start.offset, end = node.range.end.offset
        guard piece.lowerBound >= 0, piece.upperBound <= scalars.count, !piece.isEmpty, start >= 0, start <= end,
            end <= source.count
        else { return nil }
        let words = split(scalars[piece])
        guard !words.isEmpty else { return nil }
        let inValue = occurrences(of: words, in: scalars[...])
        // Only the node's stretch of the source is read, from the scalar before it (which tells
        // `\r\n` from a lone `\n`): `text[i]` is the source's scalar `base + i`.
        let base = max(start - 1, 0)
        let text = source.scalars(base..<end)
        let textStart = textStart(of: scalar.style, from: start - base, to: end - base, in: text)
        let inSource = occurrences(of: words, in: text[textStart..<(end - base)])
        // Unless the source writes the piece as often as the value has it, an escape sequence
        // spells one of them, and the n-th in the source need not be the n-th in the value.
        guard inSource.count == inValue.count else { return nil }
        let occurrence = inValue.prefix { $0.lowerBound < piece.lowerBound }.count
        guard occurrence < inSource.count else { return nil }
        let found = inSource[occurrence]
        var known = node.range.start
        known.offset -= base
        var first = position(of: found.lowerBound, from: known, in: text)
        var last = position(of: found.upperBound, from: first, in: text)
        first.offset += base
        last.offset += base
        return SourceRange(start: first, end: last)
    }

    /// Where the scalar's text can begin in `source[start..<end]`: for a block scalar after its
    /// header line (`>`, `|-`, a comment after them), which holds none of the value.
    private static func textStart(
        of style: YAMLScalar.Style, from start: Int, to end: Int, in source: [Unicode.Scalar]
    ) -> Int {
        guard style == .literal || style == .folded else { return start }
        return source[start..<end].firstIndex { "\n\r\u{85}\u{2028}\u{2029}".unicodeScalars.contains($0) } ?? end
    }

    /// The words of a piece: its runs of scalars between white space.
    private static func split(_ piece: ArraySlice<Unicode.Scalar>) -> [[Unicode.Scalar]] {
        piece.split(whereSeparator: isSpace).map(Array.init)
    }

    /// Every place in `text` where the words stand one after another with white space between
    /// them, in order and without overlap; indices are those of `text`'s base.
    private static func occurrences(of words: [[Unicode.Scalar]], in text: ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = text.startIndex
        while index < text.endIndex {
            if let end = match(words, in: text, at: index) {
                found.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    private static func match(_ words: [[Unicode.Scalar]], in text: ArraySlice<Unicode.Scalar>, at start: Int) -> Int? {
        var index = start
        for (number, word) in words.enumerated() {
            if number > 0 {
                guard index < text.endIndex, isSpace(text[index]) else { return nil }
                while index < text.endIndex, isSpace(text[index]) { index += 1 }
            }
            guard index + word.count <= text.endIndex, text[index..<index + word.count].elementsEqual(word) else {
                return nil
            }
            index += word.count
        }
        return index
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// The position of scalar `offset`, walking from `known` (at or before it) as libyaml counts
    /// lines: `\n`, `\r\n`, a lone `\r`, U+0085, U+2028 and U+2029 end a line.
    private static func position(
        of offset: Int, from known: SourcePosition, in source: [Unicode.Scalar]
    )
        -> SourcePosition
    {
        var position = known
        var index = known.offset
        while index < offset {
            position.advance(past: source[index], after: index > 0 ? source[index - 1] : nil)
            index += 1
        }
        position.offset = offset
        return position
    }
}
