extension Markdown {
    /// Characters that would otherwise format, link or end a table cell, when they stand in
    /// plain text: each is written after a backslash (CommonMark's escape of ASCII punctuation).
    private static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "~", "|"]

    /// `text` as inline Markdown that stays on one line and inside a table cell: code between
    /// backticks (``MessageSpans``) stays code, everything else is literal text. Line breaks
    /// become spaces; `|` is escaped everywhere, also in code (GitHub's tables allow that);
    /// control characters are shown escaped as the `text` format shows them (``TerminalText``).
    /// HTML tags, emphasis and links in `text` are shown as written, never rendered, and a
    /// mention (`@someone`), a reference (`#1`) or a bare link (`https://…`, `www.…`) is broken
    /// by a zero-width space, so that GitHub neither notifies anyone nor links anything.
    static func inline(_ text: String) -> String {
        MessageSpans(text).spans.map { span in
            span.isCode ? codeSpan(String(span.text)) : escapedPlain(span.text)
        }.joined()
    }

    /// `text` as one code span, fenced with more backticks than it holds in a row, on one line
    /// and with `|` escaped, so that it can stand in a table cell.
    static func codeSpan(_ text: String) -> String {
        let code = TerminalText.escaped(oneLine(text)).replacingOccurrences(of: "|", with: "\\|")
        var longestRun = 0
        var run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let padded = code.hasPrefix("`") || code.hasSuffix("`") || (code.hasPrefix(" ") && code.hasSuffix(" "))
        return padded ? "\(fence) \(code) \(fence)" : "\(fence)\(code)\(fence)"
    }

    /// A zero-width space as an HTML entity: it shows as nothing, but a mention, reference or
    /// link it stands in is no longer one.
    private static let breaker = "&#8203;"

    private static func escapedPlain(_ text: Substring) -> String {
        let scalars = Array(TerminalText.escaped(oneLine(String(text))).unicodeScalars)
        var result = ""
        for (index, scalar) in scalars.enumerated() {
            let rest = scalars[(index + 1)...]
            if scalar == ":" && rest.starts(with: "//".unicodeScalars) { result += breaker }
            if scalar == "." && index >= 3
                && String(String.UnicodeScalarView(scalars[(index - 3)..<index])).lowercased() == "www"
            {
                result += breaker
            }
            if special.contains(scalar) { result += "\\" }
            result.unicodeScalars.append(scalar)
            if scalar == "@" || scalar == "#", let next = rest.first,
                next.properties.isAlphabetic || next.properties.numericType != nil
            {
                result += breaker
            }
        }
        return result
    }

    /// `text` with each line break (CR LF, or any single one ``SourceLines`` knows) as a space.
    private static func oneLine(_ text: String) -> String {
        let lines = SourceLines(text)
        return (1...lines.count).compactMap(lines.line).joined(separator: " ")
    }
}
