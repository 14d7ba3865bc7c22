import IOPLintCore

/// One of N shares of a run (`--shard K/N`), for a CI matrix: a file belongs to shard
/// `1 + FNV-1a(path) mod N`, so that the split is the same on every machine and run, whatever
/// the other files, and every file is in exactly one shard.
public struct Shard: Sendable, Hashable {
    /// 1-based, at most ``count``.
    public let index: Int
    public let count: Int

    /// `K/N` with 1 ≤ K ≤ N; `nil` for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1,
            (1...count).contains(index)
        else { return nil }
        (self.index, self.count) = (index, count)
    }

    /// Whether the file shown as `path` belongs to this shard.
    public func contains(_ path: String) -> Bool {
        Int(FNV1a.hash(of: path) % UInt64(count)) + 1 == index
    }
}
