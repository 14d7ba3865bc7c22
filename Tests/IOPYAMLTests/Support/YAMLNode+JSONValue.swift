import IOPYAML

extension YAMLNode {
    /// Why a node has no JSON form.
    struct NotJSON: Error, CustomStringConvertible {
        var description: String
    }

    /// The node as JSON under the core schema: scalars resolved, mapping keys as their text.
    /// Keys that are not scalars, and infinite or NaN numbers, have no JSON form.
    func jsonValue() throws(NotJSON) -> JSONValue {
        switch content {
        case .scalar:
            return try Self.json(resolved ?? .null)
        case .sequence(let items):
            var values: [JSONValue] = []
            for item in items { values.append(try item.jsonValue()) }
            return .array(values)
        case .mapping(let pairs):
            var members: [String: JSONValue] = [:]
            for pair in pairs {
                guard let key = pair.key.scalar else {
                    throw NotJSON(description: "a key that is not a scalar at \(pair.key.range.start)")
                }
                members[key.value] = try pair.value.jsonValue()
            }
            return .object(members)
        }
    }

    private static func json(_ scalar: ResolvedScalar) throws(NotJSON) -> JSONValue {
        switch scalar {
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .int(let value): return .number(Double(value))
        case .float(let value) where value.isFinite: return .number(value)
        case .float(let value): throw NotJSON(description: "the number \(value)")
        case .string(let value): return .string(value)
        }
    }
}
