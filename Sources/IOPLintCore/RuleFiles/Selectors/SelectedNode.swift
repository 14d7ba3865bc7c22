import IOPYAML

/// A node a selector reached, with its path in the document. Equal when their nodes and paths are.
public struct SelectedNode: Sendable, Hashable {
    /// Where a node is: its path, or its place on a ``PathTrail`` (which makes the path when
    /// asked for).
    enum Location: Sendable {
        case path(DocumentPath)
        case trail(PathTrail.Place)
    }

    public var node: YAMLNode
    var location: Location

    public init(node: YAMLNode, path: DocumentPath) {
        self.init(node: node, location: .path(path))
    }

    init(node: YAMLNode, location: Location) {
        self.node = node
        self.location = location
    }

    public var path: DocumentPath {
        switch location {
        case .path(let path): path
        case .trail(let place): place.path
        }
    }

    public static func == (lhs: SelectedNode, rhs: SelectedNode) -> Bool {
        lhs.node == rhs.node && lhs.path == rhs.path
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(node)
        hasher.combine(path)
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
