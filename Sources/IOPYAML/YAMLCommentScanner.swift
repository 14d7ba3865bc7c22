/// Finds the comments of a YAML file, which libyaml's parser drops.
///
/// libyaml itself decides which `#` starts a comment: the file goes through libyaml's token
/// scanner, which gives the exact span of every token — plain, quoted and block scalars, keys,
/// indicators — and all that lies between two tokens is whitespace, line breaks and comments.
/// So a `#` inside a quoted scalar (over any number of lines), in the content of a block scalar
/// or inside a plain scalar (`a#b`, `http://a/#b`) is text, and every `#` between tokens starts
/// a comment. The one comment inside a token is on a block scalar's header line (`key: | # …`).
/// The node tree would not do: it has no ranges for documents the parser gave up on, and
/// rebuilding the scanner's rules (indentation of block scalars, escapes in quotes, flow
/// context) from it would be a second, subtly different YAML scanner.
///
/// As in libyaml, a `#` right after a closing quote or bracket starts a comment (`"a"#b`); the
/// YAML specification wants whitespace before it, libyaml does not, and the nodes were read by
/// libyaml.
///
/// When libyaml cannot scan the whole file (a syntax error), comments are found up to where
/// scanning stopped; after that point every line that is not blank counts as content.
public struct YAMLCommentScanner: Sendable {
    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// The comments of `text`, in source order.
    public func comments(in text: String) -> [YAMLComment] {
        comments(in: Array(text.utf8))
    }

    /// The comments of a file's raw bytes, in source order; positions count as in
    /// ``SourcePosition``. Bytes that ``YAMLLoader`` refuses to read (empty, larger than
    /// ``YAMLLimits/maxBytes``, not UTF-8, holding a NUL) have none.
    public func comments(in bytes: [UInt8]) -> [YAMLComment] {
        bytes.withUnsafeBufferPointer { buffer in
            guard !buffer.isEmpty, buffer.count <= limits.maxBytes, !buffer.contains(0),
                SourceText.firstInvalidUTF8(in: buffer) == nil
            else { return [] }
            let (spans, knownUpTo) = Self.tokenSpans(in: buffer)
            var walk = CommentWalk(spans: spans, knownUpTo: knownUpTo)
            for scalar in SourceText.decode(buffer).unicodeScalars {
                walk.step(scalar)
            }
            return walk.finish()
        }
    }

    /// The non-empty token spans in order, and the offset up to which the gaps between them
    /// are known to hold only whitespace and comments.
    private static func tokenSpans(in bytes: UnsafeBufferPointer<UInt8>) -> ([LibYAMLTokenSpan], Int) {
        let reader = LibYAMLTokenReader(bytes: bytes)
        var spans: [LibYAMLTokenSpan] = []
        do {
            while let span = try reader.next() {
                if span.end > span.start { spans.append(span) }
            }
            return (spans, .max)
        } catch {
            return (spans, error.knownUpTo ?? spans.last?.end ?? 0)
        }
    }
}

/// One pass over the scalars of a text: tracks the position as libyaml counts it, whether the
/// scalar is inside a token, and the comments and content lines met.
private struct CommentWalk {
    private struct OpenComment {
        var start: SourcePosition
        var isOwnLine: Bool
        var text = String.UnicodeScalarView()
    }

    let spans: [LibYAMLTokenSpan]
    let knownUpTo: Int
    private var spanIndex = 0
    private var position = SourcePosition.start
    private var previous: Unicode.Scalar?
    private var lineHasContent = false
    /// The line of the block scalar whose header is being read: a `#` on it starts a comment.
    private var blockHeaderLine: Int?
    private var open: OpenComment?
    private var comments: [YAMLComment] = []
    /// Comments still waiting for the next line with content.
    private var waiting: [Int] = []

    init(spans: [LibYAMLTokenSpan], knownUpTo: Int) {
        self.spans = spans
        self.knownUpTo = knownUpTo
    }

    mutating func step(_ scalar: Unicode.Scalar) {
        let inToken = enterToken()
        if Self.isLineBreak(scalar) {
            close()
            lineHasContent = false
            blockHeaderLine = nil
        } else if open != nil {
            open?.text.append(scalar)
        } else if scalar == "#" && position.offset < knownUpTo && (!inToken || blockHeaderLine == position.line) {
            open = OpenComment(start: position, isOwnLine: !lineHasContent)
        } else if scalar != " " && scalar != "\t" && scalar != "\u{FEFF}" {
            markContent()
        }
        advance(over: scalar)
    }

    /// The comments, once every scalar has been stepped over.
    mutating func finish() -> [YAMLComment] {
        close()
        return comments
    }

    /// Whether the current position is inside a token; notes where a block scalar starts, since
    /// a `#` on its header line starts a comment.
    private mutating func enterToken() -> Bool {
        let offset = position.offset
        while spanIndex < spans.count && spans[spanIndex].end <= offset { spanIndex += 1 }
        guard spanIndex < spans.count, spans[spanIndex].start <= offset else { return false }
        if spans[spanIndex].start == offset && spans[spanIndex].isBlockScalar { blockHeaderLine = position.line }
        return true
    }

    private mutating func markContent() {
        guard !lineHasContent else { return }
        lineHasContent = true
        for index in waiting { comments[index].nextContentLine = position.line }
        waiting.removeAll()
    }

    private mutating func close() {
        guard let comment = open else { return }
        open = nil
        var end = comment.start
        end.column += comment.text.count + 1
        end.offset += comment.text.count + 1
        waiting.append(comments.count)
        comments.append(
            YAMLComment(
                text: String(comment.text), range: SourceRange(start: comment.start, end: end),
                isOwnLine: comment.isOwnLine,
                nextContentLine: nil))
    }

    /// Moves past `scalar` as ``SourceText/position(ofByte:in:)`` counts: lines end at `\n`,
    /// `\r\n`, a lone `\r`, U+0085, U+2028 and U+2029.
    private mutating func advance(over scalar: Unicode.Scalar) {
        position.offset += 1
        switch scalar {
        case "\n" where previous == "\r":
            break
        case _ where Self.isLineBreak(scalar):
            position.line += 1
            position.column = 1
        default:
            position.column += 1
        }
        previous = scalar
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
    }
}
