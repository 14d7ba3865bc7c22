/// A JSON value, compared the way the YAML test suite means it: numbers by value, objects
/// without regard to key order.
enum JSONValue: Hashable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return "\(value)"
        case .number(let value): return "\(value)"
        case .string(let value): return value.debugDescription
        case .array(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .object(let members):
            let body = members.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }
            return "{" + body.joined(separator: ", ") + "}"
        }
    }
}
