/// An `Encoder` that builds a ``JSONNode``: strings, integers and booleans become leaves,
/// keyed and unkeyed containers objects and arrays. Floating-point numbers are refused (no
/// report has one, and `JSONEncoder`'s way of writing them is not copied here).
///
/// Coding paths are not kept (every `codingPath` is empty): the only error is a fraction, which
/// no report holds, and building a path for every member would cost an array per value.
struct JSONNodeEncoder: Encoder {
    let node: JSONNode
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The JSON of `value`.
    static func encode(_ value: some Encodable) throws -> JSONNode {
        let node = JSONNode()
        try JSONNodeEncoder(node: node).encodeValue(value)
        return node
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.content {} else { node.content = .object([]) }
        return KeyedEncodingContainer(Keyed(node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array([]) }
        return Unkeyed(node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        Single(node: node)
    }

    /// Encodes `value` into ``node``: a leaf directly, anything else through its `encode(to:)`.
    func encodeValue(_ value: some Encodable) throws {
        switch value {
        case let text as String: node.content = .string(text)
        case let flag as Bool: node.content = .literal(flag ? "true" : "false")
        case let number as Int: node.content = .literal(String(number))
        default: try value.encode(to: self)
        }
    }

    static func refuse(_ value: Any) -> EncodingError {
        EncodingError.invalidValue(
            value, EncodingError.Context(codingPath: [], debugDescription: "reports hold no fractions"))
    }

    private struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: JSONNode
        var codingPath: [any CodingKey] { [] }

        private func child(_ key: Key) -> JSONNodeEncoder {
            let child = JSONNode()
            node.set(key.stringValue, child)
            return JSONNodeEncoder(node: child)
        }

        mutating func encodeNil(forKey key: Key) throws { child(key).node.content = .literal("null") }
        mutating func encode(_ value: Bool, forKey key: Key) throws { try child(key).encodeValue(value) }
        mutating func encode(_ value: String, forKey key: Key) throws { try child(key).encodeValue(value) }
        mutating func encode(_ value: Double, forKey key: Key) throws {
            throw JSONNodeEncoder.refuse(value)
        }
        mutating func encode(_ value: Float, forKey key: Key) throws {
            throw JSONNodeEncoder.refuse(value)
        }
        mutating func encode(_ value: Int, forKey key: Key) throws { try child(key).encodeValue(value) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { child(key).node.content = .literal("\(value)") }
        mutating func encode(_ value: Int16, forKey key: Key) throws { child(key).node.content = .literal("\(value)") }
        mutating func encode(_ value: Int32, forKey key: Key) throws { child(key).node.content = .literal("\(value)") }
        mutating func encode(_ value: Int64, forKey key: Key) throws { child(key).node.content = .literal("\(value)") }
        mutating func encode(_ value: UInt, forKey key: Key) throws { child(key).node.content = .literal("\(value)") }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { child(key).node.content = .literal("\(value)") }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { child(key).node.content = .literal("\(value)") }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { child(key).node.content = .literal("\(value)") }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { child(key).node.content = .literal("\(value)") }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try child(key).encodeValue(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            child(key).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            child(key).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { child(Key(stringValue: "super")!) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { child(key) }
    }

    private struct Unkeyed: UnkeyedEncodingContainer {
        let node: JSONNode
        var codingPath: [any CodingKey] { [] }
        var count: Int {
            if case .array(let elements) = node.content { return elements.count }
            return 0
        }

        private func next() -> JSONNodeEncoder {
            let child = JSONNode()
            node.append(child)
            return JSONNodeEncoder(node: child)
        }

        mutating func encodeNil() throws { next().node.content = .literal("null") }
        mutating func encode(_ value: Bool) throws { try next().encodeValue(value) }
        mutating func encode(_ value: String) throws { try next().encodeValue(value) }
        mutating func encode(_ value: Double) throws { throw JSONNodeEncoder.refuse(value) }
        mutating func encode(_ value: Float) throws { throw JSONNodeEncoder.refuse(value) }
        mutating func encode(_ value: Int) throws { try next().encodeValue(value) }
        mutating func encode(_ value: Int8) throws { next().node.content = .literal("\(value)") }
        mutating func encode(_ value: Int16) throws { next().node.content = .literal("\(value)") }
        mutating func encode(_ value: Int32) throws { next().node.content = .literal("\(value)") }
        mutating func encode(_ value: Int64) throws { next().node.content = .literal("\(value)") }
        mutating func encode(_ value: UInt) throws { next().node.content = .literal("\(value)") }
        mutating func encode(_ value: UInt8) throws { next().node.content = .literal("\(value)") }
        mutating func encode(_ value: UInt16) throws { next().node.content = .literal("\(value)") }
        mutating func encode(_ value: UInt32) throws { next().node.content = .literal("\(value)") }
        mutating func encode(_ value: UInt64) throws { next().node.content = .literal("\(value)") }
        mutating func encode<T: Encodable>(_ value: T) throws { try next().encodeValue(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type
        ) -> KeyedEncodingContainer<NestedKey> {
            next().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { next().unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { next() }
    }

    private struct Single: SingleValueEncodingContainer {
        let node: JSONNode
        var codingPath: [any CodingKey] { [] }
        private var encoder: JSONNodeEncoder { JSONNodeEncoder(node: node) }

        mutating func encodeNil() throws { node.content = .literal("null") }
        mutating func encode(_ value: Bool) throws { try encoder.encodeValue(value) }
        mutating func encode(_ value: String) throws { try encoder.encodeValue(value) }
        mutating func encode(_ value: Double) throws { throw JSONNodeEncoder.refuse(value) }
        mutating func encode(_ value: Float) throws { throw JSONNodeEncoder.refuse(value) }
        mutating func encode(_ value: Int) throws { try encoder.encodeValue(value) }
        mutating func encode(_ value: Int8) throws { node.content = .literal("\(value)") }
        mutating func encode(_ value: Int16) throws { node.content = .literal("\(value)") }
        mutating func encode(_ value: Int32) throws { node.content = .literal("\(value)") }
        mutating func encode(_ value: Int64) throws { node.content = .literal("\(value)") }
        mutating func encode(_ value: UInt) throws { node.content = .literal("\(value)") }
        mutating func encode(_ value: UInt8) throws { node.content = .literal("\(value)") }
        mutating func encode(_ value: UInt16) throws { node.content = .literal("\(value)") }
        mutating func encode(_ value: UInt32) throws { node.content = .literal("\(value)") }
        mutating func encode(_ value: UInt64) throws { node.content = .literal("\(value)") }
        mutating func encode<T: Encodable>(_ value: T) throws { try encoder.encodeValue(value) }
    }
}
