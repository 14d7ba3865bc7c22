/// Reads the structure at the start of one line of block YAML: `- ` item markers, then a
/// `key:`. Used by ``CursorContext``, on text that need not parse.
struct LineParser {
    let text: [Unicode.Scalar]
    /// Where reading has got to.
    var column: Int
    /// The column of the last item marker taken.
    private(set) var markerColumn = 0
    /// The column of the key taken.
    private(set) var keyColumn = 0
    /// Where the key's value starts on the line, when it has one there.
    private(set) var valueStart: Int?

    init(text: [Unicode.Scalar], column: Int) {
        self.text = text
        self.column = column
    }

    /// What is left of the line.
    var rest: ArraySlice<Unicode.Scalar> { text[min(column, text.count)...] }

    /// Takes a `- ` (or a `-` ending the line) and the spaces after it.
    mutating func takeItemMarker() -> Bool {
        guard column < text.count, text[column] == "-", column + 1 == text.count || text[column + 1] == " " else {
            return false
        }
        markerColumn = column
        column += 1
        skipSpaces()
        return true
    }

    /// Takes `key:` when followed by a space or the end of the line, and the spaces after it;
    /// the key without its quotes. `nil` (and nothing taken) when the line goes on otherwise.
    mutating func takeKey() -> String? {
        guard column < text.count, !"{[#&*!|>%@`".unicodeScalars.contains(text[column]) else { return nil }
        var index = column
        var key: String
        if text[index] == "\"" || text[index] == "'" {
            let quote = text[index]
            guard let close = text[(index + 1)...].firstIndex(of: quote) else { return nil }
            key = String(String.UnicodeScalarView(text[(index + 1)..<close]))
            index = close + 1
            guard index < text.count, text[index] == ":" else { return nil }
        } else {
            while index < text.count, !(text[index] == ":" && (index + 1 == text.count || text[index + 1] == " ")) {
                index += 1
            }
            guard index < text.count else { return nil }
            key = String(String.UnicodeScalarView(text[column..<index]))
            while key.last == " " { key.removeLast() }
        }
        guard index + 1 == text.count || text[index + 1] == " " else { return nil }
        keyColumn = column
        column = index + 1
        skipSpaces()
        valueStart = column < text.count && text[column] != "#" ? column : nil
        return key
    }

    private mutating func skipSpaces() {
        while column < text.count, text[column] == " " { column += 1 }
    }
}
