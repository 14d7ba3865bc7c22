/// A comment of a YAML file: a `#` that libyaml reads as the start of a comment, up to the end
/// of its line.
public struct YAMLComment: Sendable, Hashable {
    /// What follows the `#` up to the end of the line, as written: leading spaces kept, no line
    /// break.
    public var text: String
    /// From the `#` to the end of its line, the line break excluded; always on one line.
    public var range: SourceRange
    /// Whether nothing but spaces and tabs comes before the comment on its line.
    public var isOwnLine: Bool
    /// The first line after the comment's own that holds YAML content: anything but spaces,
    /// tabs and comments (a line of a block scalar counts, even one that starts with `#`).
    /// `nil` when no such line follows.
    public var nextContentLine: Int?

    public init(text: String, range: SourceRange, isOwnLine: Bool, nextContentLine: Int?) {
        self.text = text
        self.range = range
        self.isOwnLine = isOwnLine
        self.nextContentLine = nextContentLine
    }

    /// The comment's line (1-based).
    public var line: Int { range.start.line }
}
