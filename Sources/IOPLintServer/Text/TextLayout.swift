import IOPYAML

/// Where the lines of one text start, as LSP counts them and as the linter (libyaml) counts
/// them, to convert between LSP positions and ``SourcePosition``s through scalar offsets.
///
/// The two disagree on purpose: LSP ends lines at `\n`, `\r\n` and `\r` only; libyaml also at
/// U+0085, U+2028 and U+2029, and does not count a leading byte order mark. Offsets here count
/// Unicode scalars from the very start of the text, byte order mark included.
public struct TextLayout: Sendable {
    public let scalars: [Unicode.Scalar]
    /// Offset of the first scalar of each LSP line.
    private let lspLineStarts: [Int]
    /// Offset of the first scalar of each libyaml line.
    private let yamlLineStarts: [Int]

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        lspLineStarts = Self.lineStarts(scalars, from: 0) { $0 == "\n" || $0 == "\r" }
        let first = scalars.first == "\u{FEFF}" ? 1 : 0
        yamlLineStarts = Self.lineStarts(scalars, from: first) {
            switch $0 {
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": true
            default: false
            }
        }
    }

    /// The LSP position of scalar `offset` (clamped to the text).
    public func position(ofOffset offset: Int, in encoding: PositionEncoding) -> Position {
        let offset = min(max(0, offset), scalars.count)
        let line = Self.lineIndex(of: offset, in: lspLineStarts)
        let start = lspLineStarts[line]
        let character = scalars[start..<offset].reduce(0) { $0 + encoding.width(of: $1) }
        return Position(line: line, character: character)
    }

    /// The scalar offset of an LSP position. A character past the end of its line means the
    /// end of the line (as LSP says); one inside a surrogate pair means the scalar's start; a
    /// line past the last means the end of the text.
    public func offset(of position: Position, in encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lspLineStarts.count else { return scalars.count }
        var offset = lspLineStarts[position.line]
        let end = lineEnd(from: offset)
        var counted = 0
        while offset < end {
            let width = encoding.width(of: scalars[offset])
            if counted + width > position.character { break }
            counted += width
            offset += 1
        }
        return offset
    }

    /// The scalar offset of a linter position (1-based line and column in scalars, libyaml's
    /// lines). A column past the end of its line means the line's end; a line past the last,
    /// the end of the text.
    public func offset(of position: SourcePosition) -> Int {
        guard position.line >= 1 else { return 0 }
        guard position.line <= yamlLineStarts.count else { return scalars.count }
        let start = yamlLineStarts[position.line - 1]
        var end = scalars.count
        if position.line < yamlLineStarts.count {
            // The line ends before its break: one scalar, or two for `\r\n`.
            end = yamlLineStarts[position.line] - 1
            if end > start, scalars[end] == "\n", scalars[end - 1] == "\r" { end -= 1 }
        }
        return start + min(max(0, position.column - 1), end - start)
    }

    /// The linter position (libyaml's lines, scalar columns) of scalar `offset`.
    public func sourcePosition(ofOffset offset: Int) -> SourcePosition {
        let offset = min(max(0, offset), scalars.count)
        let line = Self.lineIndex(of: offset, in: yamlLineStarts)
        let bom = scalars.first == "\u{FEFF}" ? 1 : 0
        return SourcePosition(line: line + 1, column: offset - yamlLineStarts[line] + 1, offset: max(0, offset - bom))
    }

    /// The LSP range of a linter range.
    public func range(of range: SourceRange, in encoding: PositionEncoding) -> LSPRange {
        LSPRange(
            start: position(ofOffset: offset(of: range.start), in: encoding),
            end: position(ofOffset: offset(of: range.end), in: encoding))
    }

    /// The text of the LSP line holding `offset`, without its line break, and where it starts.
    public func line(containing offset: Int) -> (start: Int, text: String) {
        let line = Self.lineIndex(of: min(max(0, offset), scalars.count), in: lspLineStarts)
        let start = lspLineStarts[line]
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<lineEnd(from: start)])
        return (start, String(text))
    }

    /// How many LSP lines the text has (at least 1).
    public var lineCount: Int { lspLineStarts.count }

    /// The LSP line number (0-based) holding `offset`.
    public func lineNumber(ofOffset offset: Int) -> Int {
        Self.lineIndex(of: min(max(0, offset), scalars.count), in: lspLineStarts)
    }

    /// The offset where LSP line `line` (0-based) starts; the end of the text past the last.
    public func lineStart(_ line: Int) -> Int {
        line < lspLineStarts.count ? lspLineStarts[max(0, line)] : scalars.count
    }

    /// The offset of the line break that ends the LSP line starting at `start` (or the end).
    private func lineEnd(from start: Int) -> Int {
        var end = start
        while end < scalars.count, scalars[end] != "\n", scalars[end] != "\r" { end += 1 }
        return end
    }

    private static func lineStarts(
        _ scalars: [Unicode.Scalar], from first: Int, isBreak: (Unicode.Scalar) -> Bool
    ) -> [Int] {
        var starts = [first]
        var index = first
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            guard isBreak(scalar) else { continue }
            if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
            starts.append(index)
        }
        return starts
    }

    /// The index of the last start at or before `offset` (binary search).
    private static func lineIndex(of offset: Int, in starts: [Int]) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
