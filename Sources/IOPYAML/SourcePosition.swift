/// A point in a source file.
///
/// Invariants: `line` and `column` are 1-based; `column` counts Unicode scalars from the start of
/// the line; `offset` is 0-based and counts Unicode scalars from the start of the file. Lines
/// end where libyaml ends them (`\n`, `\r\n`, a lone `\r`, U+0085, U+2028, U+2029), and a
/// leading byte order mark is not counted.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
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
}
