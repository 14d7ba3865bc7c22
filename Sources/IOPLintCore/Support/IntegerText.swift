/// Non-negative integers written as printable ASCII, for tables compiled into the source (the
/// built-in term forms, ``BuiltInTermForms``, and the built-in packs' YAML trees,
/// ``YAMLTreeText``): read straight from a string literal's bytes, without a parse and without
/// a copy.
///
/// Each character carries six bits, as its distance from `0` (so the characters run from `0` to
/// `o`). A single integer (``Writer/write(_:)``) takes five bits of the number per character,
/// lowest first, with the sixth saying more characters follow. A column of integers
/// (``Writer/write(column:)``) is one line: its width, then every integer in that many
/// characters of six bits, so that a column is read by a loop without branches. Line breaks
/// between integers are skipped.
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

        /// Appends `values`, none negative, as a column on a line of its own.
        mutating func write(column values: [Int]) {
            precondition(values.allSatisfy { $0 >= 0 && $0 < 1 << 30 }, "IntegerText columns hold 30 bits")
            let largest = values.max() ?? 0
            var width = 1
            while largest >> (6 * width) > 0 { width += 1 }
            newLine()
            write(width)
            for value in values {
                for digit in 0..<width { bytes.append(zero + UInt8((value >> (6 * digit)) & 63)) }
            }
            newLine()
        }

        /// Appends, as a column, how many items each run of `starts` holds (run `i` is
        /// `starts[i]..<starts[i + 1]`): what ``Reader/readStarts(count:)`` reads back.
        mutating func write(countsBetween starts: [Int32]) {
            write(column: zip(starts, starts.dropFirst()).map { Int($1 - $0) })
        }

        private mutating func newLine() {
            if let last = bytes.last, last != lineBreak { bytes.append(lineBreak) }
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

        /// The next column, of `count` integers; `nil` when the text does not hold one.
        mutating func readColumn(count: Int) -> [UInt32]? {
            guard let width = read(), (1...5).contains(width), count >= 0 else { return nil }
            skipLineBreaks()
            guard count <= (bytes.count - index) / width else { return nil }
            let digits = UnsafeBufferPointer(rebasing: bytes[index..<(index + count * width)])
            index += count * width
            // Every character from `0` to `o` leaves six bits; any other sets a higher one.
            var outOfRange: UInt8 = 0
            for digit in digits { outOfRange |= digit &- IntegerText.zero }
            guard outOfRange < 64 else { return nil }
            return [UInt32](unsafeUninitializedCapacity: count) { column, initialized in
                switch width {
                case 1: Self.decode(digits, into: column, width: 1)
                case 2: Self.decode(digits, into: column, width: 2)
                case 3: Self.decode(digits, into: column, width: 3)
                case 4: Self.decode(digits, into: column, width: 4)
                default: Self.decode(digits, into: column, width: 5)
                }
                initialized = count
            }
        }

        /// The next column read as `count` counts, given as where each counted run starts
        /// when they follow one another, and where the last ends (`count + 1` integers); `nil`
        /// when the text does not hold the column or the sum passes an `Int32`.
        mutating func readStarts(count: Int) -> [Int32]? {
            guard let counts = readColumn(count: count) else { return nil }
            var sum = 0
            let starts = [Int32](unsafeUninitializedCapacity: count + 1) { starts, initialized in
                for (index, counted) in counts.enumerated() {
                    starts[index] = Int32(truncatingIfNeeded: sum)
                    sum += Int(counted)
                }
                starts[count] = Int32(truncatingIfNeeded: sum)
                initialized = count + 1
            }
            return sum <= Int(Int32.max) ? starts : nil
        }

        /// Each integer of `column` from its `width` characters in `digits`; inlined for each
        /// width, so that the loop over the digits unrolls.
        @inline(__always)
        private static func decode(
            _ digits: UnsafeBufferPointer<UInt8>, into column: UnsafeMutableBufferPointer<UInt32>, width: Int
        ) {
            for item in 0..<column.count {
                var value: UInt32 = 0
                for digit in 0..<width {
                    value |= UInt32(digits[item &* width &+ digit] &- IntegerText.zero) << (6 &* digit)
                }
                column[item] = value
            }
        }
    }
}
