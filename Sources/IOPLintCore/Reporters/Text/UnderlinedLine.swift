import IOPYAML

/// A source line as the text format shows it, and the underline of a range on it.
///
/// Tabs are expanded to spaces (stops every ``tabWidth`` columns) in both, so the underline
/// stays aligned whatever the terminal does with tabs; controls are escaped and a long line is
/// cut to a window around the range (``ShownText``), `…` marking each cut. Every other scalar
/// is one column wide.
struct UnderlinedLine: Equatable {
    static let tabWidth = 8

    /// The line as shown.
    var source: String
    /// Spaces up to the range, then `^` and a `~` for each further column of it.
    var underline: String

    /// The underline of `range` on `line`, the text of line `range.start.line`. A range that
    /// runs onto later lines is underlined to the end of this one; an empty range gets one `^`.
    init(line: Substring, range: SourceRange) {
        let scalars = Array(line.unicodeScalars)
        let startColumn = max(1, range.start.column)
        let window = ShownText.window(count: scalars.count, showing: startColumn)
        let cutBefore = window.lowerBound > 1
        let cutAfter = window.upperBound <= scalars.count
        let shown = scalars[(window.lowerBound - 1)..<min(scalars.count, window.upperBound - 1)]
        var widths: [Int] = []
        widths.reserveCapacity(shown.count)
        var display = cutBefore ? 1 : 0
        // Built as UTF-8 bytes: most scalars are shown as themselves, one column wide, and cost
        // a byte or a few, not a string each.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(shown.count + 8)
        if cutBefore { bytes += "…".utf8 }
        for scalar in shown {
            let width: Int
            if scalar == "\t" {
                width = Self.tabWidth - display % Self.tabWidth
                bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width))
            } else if let escape = TerminalText.escape(scalar) {
                width = escape.unicodeScalars.count
                bytes += escape.utf8
            } else {
                width = 1
                UTF8.encode(scalar) { bytes.append($0) }
            }
            widths.append(width)
            display += width
        }
        if cutAfter { bytes += "…".utf8 }
        let source = String(decoding: bytes, as: UTF8.self)
        let lineEnd = scalars.count + 1
        let endColumn = range.end.line > range.start.line ? max(lineEnd, startColumn) : range.end.column
        let position = { (column: Int) -> Int in
            Self.displayColumn(
                of: cutAfter ? min(column, window.upperBound) : column, from: window.lowerBound, widths: widths,
                lead: cutBefore ? 1 : 0)
        }
        let (start, end) = (position(startColumn), position(endColumn))
        self.source = source
        underline = String(repeating: " ", count: start) + "^" + String(repeating: "~", count: max(0, end - start - 1))
    }

    /// The 0-based display position of 1-based `column`, for a line shown from column `first`
    /// after `lead` columns; columns past the line count one each, columns before `first` are
    /// held at the start.
    private static func displayColumn(of column: Int, from first: Int, widths: [Int], lead: Int) -> Int {
        let before = max(0, column - first)
        return lead + widths.prefix(before).reduce(0, +) + max(0, before - widths.count)
    }
}
