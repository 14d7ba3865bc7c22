internal import CLibYAML

/// The one owner of a libyaml `yaml_parser_t`: allocated and initialised in `init`, deleted and
/// freed in `deinit`. The event reader (or its read-ahead) and the token reader each hold one.
///
/// The bytes passed to `init` must stay valid for the parser's whole life.
final class LibYAMLParser {
    let pointer: UnsafeMutablePointer<yaml_parser_t>

    /// - Precondition: `bytes` is not empty.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        precondition(!bytes.isEmpty, "libyaml needs at least one byte of input")
        pointer = .allocate(capacity: 1)
        yaml_parser_initialize(pointer)
        yaml_parser_set_input_string(pointer, bytes.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(pointer)
        pointer.deallocate()
    }
}
