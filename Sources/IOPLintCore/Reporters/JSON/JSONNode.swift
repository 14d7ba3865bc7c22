/// A JSON value that ``JSONNodeEncoder`` builds from an `Encodable` value and writes through
/// ``JSONWriter`` as Foundation's `JSONEncoder` (swift-foundation) writes it with `sortedKeys`
/// and `withoutEscapingSlashes`: keys in the order of their UTF-8 bytes. The SARIF log and the
/// baseline are structs of strings, integers, booleans, optionals, arrays and string-keyed
/// maps, so this is all they need, without the generic containers `JSONEncoder` boxes every
/// value in.
final class JSONNode: JSONWritable {
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

    /// Writes the value, an object's members sorted by the UTF-8 bytes of their keys.
    func write(to json: inout JSONWriter) {
        switch content {
        case .empty: json.null()
        case .literal(let text): json.literal(text)
        case .string(let text): json.string(text)
        case .array(let elements):
            json.beginArray()
            for element in elements { element.write(to: &json) }
            json.endArray()
        case .object(let members):
            json.beginObject()
            for member in members.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                json.key(member.key)
                member.value.write(to: &json)
            }
            json.endObject()
        }
    }
}
