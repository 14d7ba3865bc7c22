internal import CLibYAML

/// Checks on raw bytes before they reach libyaml, and positions inside them.
enum SourceText {
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

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

    /// The text of `bytes` without a leading byte order mark, when they are all valid UTF-8;
    /// `nil` when some are not. One pass of the standard library's validation, which is much
    /// faster than ``firstInvalidUTF8(in:)``, left for finding where the fault is.
    static func validText(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        return String(validating: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
    }

    /// Where the first NUL byte is, or `nil` when there is none (with `memchr`, which reads
    /// many bytes at a time).
    static func firstNUL(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The text of valid UTF-8 bytes, without a leading byte order mark: the text that
    /// positions count in.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
    }

    /// The position of byte `byteOffset`, counted as libyaml counts its marks: a leading byte
    /// order mark is skipped; lines end at `\n`, `\r\n`, a lone `\r`, U+0085, U+2028 and
    /// U+2029; columns and offsets count scalars. The bytes before `byteOffset` must be valid
    /// UTF-8.
    static func position(ofByte byteOffset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        var position = SourcePosition.start
        var previous: Unicode.Scalar?
        let prefix = UnsafeBufferPointer(rebasing: bytes[..<min(byteOffset, bytes.count)])
        for scalar in decode(prefix).unicodeScalars {
            position.offset += 1
            position.advance(past: scalar, after: previous)
            previous = scalar
        }
        return position
    }
}
