internal import CLibYAML

/// The kind of one libyaml parsing event; its data is read from the reader while it is current.
enum LibYAMLEventKind {
    case streamStart, streamEnd
    case documentStart, documentEnd
    case alias, scalar
    case sequenceStart, sequenceEnd
    case mappingStart, mappingEnd
}

/// libyaml's description of why it stopped.
struct LibYAMLError: Error {
    var problem: String
    var context: String?
    /// Where libyaml saw the problem; `nil` for reader errors, which give `byteOffset` instead.
    var position: SourcePosition?
    var byteOffset: Int?
}

/// A pull parser over libyaml's event API. The current event is read in place (its range,
/// scalar, tag, anchor) and freed after the reader moves on (when the next one is parsed, or
/// by the read-ahead's thread), so that only what the tree keeps is ever copied.
///
/// Events come from a ``LibYAMLParser`` the reader owns, parsed one at a time as they are asked
/// for, or from a ``LibYAMLReadAhead`` parsing them on another thread.
///
/// The bytes passed to `init` must stay valid for the reader's whole life.
final class LibYAMLEventReader {
    /// The parser the reader owns, when it parses each event itself.
    private let owner: LibYAMLParser?
    /// `owner`'s parser, read without retaining `owner` for every event.
    private let parser: UnsafeMutablePointer<yaml_parser_t>?
    /// The read-ahead that parses the events, when the reader does not.
    private let readAhead: LibYAMLReadAhead?
    /// The current event: owned by the reader when it parses (deleted before the next is parsed
    /// and in `deinit`), else by the read-ahead.
    private var event: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false

    /// A reader that parses each event when it is asked for.
    ///
    /// - Precondition: `bytes` is not empty.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        let owner = LibYAMLParser(bytes: bytes)
        self.owner = owner
        parser = owner.pointer
        readAhead = nil
        event = .allocate(capacity: 1)
        event.initialize(to: yaml_event_t())
    }

    /// A reader whose events libyaml parses ahead on a thread of its own; `nil` when no thread
    /// can be started. While the reader waits for events, it does `meanwhile`'s work.
    ///
    /// - Precondition: `bytes` is not empty.
    init?(readingAhead bytes: UnsafeBufferPointer<UInt8>, meanwhile: (any WhileParsing)? = nil) {
        guard let readAhead = LibYAMLReadAhead(bytes: bytes, meanwhile: meanwhile) else { return nil }
        owner = nil
        parser = nil
        self.readAhead = readAhead
        event = readAhead.emptyEvent
    }

    deinit {
        if let readAhead {
            readAhead.finish()
        } else {
            deleteEvent()
            event.deallocate()
        }
    }

    /// Moves to the next event and tells its kind, or throws libyaml's error.
    func next() throws(LibYAMLError) -> LibYAMLEventKind {
        if let parser {
            deleteEvent()
            guard yaml_parser_parse(parser, event) == 1 else { throw LibYAMLError(parser) }
            holdsEvent = true
        } else if let readAhead {
            event = try readAhead.next()
        }
        switch event.pointee.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_DOCUMENT_START_EVENT: return .documentStart
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_ALIAS_EVENT: return .alias
        case YAML_SCALAR_EVENT: return .scalar
        case YAML_SEQUENCE_START_EVENT: return .sequenceStart
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT: return .mappingStart
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        default: return .streamEnd
        }
    }

    /// Where the current event was read.
    var range: SourceRange {
        SourceRange(start: SourcePosition(event.pointee.start_mark), end: SourcePosition(event.pointee.end_mark))
    }

    /// The text and style of the current event, a scalar.
    var scalar: YAMLScalar {
        let data = event.pointee.data.scalar
        let value = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
        return YAMLScalar(value, style: Self.style(data.style))
    }

    /// The tag of the current event, a scalar or the start of a collection.
    var tag: String? {
        switch event.pointee.type {
        case YAML_SCALAR_EVENT: Self.string(event.pointee.data.scalar.tag)
        case YAML_SEQUENCE_START_EVENT: Self.string(event.pointee.data.sequence_start.tag)
        case YAML_MAPPING_START_EVENT: Self.string(event.pointee.data.mapping_start.tag)
        default: nil
        }
    }

    /// The anchor the current event defines (a scalar or the start of a collection), or the
    /// one it names (an alias).
    var anchor: String? {
        switch event.pointee.type {
        case YAML_ALIAS_EVENT: Self.string(event.pointee.data.alias.anchor)
        case YAML_SCALAR_EVENT: Self.string(event.pointee.data.scalar.anchor)
        case YAML_SEQUENCE_START_EVENT: Self.string(event.pointee.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT: Self.string(event.pointee.data.mapping_start.anchor)
        default: nil
        }
    }

    private func deleteEvent() {
        guard holdsEvent else { return }
        yaml_event_delete(event)
        holdsEvent = false
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}

extension LibYAMLError {
    /// The error that stopped `parser`.
    init(_ parser: UnsafeMutablePointer<yaml_parser_t>) {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown error"
        let context = state.context.map { String(cString: $0) }
        if state.error == YAML_READER_ERROR {
            self.init(problem: problem, context: context, position: nil, byteOffset: state.problem_offset)
        } else {
            self.init(problem: problem, context: context, position: SourcePosition(state.problem_mark))
        }
    }
}

extension SourcePosition {
    /// The one place where libyaml's 0-based marks become 1-based positions.
    fileprivate init(_ mark: yaml_mark_t) {
        self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1, offset: Int(mark.index))
    }
}
