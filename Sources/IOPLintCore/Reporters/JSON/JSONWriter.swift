/// Writes JSON text straight into bytes, laid out as Foundation's `JSONEncoder`
/// (swift-foundation) writes it with `withoutEscapingSlashes`, pretty-printed or not:
/// `"key" : value` and two spaces per level when pretty, an empty container as `[`, a blank line
/// and `]`; in strings `"`, `\`, backspace, form feed, line feed, carriage return and tab escaped
/// by letter, other controls as `\u00XX`, everything else as its UTF-8.
///
/// The writer does not sort: whoever writes an object writes its members in the order of their
/// keys' UTF-8 bytes (what `sortedKeys` gives). Each value is written through its own
/// `write(to:)` (``JSONWritable``), without `Encodable`'s boxes or a tree of values.
struct JSONWriter {
    /// The text written so far.
    private(set) var bytes: [UInt8] = []
    /// Whether containers are laid out over lines, indented.
    let pretty: Bool
    /// How many containers are open.
    private var depth = 0
    /// Whether nothing has been written yet in the innermost open container.
    private var atFirst = true
    /// Whether a key has just been written, so the next value is its value, not an element.
    private var afterKey = false

    init(pretty: Bool) {
        self.pretty = pretty
    }

    /// The text written.
    consuming func text() -> String {
        String(decoding: bytes, as: UTF8.self)
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

    /// The key of the next member of the open object; its value is written next.
    mutating func key(_ name: StaticString) {
        name.withUTF8Buffer { writeKey($0) }
    }

    /// A key that is not known in advance (a map's key).
    mutating func key(_ name: String) {
        var name = name
        name.withUTF8 { writeKey($0) }
    }

    mutating func string(_ text: String) {
        beginValue()
        var text = text
        text.withUTF8 { writeQuoted($0) }
    }

    mutating func int(_ number: Int) {
        beginValue()
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    mutating func bool(_ flag: Bool) {
        literal(flag ? "true" : "false")
    }

    mutating func null() {
        literal("null")
    }

    /// A number or another literal, written as it is.
    mutating func literal(_ text: String) {
        beginValue()
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func writeKey(_ name: UnsafeBufferPointer<UInt8>) {
        separate()
        writeQuoted(name)
        bytes.append(contentsOf: pretty ? Self.prettyColon : Self.colon)
        afterKey = true
    }

    private static let colon: [UInt8] = [UInt8(ascii: ":")]
    private static let prettyColon = Array(" : ".utf8)

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
            bytes.append(0x0A)
            writeIndent()
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
        if !atFirst { bytes.append(UInt8(ascii: ",")) }
        atFirst = false
        guard pretty else { return }
        bytes.append(0x0A)
        writeIndent()
    }

    private mutating func writeIndent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// `text` in quotes, copying the runs that need no escape whole.
    private mutating func writeQuoted(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        for index in 0..<text.count {
            let byte = text[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            writeEscape(byte)
            runStart = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

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
            bytes.append(contentsOf: "u00".utf8)
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        default: bytes.append(byte)
        }
    }
}
