/// A point in a source file.
///
/// Invariants: `line` and `column` are 1-based; `column` counts Unicode scalars from the start of
/// the line; `offset` is 0-based and counts Unicode scalars from the start of the file. Lines
/// end where libyaml ends them (`\n`, `\r\n`, a lone `\r`, U+0085, U+2028, U+2029), and a
/// leading byte order mark is not counted.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The first position of a file: line 1, column 1, offset 0.
    public static let start = SourcePosition(line: 1, column: 1, offset: 0)

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
    }

    public var description: String { "\(line):\(column)" }

    /// Moves past `scalar` as libyaml counts lines: `\n`, `\r\n`, a lone `\r`, U+0085, U+2028
    /// and U+2029 end a line (the `\n` of `\r\n` moves nothing), any other scalar is one column.
    /// `previous` is the scalar before it, if any. `offset` is left to the caller.
    public mutating func advance(past scalar: Unicode.Scalar, after previous: Unicode.Scalar?) {
        switch scalar {
        case "\n" where previous == "\r":
            break
        case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
            line += 1
            column = 1
        default:
            column += 1
        }
    }
}
