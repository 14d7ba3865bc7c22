import Foundation

/// Writes JSON text straight into bytes, laid out as Foundation's `JSONEncoder`
/// (swift-foundation) writes it with `withoutEscapingSlashes`, pretty-printed or not:
/// `"key" : value` and two spaces per level when pretty, an empty container as `[`, a blank line
/// and `]`; in strings `"`, `\`, backspace, form feed, line feed, carriage return and tab escaped
/// by letter, other controls as `\u00XX`, everything else as its UTF-8.
///
/// The writer does not sort: whoever writes an object writes its members in the order of their
/// keys' UTF-8 bytes (what `sortedKeys` gives). Each value is written through its own
/// `write(to:)` (``JSONWritable``), without `Encodable`'s boxes or a tree of values. The bytes
/// go into storage of its own, which a report writes a few bytes at a time into many times
/// over: an array's append costs more than the bytes it appends.
struct JSONWriter: ~Copyable {
    /// Whether containers are laid out over lines, indented.
    let pretty: Bool
    private var bytes: ByteStore
    /// How many containers are open.
    private var depth = 0
    /// Whether nothing has been written yet in the innermost open container.
    private var atFirst = true
    /// Whether a key has just been written, so the next value is its value, not an element.
    private var afterKey = false

    init(pretty: Bool) {
        self.pretty = pretty
        bytes = ByteStore(capacity: 4096)
    }

    /// A writer of the elements of an array opened by another writer, `depth` containers deep
    /// (the array included): its text, put after the other writer's opening bracket, is the
    /// array's elements.
    init(pretty: Bool, continuingArrayAt depth: Int) {
        self.init(pretty: pretty)
        self.depth = depth
    }

    /// How many bytes have been written (since the last ``takeText()`` or ``takeData()``).
    var byteCount: Int { bytes.byteCount }

    /// The text written so far; the writer then goes on from where it was, with nothing written.
    mutating func takeText() -> String {
        bytes.takeText()
    }

    /// ``takeText()`` as UTF-8, handed over without a copy.
    mutating func takeData() -> Data {
        bytes.takeData()
    }

    /// Closes an array whose elements, if any, another writer wrote
    /// (``init(pretty:continuingArrayAt:)``), after its opening bracket was taken (``takeText()``)
    /// and their text was put after it.
    mutating func endArray(afterElementsWrittenElsewhere wroteElements: Bool) {
        atFirst = !wroteElements
        endArray()
    }

    /// The text written.
    consuming func text() -> String {
        bytes.text()
    }

    /// Ends a top-level value with a newline.
    mutating func endLine() {
        bytes.append(0x0A)
    }

    mutating func beginObject() {
        begin(UInt8(ascii: "{"))
    }

    mutating func endObject() {
        end(UInt8(ascii: "}"))
    }

    mutating func beginArray() {
        begin(UInt8(ascii: "["))
    }

    mutating func endArray() {
        end(UInt8(ascii: "]"))
    }

    /// The key of the next member of the open object; its value is written next. A key written
    /// in the source holds nothing to escape (debug builds check), so it is copied as it is.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { text in
            assert(!text.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
            bytes.append(text)
        }
        bytes.append(UInt8(ascii: "\""))
        endKey()
    }

    /// A key that is not known in advance (a map's key).
    mutating func key(_ name: String) {
        separate()
        var name = name
        name.withUTF8 { writeQuoted($0) }
        endKey()
    }

    mutating func string(_ text: String) {
        beginValue()
        var text = text
        text.withUTF8 { writeQuoted($0) }
    }

    mutating func int(_ number: Int) {
        beginValue()
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDecimal(number.magnitude)
    }

    mutating func bool(_ flag: Bool) {
        beginValue()
        let word: StaticString = flag ? "true" : "false"
        word.withUTF8Buffer { bytes.append($0) }
    }

    mutating func null() {
        beginValue()
        let word: StaticString = "null"
        word.withUTF8Buffer { bytes.append($0) }
    }

    /// A number or another literal, written as it is.
    mutating func literal(_ text: String) {
        beginValue()
        var text = text
        text.withUTF8 { bytes.append($0) }
    }

    /// What stands between a key and its value.
    private mutating func endKey() {
        let separator: StaticString = pretty ? " : " : ":"
        separator.withUTF8Buffer { bytes.append($0) }
        afterKey = true
    }

    private mutating func begin(_ bracket: UInt8) {
        beginValue()
        bytes.append(bracket)
        depth += 1
        atFirst = true
    }

    /// The closing bracket, on a line of its own when pretty (after a blank line when the
    /// container is empty, as `JSONEncoder` writes it).
    private mutating func end(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            if atFirst { bytes.append(0x0A) }
            writeLineBreak(comma: false)
        }
        bytes.append(bracket)
        atFirst = false
    }

    /// What comes before a value: nothing after its key or at the top level, else the
    /// separator of an array element.
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if depth > 0 {
            separate()
        }
    }

    /// A comma unless first in the container, then (when pretty) a line break and the
    /// indentation of the current level.
    private mutating func separate() {
        let comma = !atFirst
        atFirst = false
        if pretty {
            writeLineBreak(comma: comma)
        } else if comma {
            bytes.append(UInt8(ascii: ","))
        }
    }

    /// A comma, a line break and the indentation of 32 levels, the deepest a report goes;
    /// deeper levels add spaces one at a time.
    private static let breakAndIndent: StaticString =
        ",\n                                                                "

    /// A comma if asked, a line break and the indentation of the current level.
    private mutating func writeLineBreak(comma: Bool) {
        let width = 2 * depth
        Self.breakAndIndent.withUTF8Buffer { text in
            let start = comma ? 0 : 1
            let end = 2 + width
            if end <= text.count {
                bytes.append(UnsafeBufferPointer(rebasing: text[start..<end]))
            } else {
                bytes.append(UnsafeBufferPointer(rebasing: text[start...]))
                for _ in text.count..<end { bytes.append(UInt8(ascii: " ")) }
            }
        }
    }

    /// `text` in quotes, copying the runs that need no escape whole. Eight bytes at a time are
    /// passed over while none of them needs an escape (``mayNeedEscape(_:)``): most text
    /// written has none.
    private mutating func writeQuoted(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        let count = text.count
        while index < count {
            if count - index >= 8,
                !Self.mayNeedEscape(UnsafeRawPointer(text.baseAddress! + index).loadUnaligned(as: UInt64.self))
            {
                index += 8
                continue
            }
            let end = min(index + 8, count)
            while index < end {
                let byte = text[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(UnsafeBufferPointer(rebasing: text[runStart..<(index - 1)]))
                writeEscape(byte)
                runStart = index
            }
        }
        bytes.append(UnsafeBufferPointer(rebasing: text[runStart...]))
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether one of the eight bytes of `word` may need an escape: a control character, `"` or
    /// `\`. Never `false` for a word that holds one (it may be `true` for one that does not: the
    /// bytes are then looked at one by one).
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // A byte below 0x20 borrows in `word - 0x20…` with its high bit clear in `word`.
        let control = (word &- 0x2020_2020_2020_2020) & ~word & highs
        // A byte equal to the one compared with is a zero byte after the exclusive or.
        let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let zeros = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash) & highs
        return control | zeros != 0
    }

    /// The escape of a quote, a backslash or a control character.
    private mutating func writeEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x00..<0x20:
            bytes.append(UInt8(ascii: "u"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(Self.hexDigit(byte >> 4))
            bytes.append(Self.hexDigit(byte & 0x0F))
        default: bytes.append(byte)
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
