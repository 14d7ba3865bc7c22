/// A node of a loaded YAML document, with aliases already resolved.
///
/// Every node keeps the source range it was read from. A node reached through an alias keeps
/// the ranges of the anchored node inside it, and takes the alias's range at its top.
public struct YAMLNode: Sendable, Hashable {
    /// What the node holds.
    public enum Content: Sendable, Hashable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        /// Key–value pairs in source order. A repeated key is reported and left out.
        case mapping([YAMLPair])
    }

    /// What the node holds.
    public var content: Content {
        @inlinable get { storage.content }
        set { storage = Storage(content: newValue, tag: storage.tag, range: storage.range) }
    }

    /// The node's explicit tag, resolved to its full form (`tag:yaml.org,2002:str`);
    /// `nil` when the node has none.
    public var tag: String? {
        @inlinable get { storage.tag }
        set { storage = Storage(content: storage.content, tag: newValue, range: storage.range) }
    }

    public var range: SourceRange {
        @inlinable get { storage.range }
        set { storage = Storage(content: storage.content, tag: storage.tag, range: newValue) }
    }

    /// The node's parts, in one allocation that its copies share: a node is copied wherever a
    /// tree is walked, and a copy is then one reference count, not a copy of the text, the
    /// tag and the range each. Never changed in place: a setter gives the node new storage.
    @usableFromInline var storage: Storage

    public init(content: Content, tag: String? = nil, range: SourceRange) {
        storage = Storage(content: content, tag: tag, range: range)
    }

    @usableFromInline final class Storage: Sendable {
        @usableFromInline let content: Content
        @usableFromInline let tag: String?
        @usableFromInline let range: SourceRange

        init(content: Content, tag: String?, range: SourceRange) {
            self.content = content
            self.tag = tag
            self.range = range
        }
    }

    public static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        lhs.storage === rhs.storage
            || (lhs.range == rhs.range && lhs.tag == rhs.tag && lhs.content == rhs.content)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(content)
        hasher.combine(tag)
        hasher.combine(range)
    }
}

/// The text of a scalar node and how it was written.
public struct YAMLScalar: Sendable, Hashable {
    public enum Style: String, Sendable, Hashable, CaseIterable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var value: String
    public var style: Style

    public init(_ value: String, style: Style = .plain) {
        self.value = value
        self.style = style
    }
}

/// One entry of a mapping.
public struct YAMLPair: Sendable, Hashable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

extension YAMLNode {
    /// The scalar, when this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items, when this node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs, when this node is a mapping.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The pair whose key is the scalar `key`, when this node is a mapping that has one.
    public func pair(forKey key: String) -> YAMLPair? {
        guard case .mapping(let pairs) = content else { return nil }
        for index in pairs.indices where pairs[index].key.isScalar(key) { return pairs[index] }
        return nil
    }

    /// The value under the scalar `key`, when this node is a mapping that has one.
    public subscript(key: String) -> YAMLNode? {
        // Not through `pair(forKey:)`: only the value is copied out, not the key too.
        guard case .mapping(let pairs) = content else { return nil }
        for index in pairs.indices where pairs[index].key.isScalar(key) { return pairs[index].value }
        return nil
    }
}

extension YAMLNode {
    /// Whether the node is the scalar `text`, however it was written.
    func isScalar(_ text: String) -> Bool {
        if case .scalar(let scalar) = content { return scalar.value.isSameText(as: text) }
        return false
    }
}

extension String {
    /// Whether the two texts are equal, their lengths in UTF-8 compared first: most keys looked
    /// up differ from the key they are compared with, and mostly in length, which a native
    /// string knows without reading its text (`==` on two different short strings does more).
    @inlinable public func isSameText(as other: String) -> Bool {
        utf8.count == other.utf8.count && self == other
    }
}
