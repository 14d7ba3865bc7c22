/// A half-open range `[start, end)` of source text.
///
/// `end` is the position just after the last character, as libyaml reports it; for a node that
/// ends a line, `end` may be column 1 of the following line.
public struct SourceRange: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = max(start, end)
    }

    /// An empty range at `position`.
    public init(at position: SourcePosition) {
        self.init(start: position, end: position)
    }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)-\(end)" }
}
