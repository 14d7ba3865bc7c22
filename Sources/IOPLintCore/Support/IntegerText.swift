/// Non-negative integers written as printable ASCII, for a table compiled into the source (the
/// built-in packs' YAML trees, ``YAMLTreeText``): read straight from a string literal's bytes,
/// without a parse and without a copy.
///
/// Each character carries six bits, as its distance from `0` (so the characters run from `0` to
/// `o`): five bits of the number, lowest first, with the sixth saying more characters follow.
/// Line breaks between integers are skipped.
enum IntegerText {
    fileprivate static let zero = UInt8(ascii: "0")
    fileprivate static let lineBreak = UInt8(ascii: "\n")

    /// Calls `body` with a reader of `text`'s integers: in place when the text is stored as
    /// UTF-8 (a string literal is), else from a copy.
    static func read<Result>(_ text: String, _ body: (inout Reader) -> Result) -> Result {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes)
            return body(&reader)
        }
    }

    /// Writes integers one after another.
    struct Writer {
        private(set) var bytes: [UInt8] = []

        init() {}

        /// Appends `value`, which must not be negative.
        mutating func write(_ value: Int) {
            precondition(value >= 0, "IntegerText writes non-negative integers")
            var rest = value
            repeat {
                let low = UInt8(rest & 31)
                rest >>= 5
                bytes.append(zero + (rest > 0 ? low | 32 : low))
            } while rest > 0
        }

        /// Ends the line when it holds `width` characters or more, so that a long run of
        /// integers is written in lines.
        mutating func wrap(at width: Int) {
            let lineStart = (bytes.lastIndex(of: lineBreak) ?? -1) + 1
            if bytes.count - lineStart >= width { bytes.append(lineBreak) }
        }

        /// The text written.
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// Reads integers from text written by a ``Writer``; valid while its bytes are (see
    /// ``read(_:_:)``).
    struct Reader {
        private let bytes: UnsafeBufferPointer<UInt8>
        private var index = 0

        fileprivate init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// Whether every integer has been read.
        var isAtEnd: Bool {
            mutating get {
                skipLineBreaks()
                return index == bytes.count
            }
        }

        private mutating func skipLineBreaks() {
            while index < bytes.count, bytes[index] == IntegerText.lineBreak { index += 1 }
        }

        /// The next integer, or `nil` when the text ends, has a character out of range or
        /// holds a number too large for an `Int32`.
        mutating func read() -> Int? {
            var value = 0
            var shift = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == IntegerText.lineBreak { continue }
                let digit = Int(byte &- IntegerText.zero)
                guard digit < 64, shift < 32 else { return nil }
                value |= (digit & 31) << shift
                if digit & 32 == 0 { return value <= Int(Int32.max) ? value : nil }
                shift += 5
            }
            return nil
        }
    }
}
