import IOPYAML

/// A source line as the text format shows it, and the underline of a range on it.
///
/// Tabs are expanded to spaces (stops every ``tabWidth`` columns) and control characters shown
/// escaped (``TerminalText``) in both, so the underline stays aligned whatever the terminal
/// does with tabs and nothing of the line reaches the terminal raw. Every other scalar is one
/// column wide.
struct UnderlinedLine: Equatable {
    static let tabWidth = 8

    /// The line, tabs expanded and control characters escaped.
    var source: String
    /// Spaces up to the range, then `^` and a `~` for each further column of it.
    var underline: String

    /// The underline of `range` on `line`, the text of line `range.start.line`. A range that
    /// runs onto later lines is underlined to the end of this one; an empty range gets one `^`.
    init(line: Substring, range: SourceRange) {
        let scalars = Array(line.unicodeScalars)
        var widths: [Int] = []
        var display = 0
        var source = ""
        for scalar in scalars {
            let shown =
                scalar == "\t"
                ? String(repeating: " ", count: Self.tabWidth - display % Self.tabWidth)
                : TerminalText.escape(scalar) ?? String(scalar)
            source += shown
            widths.append(shown.unicodeScalars.count)
            display += shown.unicodeScalars.count
        }
        let lineEnd = scalars.count + 1
        let startColumn = max(1, range.start.column)
        let endColumn = range.end.line > range.start.line ? max(lineEnd, startColumn) : range.end.column
        let start = Self.displayColumn(of: startColumn, widths: widths)
        let end = Self.displayColumn(of: endColumn, widths: widths)
        self.source = source
        underline = String(repeating: " ", count: start) + "^" + String(repeating: "~", count: max(0, end - start - 1))
    }

    /// The 0-based display position of 1-based `column`; columns past the line count one each.
    private static func displayColumn(of column: Int, widths: [Int]) -> Int {
        let before = max(0, column - 1)
        return widths.prefix(before).reduce(0, +) + max(0, before - widths.count)
    }
}
