import IOPYAML

/// Reads a selector's text into steps (grammar in `Selector`), scalar by scalar, so that an error
/// column counts Unicode scalars as source columns do.
struct SelectorParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    mutating func parse() throws(SelectorError) -> (Selector.Anchor, [SelectorStep]) {
        guard let first = peek else { throw SelectorError("empty selector", column: 1) }
        var anchor = Selector.Anchor.document
        var steps: [SelectorStep] = []
        switch first {
        case "$": index += 1
        case "@":
            index += 1
            anchor = .current
        case "[": break
        default: steps.append(try nameStep())
        }
        while let next = peek {
            switch next {
            case ".":
                index += 1
                steps.append(try nameStep())
            case "[": steps.append(try bracket())
            default: throw unexpected(next, expected: "expected `.` or `[`")
            }
        }
        return (anchor, steps)
    }

    // MARK: Steps

    /// `key`, `*` or `**`.
    private mutating func nameStep() throws(SelectorError) -> SelectorStep {
        if peek == "*" {
            index += 1
            guard peek == "*" else { return .everyChild }
            index += 1
            return .descendants
        }
        if peek == ".", index > 0, scalars[index - 1] == "." {
            throw failure("`..` is not a step; `**` selects nodes at any depth")
        }
        guard let key = key() else { throw unexpected(peek, expected: "expected a key, `*` or `**`") }
        return .key(key)
    }

    /// `[N]`, `[*]`, `["key"]` or `[?filter]`.
    private mutating func bracket() throws(SelectorError) -> SelectorStep {
        index += 1
        skipSpaces()
        let step: SelectorStep
        switch peek {
        case "*"?:
            index += 1
            step = .everyItem
        case "?"?:
            index += 1
            step = .filter(try filter())
        case "\""?, "'"?:
            step = .key(try quoted())
        case let digit? where digit.isDigit:
            step = .index(try number())
        default:
            throw unexpected(peek, expected: "expected an index, `*`, `?` or a quoted key")
        }
        skipSpaces()
        guard peek == "]" else { throw unexpected(peek, expected: "expected `]`") }
        index += 1
        return step
    }

    /// `field=value` or `field!=value`, after the `?`.
    private mutating func filter() throws(SelectorError) -> SelectorFilter {
        skipSpaces()
        guard let first = key() else { throw unexpected(peek, expected: "expected a field name") }
        let field = try dotted([first])
        skipSpaces()
        let comparison: SelectorFilter.Comparison
        if peek == "=" {
            index += 1
            comparison = .equal
        } else if peek == "!", index + 1 < scalars.count, scalars[index + 1] == "=" {
            index += 2
            comparison = .notEqual
        } else {
            throw unexpected(peek, expected: "expected `=` or `!=`")
        }
        skipSpaces()
        return SelectorFilter(field: field, comparison: comparison, operand: try operand())
    }

    /// A quoted string, a reference `@.a.b` or a bare word.
    private mutating func operand() throws(SelectorError) -> SelectorFilter.Operand {
        switch peek {
        case "\""?, "'"?:
            return .literal(YAMLNode(content: .scalar(YAMLScalar(try quoted(), style: .doubleQuoted)), range: .none))
        case "@"?:
            index += 1
            return .reference(try dotted([]))
        default:
            let start = index
            while let next = peek, next.isWordCharacter { index += 1 }
            guard index > start else { throw unexpected(peek, expected: "expected a value") }
            let word = String(String.UnicodeScalarView(scalars[start..<index]))
            return .literal(YAMLNode(content: .scalar(YAMLScalar(word)), range: .none))
        }
    }

    // MARK: Tokens

    /// `keys` followed by every `.key` that comes next; throws at a dot that no key follows.
    private mutating func dotted(_ keys: [String]) throws(SelectorError) -> [String] {
        var keys = keys
        while peek == "." {
            index += 1
            guard let key = key() else { throw unexpected(peek, expected: "expected a key") }
            keys.append(key)
        }
        return keys
    }

    /// A run of key characters, or `nil` when there is none here.
    private mutating func key() -> String? {
        let start = index
        while let next = peek, next.isKeyCharacter { index += 1 }
        guard index > start else { return nil }
        return Words.string(scalars[start..<index])
    }

    /// A non-negative decimal integer.
    private mutating func number() throws(SelectorError) -> Int {
        let start = index
        while let next = peek, next.isDigit { index += 1 }
        let digits = Words.string(scalars[start..<index])
        guard let value = Int(digits) else { throw SelectorError("index `\(digits)` is too large", column: start + 1) }
        return value
    }

    /// A string in `"…"` (with `\"` and `\\`) or `'…'` (with `''`), without its quotes.
    private mutating func quoted() throws(SelectorError) -> String {
        let quote = scalars[index]
        index += 1
        var text = String.UnicodeScalarView()
        while let next = peek {
            index += 1
            if next == quote {
                guard quote == "'", peek == "'" else { return String(text) }
                index += 1
            } else if next == "\\", quote == "\"", let escaped = peek, escaped == "\"" || escaped == "\\" {
                index += 1
                text.append(escaped)
                continue
            }
            text.append(next)
        }
        throw failure("expected closing `\(quote)`")
    }

    // MARK: Helpers

    private var peek: Unicode.Scalar? {
        index < scalars.count ? scalars[index] : nil
    }

    private mutating func skipSpaces() {
        while let next = peek, next == " " || next == "\t" { index += 1 }
    }

    /// An error at the current column.
    private func failure(_ message: String) -> SelectorError {
        SelectorError(message, column: index + 1)
    }

    /// `expected` when `found` could start some part of a selector, else names the character.
    private func unexpected(_ found: Unicode.Scalar?, expected: String) -> SelectorError {
        guard let found, !found.isSelectorCharacter else { return failure(expected) }
        let name = found.properties.isWhitespace ? "space" : "character `\(found)`"
        return failure("unexpected \(name)")
    }
}

extension Unicode.Scalar {
    fileprivate var isDigit: Bool { ("0"..."9").contains(self) }

    /// Letters (å, ä, ö included), digits, `-` and `_`: what a key is made of. ASCII is told
    /// without a Unicode property look-up (a few hundred instructions each, for every character
    /// of every selector of the packs a run reads).
    fileprivate var isKeyCharacter: Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F: true
        case 0..<0x80: false
        default: properties.isAlphabetic
        }
    }

    /// What a bare filter value is made of: key characters and `.`, `+`, `:`, `/`.
    fileprivate var isWordCharacter: Bool {
        isKeyCharacter || self == "." || self == "+" || self == ":" || self == "/"
    }

    /// Characters that have a place somewhere in a selector.
    fileprivate var isSelectorCharacter: Bool {
        isWordCharacter || "$@*[]?=!\"'".unicodeScalars.contains(self)
    }
}

extension SourceRange {
    /// The empty range at the start of a file, for values written in a selector.
    fileprivate static let none = SourceRange(at: .start)
}
