/// How reports show a file's own text (a source line): every scalar that could act on a
/// terminal or a page instead of being read is escaped as ``TerminalText`` escapes it (`\u{1B}`);
/// and a line wider than ``widestLine`` scalars is cut to a window around the column a finding
/// points at, `…` standing for what is left out.
enum ShownText {
    /// The most scalars of one line that are shown.
    static let widestLine = 160

    /// `scalar` as shown: itself, or its escape when it is a control.
    static func shown(_ scalar: Unicode.Scalar) -> String {
        TerminalText.escape(scalar) ?? String(scalar)
    }

    /// `text` with every control escaped.
    static func escaped(_ text: some StringProtocol) -> String {
        TerminalText.escaped(text)
    }

    /// Whether `scalar` is escaped.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        TerminalText.escape(scalar) != nil
    }

    /// The columns (1-based, scalars) of a line of `count` scalars that are shown: all of them
    /// when they fit in ``widestLine``, else a window of that many that holds `column`, which
    /// starts a quarter of the window before it when it can.
    static func window(count: Int, showing column: Int) -> Range<Int> {
        guard count > widestLine else { return 1..<(count + 1) }
        let lead = widestLine / 4
        let start = min(max(1, column - lead), count + 1 - widestLine)
        return start..<(start + widestLine)
    }
}
