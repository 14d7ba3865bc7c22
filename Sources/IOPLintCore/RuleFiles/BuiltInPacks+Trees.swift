import IOPYAML

extension BuiltInPacks {
    /// The YAML tree of a built-in pack's text as linting reads it (``lintFiles``), read from
    /// the trees compiled into iop-lint (``trees``, ``YAMLTreeText``) rather than parsed; `nil`
    /// when none was compiled from this text, which is then parsed.
    ///
    /// The table is generated: `IOP_LINT_RECORD=1 swift test --filter BuiltInPackTreesTests`
    /// writes it after a change to `rules/`, and the same test fails while it is stale. A tree is
    /// found by the hash of the text it was read from, so a stale one is never used.
    static func tree(of text: String) -> YAMLNode? {
        let hash = FNV1a.hash(of: text)
        guard let entry = trees.first(where: { $0.textHash == hash }) else { return nil }
        return IntegerText.read(entry.nodes) { reader in
            let root = YAMLTreeText.read(from: &reader, strings: treeStrings)
            return reader.isAtEnd ? root : nil
        }
    }
}
