import IOPYAML

/// A node a selector reached, with its path in the document.
public struct SelectedNode: Sendable, Hashable {
    public var node: YAMLNode
    public var path: DocumentPath

    public init(node: YAMLNode, path: DocumentPath) {
        self.node = node
        self.path = path
    }
}

/// What a selector found in a document: the nodes it reached, and the places where it stopped
/// because a key was not there (so that `present` and `non-empty` can report them at the
/// closest thing that is there).
public struct Selection: Sendable, Hashable {
    /// In document order.
    public var matches: [SelectedNode]
    /// Concrete paths (no wildcards) of missing keys: `parties[1].mandate` when party 1 has no
    /// `mandate`. A filter that matches no item, or an empty list under `[*]`, is not missing.
    public var missing: [DocumentPath]

    public init(matches: [SelectedNode] = [], missing: [DocumentPath] = []) {
        self.matches = matches
        self.missing = missing
    }
}
