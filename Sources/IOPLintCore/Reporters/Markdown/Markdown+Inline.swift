extension Markdown {
    /// Characters that would otherwise format, link or end a table cell, when they stand in
    /// plain text: each is written after a backslash (CommonMark's escape of ASCII punctuation).
    private static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "~", "|"]

    /// `text` as inline Markdown that stays on one line and inside a table cell: code between
    /// backticks (``MessageSpans``) stays code, everything else is literal text. Line breaks
    /// become spaces; `|` is escaped everywhere, also in code (GitHub's tables allow that).
    /// HTML tags, emphasis and links in `text` are shown as written, never rendered.
    static func inline(_ text: String) -> String {
        MessageSpans(text).spans.map { span in
            span.isCode ? codeSpan(String(span.text)) : escapedPlain(span.text)
        }.joined()
    }

    /// `text` as one code span, fenced with more backticks than it holds in a row, on one line
    /// and with `|` escaped, so that it can stand in a table cell.
    static func codeSpan(_ text: String) -> String {
        let code = oneLine(text).replacingOccurrences(of: "|", with: "\\|")
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

    private static func escapedPlain(_ text: Substring) -> String {
        var result = ""
        for scalar in oneLine(String(text)).unicodeScalars {
            if special.contains(scalar) { result += "\\" }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// `text` with each line break (CR LF, or any single one ``SourceLines`` knows) as a space.
    private static func oneLine(_ text: String) -> String {
        let lines = SourceLines(text)
        return (1...lines.count).compactMap(lines.line).joined(separator: " ")
    }
}
