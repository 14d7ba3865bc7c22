internal import CLibYAML

/// The stretch of text one libyaml token was read from, in scalar offsets `[start, end)`.
struct LibYAMLTokenSpan {
    var start: Int
    var end: Int
    /// A `|` or `>` scalar: its span starts at the indicator, so it holds the header line and
    /// any comment on it.
    var isBlockScalar: Bool
}

/// Why libyaml's scanner stopped before the end of the text.
struct LibYAMLScanStop: Error {
    /// The offset before which every character outside the spans already read is whitespace,
    /// a line break or a comment; `nil` when only the text up to the last span read is known
    /// (a reader error, which may strike in the middle of a token).
    var knownUpTo: Int?
}

/// A pull scanner over libyaml's token API, which sees exactly what libyaml's parser sees and
/// keeps every token's marks. Its `yaml_parser_t` is owned by a ``LibYAMLParser``;
/// every token is freed right after it is copied.
///
/// The bytes passed to `init` must stay valid for the reader's whole life.
final class LibYAMLTokenReader {
    private let owner: LibYAMLParser
    private var parser: UnsafeMutablePointer<yaml_parser_t> { owner.pointer }

    /// - Precondition: `bytes` is not empty.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        owner = LibYAMLParser(bytes: bytes)
    }

    /// The next token's span; `nil` after the last token.
    func next() throws(LibYAMLScanStop) -> LibYAMLTokenSpan? {
        var token = yaml_token_t()
        guard yaml_parser_scan(parser, &token) == 1 else { throw stop() }
        defer { yaml_token_delete(&token) }
        if token.type == YAML_STREAM_END_TOKEN { return nil }
        let style = token.data.scalar.style
        return LibYAMLTokenSpan(
            start: Int(token.start_mark.index), end: Int(token.end_mark.index),
            isBlockScalar: token.type == YAML_SCALAR_TOKEN
                && (style == YAML_LITERAL_SCALAR_STYLE || style == YAML_FOLDED_SCALAR_STYLE))
    }

    /// How far the text is known after a scanner error: before the construct being scanned
    /// (its context mark), the point of the problem, and any token scanned but still held back
    /// in libyaml's queue (a possible simple key).
    private func stop() -> LibYAMLScanStop {
        let state = parser.pointee
        guard state.error == YAML_SCANNER_ERROR else { return LibYAMLScanStop(knownUpTo: nil) }
        var known = min(Int(state.problem_mark.index), Int(state.context_mark.index))
        var queued = state.tokens.head
        while let token = queued, token != state.tokens.tail {
            known = min(known, Int(token.pointee.start_mark.index))
            queued = token + 1
        }
        return LibYAMLScanStop(knownUpTo: known)
    }
}
