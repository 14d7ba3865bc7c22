/// Bounds that keep loading fast and small whatever the input.
public struct YAMLLimits: Sendable, Hashable {
    /// The deepest nesting of sequences and mappings accepted.
    public var maxDepth: Int
    /// The most nodes one document may hold as written (aliases count as one node each).
    /// This bounds the memory of the tree.
    public var maxNodes: Int
    /// The most nodes the aliases of one document may repeat once expanded (an alias to a
    /// list of three counts four). Aliases share storage, so this bounds the work of everything
    /// that walks the tree: an alias bomb stops here.
    public var maxAliasedNodes: Int
    /// The largest file accepted, in bytes.
    public var maxBytes: Int

    public init(
        maxDepth: Int = 256, maxNodes: Int = 2_000_000, maxAliasedNodes: Int = 1_000_000, maxBytes: Int = 16 << 20
    ) {
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxAliasedNodes = maxAliasedNodes
        self.maxBytes = maxBytes
    }

    public static let `default` = YAMLLimits()
}
