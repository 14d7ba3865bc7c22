/// The result of loading one YAML file: the documents read and the problems met.
public struct YAMLFile: Sendable {
    /// The source text, decoded, without a leading byte order mark: the text whose scalars
    /// ``SourcePosition/offset`` counts. Empty when the bytes were not UTF-8.
    public var text: String
    /// The documents read completely, in order. A fatal problem stops loading: documents before
    /// it are kept.
    public var documents: [YAMLDocument]
    /// Problems in source order; at most one of them is fatal, and it comes last.
    public var problems: [YAMLProblem]

    public init(text: String, documents: [YAMLDocument], problems: [YAMLProblem]) {
        self.text = text
        self.documents = documents
        self.problems = problems
    }
}

/// One document of a YAML stream.
public struct YAMLDocument: Sendable {
    /// The index of the document in its file (0-based).
    public var index: Int
    public var root: YAMLNode
    /// From the document's first token (or `---`) to its end.
    public var range: SourceRange
    /// How many nodes the document has, a node reached through an alias counted as the nodes it
    /// repeats: what a walk over every node meets. `0` when not known.
    public var nodeCount: Int

    public init(index: Int, root: YAMLNode, range: SourceRange, nodeCount: Int = 0) {
        self.index = index
        self.root = root
        self.range = range
        self.nodeCount = nodeCount
    }
}
