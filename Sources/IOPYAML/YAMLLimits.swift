/// Bounds that keep loading fast and small whatever the input.
public struct YAMLLimits: Sendable, Hashable {
    /// The deepest nesting of sequences and mappings accepted.
    public var maxDepth: Int
    /// The most nodes one document may hold once its aliases are expanded. Aliases share
    /// storage, so this bounds the work of everything that walks the tree, not memory alone.
    public var maxNodes: Int
    /// The largest file accepted, in bytes.
    public var maxBytes: Int

    public init(maxDepth: Int = 256, maxNodes: Int = 1_000_000, maxBytes: Int = 16 << 20) {
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxBytes = maxBytes
    }

    public static let `default` = YAMLLimits()
}
