/// Text from agreements, rule files and file names made safe to print on a terminal and in a
/// CI log: the `text` format writes nothing else.
///
/// Control characters (C0 but the tab, DEL, C1), line and paragraph separators and the bidi
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are shown escaped, never
/// sent raw: an escape sequence cannot recolour or rewrite the terminal, a line break cannot
/// start a line of its own and reversed text cannot hide what a line says. A line feed is
/// shown as `\n`, a carriage return as `\r`, the others as `\u{1B}`. And no line starts with
/// `::` (after blanks), which GitHub's runner would execute as a workflow command: its first
/// `:` is then shown as `\u{3A}`.
public enum TerminalText {
    /// How `scalar` is shown: its escape, or `nil` when it is shown as itself.
    public static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        case 0x09: nil
        case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
            "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default: nil
        }
    }

    /// `text` with every scalar ``escape(_:)`` escapes shown escaped.
    public static func escaped(_ text: some StringProtocol) -> String {
        guard text.unicodeScalars.contains(where: { escape($0) != nil }) else { return String(text) }
        var result = ""
        for scalar in text.unicodeScalars {
            if let escaped = escape(scalar) { result += escaped } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// `line`, one line of output built from escaped pieces, with a leading `::` broken so that
    /// no runner reads it as a command. Blanks and colour escapes before it count as nothing:
    /// GitHub's runner trims blanks before it looks for `::`.
    public static func line(_ line: String) -> String {
        // Walked in place: most lines start with neither blanks nor `:`, and cost a scalar or two.
        let scalars = line.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace {
                index = next
            } else if scalar == "\u{1B}", next < scalars.endIndex, scalars[next] == "[" {
                index = scalars.index(after: next)
                while index < scalars.endIndex, scalars[index] != "m" { index = scalars.index(after: index) }
                if index < scalars.endIndex { index = scalars.index(after: index) }
            } else {
                break
            }
        }
        guard index < scalars.endIndex, scalars[index] == ":" else { return line }
        let second = scalars.index(after: index)
        guard second < scalars.endIndex, scalars[second] == ":" else { return line }
        var result = String.UnicodeScalarView(scalars[..<index])
        result += "\\u{3A}".unicodeScalars
        result += scalars[second...]
        return String(result)
    }
}
