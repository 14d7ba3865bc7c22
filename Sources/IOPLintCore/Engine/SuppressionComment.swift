import IOPYAML

/// The parts of an `iop-lint-disable…` comment, as written, before they are checked:
/// `# DIRECTIVE RULE[, RULE…] -- REASON`.
struct SuppressionComment: Sendable, Hashable {
    /// The two directives.
    enum Directive: String, CaseIterable, Sendable {
        case nextLine = "iop-lint-disable-next-line"
        case file = "iop-lint-disable-file"
    }

    /// A word of the comment and where it is.
    struct Word: Sendable, Hashable {
        var text: String
        var range: SourceRange
    }

    /// The first word, which starts with `iop-lint-disable`.
    var directive: Word
    /// The words between the directive and the separator, split at commas and whitespace.
    var rules: [Word]
    /// The text after the separator, trimmed; `nil` when there is no separator or nothing after
    /// it. The separator is the first `--` with whitespace before it and whitespace or the end
    /// of the comment after it (a rule name may hold `--`).
    var reason: String?

    /// The parts of `comment`; `nil` unless its first word starts with `iop-lint-disable`.
    init?(_ comment: YAMLComment) {
        let scalars = Array(comment.text.unicodeScalars)
        func word(_ bounds: Range<Int>) -> Word {
            var start = comment.range.start
            start.column += 1 + bounds.lowerBound
            start.offset += 1 + bounds.lowerBound
            var end = start
            end.column += bounds.count
            end.offset += bounds.count
            return Word(
                text: String(String.UnicodeScalarView(scalars[bounds])), range: SourceRange(start: start, end: end))
        }
        let directiveStart = scalars.firstIndex { !Self.isBlank($0) } ?? scalars.count
        let directiveEnd = scalars[directiveStart...].firstIndex(where: Self.isBlank) ?? scalars.count
        directive = word(directiveStart..<directiveEnd)
        guard directive.text.hasPrefix("iop-lint-disable") else { return nil }
        let separator = Self.separator(in: scalars, from: directiveEnd)
        rules = Self.wordBounds(in: scalars, directiveEnd..<(separator ?? scalars.count)).map(word)
        reason = separator.flatMap { separator in
            let text = String(String.UnicodeScalarView(scalars[(separator + 2)...]))
            let trimmed = text.trimmingBlanks
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// The index of the first `--` after whitespace and before whitespace or the end.
    private static func separator(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start > 0 else { return nil }
        for index in start..<max(start, scalars.count - 1)
        where scalars[index] == "-" && scalars[index + 1] == "-" && isBlank(scalars[index - 1])
            && (index + 2 == scalars.count || isBlank(scalars[index + 2]))
        {
            return index
        }
        return nil
    }

    /// The runs of `bounds` that are neither whitespace nor commas.
    private static func wordBounds(in scalars: [Unicode.Scalar], _ bounds: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for index in bounds {
            let isSeparator = isBlank(scalars[index]) || scalars[index] == ","
            if isSeparator, let wordStart = start {
                words.append(wordStart..<index)
                start = nil
            } else if !isSeparator && start == nil {
                start = index
            }
        }
        if let start { words.append(start..<bounds.upperBound) }
        return words
    }
}

extension String {
    /// The string without whitespace at either end.
    fileprivate var trimmingBlanks: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
