/// Checks on raw bytes before they reach libyaml, and positions inside them.
enum SourceText {
    /// Where the first byte that is not part of valid UTF-8 is, or `nil` when all are valid.
    static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// The position of byte `byteOffset`: lines split at `\n`, columns and offset in scalars.
    /// The bytes before `byteOffset` must be valid UTF-8.
    static func position(ofByte byteOffset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        var line = 1
        var column = 1
        var offset = 0
        for byte in bytes.prefix(byteOffset) where byte & 0xC0 != 0x80 {
            offset += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column, offset: offset)
    }
}
