/// A point in a source file.
///
/// Invariants: `line` and `column` are 1-based; `column` counts Unicode scalars from the start of
/// the line; `offset` is 0-based and counts Unicode scalars from the start of the file. Lines
/// end where libyaml ends them (`\n`, `\r\n`, a lone `\r`, U+0085, U+2028, U+2029), and a
/// leading byte order mark is not counted.
///
/// The three numbers are stored in 32 bits each, which halves the size of every node's range
/// (a tree holds two positions per node). A value beyond `Int32` is kept as the nearest one
/// `Int32` holds; no file loaded is that large (``YAMLLimits/maxBytes``).
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedOffset: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int, offset: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
        storedOffset = Int32(clamping: offset)
    }

    /// The first position of a file: line 1, column 1, offset 0.
    public static let start = SourcePosition(line: 1, column: 1, offset: 0)

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.storedLine, lhs.storedColumn, lhs.storedOffset) < (rhs.storedLine, rhs.storedColumn, rhs.storedOffset)
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

extension SourcePosition: Codable {
    private enum CodingKeys: String, CodingKey {
        case line, column, offset
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            line: try container.decode(Int.self, forKey: .line),
            column: try container.decode(Int.self, forKey: .column),
            offset: try container.decode(Int.self, forKey: .offset))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(offset, forKey: .offset)
    }
}

extension SourcePosition: CustomReflectable {
    /// The line, column and offset, as `dump` and the debugger show them: not the 32-bit fields
    /// they are stored in.
    public var customMirror: Mirror {
        Mirror(self, children: ["line": line, "column": column, "offset": offset], displayStyle: .struct)
    }
}
