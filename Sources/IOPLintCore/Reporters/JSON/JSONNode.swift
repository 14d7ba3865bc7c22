/// A JSON value that ``JSONNodeEncoder`` builds from an `Encodable` report and writes as
/// Foundation's `JSONEncoder` (swift-foundation) writes it with `sortedKeys` and
/// `withoutEscapingSlashes`, pretty-printed or not: keys in the order of their UTF-8 bytes,
/// `"key" : value` and two spaces per level when pretty, an empty container as `[`, a blank
/// line and `]`; in strings `"`, `\`, backspace, form feed, line feed, carriage return and tab
/// escaped by letter, other controls as `\u00XX`, everything else as its UTF-8. The report
/// types are structs of strings, integers, booleans, optionals and arrays, so this is all a
/// report needs, without the generic containers `JSONEncoder` boxes every value in.
final class JSONNode {
    enum Content {
        /// Nothing encoded yet; written as `null`.
        case empty
        case string(String)
        /// A number, `true`, `false` or `null`, written as it is.
        case literal(String)
        case array([JSONNode])
        /// Members in the order encoded; a key encoded twice keeps its last value.
        case object([(key: String, value: JSONNode)])
    }

    var content: Content

    init(_ content: Content = .empty) {
        self.content = content
    }

    /// Appends `node` to this array (making this node an array if it is not one yet).
    func append(_ node: JSONNode) {
        var elements: [JSONNode] = []
        if case .array(let existing) = content { elements = existing }
        content = .empty
        elements.append(node)
        content = .array(elements)
    }

    /// Sets member `key` of this object (making this node an object if it is not one yet).
    func set(_ key: String, _ node: JSONNode) {
        var members: [(key: String, value: JSONNode)] = []
        if case .object(let existing) = content { members = existing }
        content = .empty
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = node
        } else {
            members.append((key, node))
        }
        content = .object(members)
    }

    /// The value as JSON text, without a final newline.
    func written(pretty: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        write(into: &bytes, pretty: pretty, indent: 0)
        return bytes
    }

    private func write(into bytes: inout [UInt8], pretty: Bool, indent: Int) {
        switch content {
        case .empty: bytes.append(contentsOf: "null".utf8)
        case .literal(let text): bytes.append(contentsOf: text.utf8)
        case .string(let text): Self.writeString(text, into: &bytes)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                Self.writeSeparator(first: index == 0, pretty: pretty, indent: indent + 1, into: &bytes)
                element.write(into: &bytes, pretty: pretty, indent: indent + 1)
            }
            Self.writeEnd(UInt8(ascii: "]"), empty: elements.isEmpty, pretty: pretty, indent: indent, into: &bytes)
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, member) in sorted.enumerated() {
                Self.writeSeparator(first: index == 0, pretty: pretty, indent: indent + 1, into: &bytes)
                Self.writeString(member.key, into: &bytes)
                if pretty { bytes.append(UInt8(ascii: " ")) }
                bytes.append(UInt8(ascii: ":"))
                if pretty { bytes.append(UInt8(ascii: " ")) }
                member.value.write(into: &bytes, pretty: pretty, indent: indent + 1)
            }
            Self.writeEnd(UInt8(ascii: "}"), empty: members.isEmpty, pretty: pretty, indent: indent, into: &bytes)
        }
    }

    /// What comes before an element: a line break after the opening bracket, else a comma (and
    /// a line break); then the element's indentation.
    private static func writeSeparator(first: Bool, pretty: Bool, indent: Int, into bytes: inout [UInt8]) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        guard pretty else { return }
        bytes.append(0x0A)
        writeIndent(indent, into: &bytes)
    }

    /// The closing bracket, on a line of its own when pretty (after a blank line when the
    /// container is empty, as `JSONEncoder` writes it).
    private static func writeEnd(
        _ bracket: UInt8, empty: Bool, pretty: Bool, indent: Int, into bytes: inout [UInt8]
    ) {
        if pretty {
            if empty { bytes.append(0x0A) }
            bytes.append(0x0A)
            writeIndent(indent, into: &bytes)
        }
        bytes.append(bracket)
    }

    private static func writeIndent(_ level: Int, into bytes: inout [UInt8]) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func writeString(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        let utf8 = text.utf8
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: utf8)
        } else {
            for byte in utf8 { writeEscaped(byte, into: &bytes) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func writeEscaped(_ byte: UInt8, into bytes: inout [UInt8]) {
        let letter: UInt8
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): letter = byte
        case 0x08: letter = UInt8(ascii: "b")
        case 0x0C: letter = UInt8(ascii: "f")
        case 0x0A: letter = UInt8(ascii: "n")
        case 0x0D: letter = UInt8(ascii: "r")
        case 0x09: letter = UInt8(ascii: "t")
        case 0x00..<0x20:
            bytes.append(contentsOf: "\\u00".utf8)
            bytes.append(hexDigits[Int(byte >> 4)])
            bytes.append(hexDigits[Int(byte & 0x0F)])
            return
        default:
            bytes.append(byte)
            return
        }
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(letter)
    }
}
