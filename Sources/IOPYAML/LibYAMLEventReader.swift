internal import CLibYAML

/// One libyaml parsing event, copied out of libyaml's structs.
enum LibYAMLEvent {
    case streamStart
    case streamEnd
    case documentStart(SourceRange)
    case documentEnd(SourceRange)
    case alias(anchor: String, range: SourceRange)
    case scalar(YAMLScalar, tag: String?, anchor: String?, range: SourceRange)
    case sequenceStart(tag: String?, anchor: String?, range: SourceRange)
    case sequenceEnd(SourceRange)
    case mappingStart(tag: String?, anchor: String?, range: SourceRange)
    case mappingEnd(SourceRange)
}

/// libyaml's description of why it stopped.
struct LibYAMLError: Error {
    var problem: String
    var context: String?
    /// Where libyaml saw the problem; `nil` for reader errors, which give `byteOffset` instead.
    var position: SourcePosition?
    var byteOffset: Int?
}

/// A pull parser over libyaml's event API. Its `yaml_parser_t` is owned by a
/// ``LibYAMLParser``; every event is freed right after it is copied.
///
/// The bytes passed to `init` must stay valid for the reader's whole life.
final class LibYAMLEventReader {
    private let owner: LibYAMLParser
    private var parser: UnsafeMutablePointer<yaml_parser_t> { owner.pointer }

    /// - Precondition: `bytes` is not empty.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        owner = LibYAMLParser(bytes: bytes)
    }

    /// The next event, or libyaml's error.
    func next() throws(LibYAMLError) -> LibYAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw currentError() }
        defer { yaml_event_delete(&event) }
        return Self.copy(event)
    }

    private func currentError() -> LibYAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown error"
        let context = state.context.map { String(cString: $0) }
        if state.error == YAML_READER_ERROR {
            return LibYAMLError(problem: problem, context: context, position: nil, byteOffset: state.problem_offset)
        }
        return LibYAMLError(problem: problem, context: context, position: SourcePosition(state.problem_mark))
    }

    private static func copy(_ event: yaml_event_t) -> LibYAMLEvent {
        let range = SourceRange(start: SourcePosition(event.start_mark), end: SourcePosition(event.end_mark))
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(range)
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd(range)
        case YAML_ALIAS_EVENT:
            return .alias(anchor: string(event.data.alias.anchor) ?? "", range: range)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            return .scalar(
                YAMLScalar(value, style: style(data.style)), tag: string(data.tag), anchor: string(data.anchor),
                range: range)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            return .sequenceStart(tag: string(data.tag), anchor: string(data.anchor), range: range)
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd(range)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            return .mappingStart(tag: string(data.tag), anchor: string(data.anchor), range: range)
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd(range)
        default:
            return .streamEnd
        }
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

extension SourcePosition {
    /// The one place where libyaml's 0-based marks become 1-based positions.
    fileprivate init(_ mark: yaml_mark_t) {
        self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1, offset: Int(mark.index))
    }
}
