/// Something wrong with a YAML file, found while loading it.
public struct YAMLProblem: Sendable, Hashable {
    /// What went wrong. Messages are built from these by the caller, in its language.
    public enum Kind: Sendable, Hashable {
        /// libyaml rejected the text; `problem` and `context` are libyaml's own words.
        case syntax(problem: String, context: String?)
        /// An alias names an anchor that was not defined before it.
        case undefinedAlias(String)
        /// The bytes are not valid UTF-8.
        case invalidUTF8
        /// The file holds a NUL byte: it is binary, not text.
        case binary
        /// The file holds no YAML document (it is empty, or only comments and whitespace).
        case empty
        /// A key appears twice in one mapping; `firstLine` is the line of its first occurrence.
        case duplicateKey(key: String, firstLine: Int)
        /// Nesting deeper than `limit` levels.
        case nestingTooDeep(limit: Int)
        /// The document holds more than `limit` nodes as written.
        case tooManyNodes(limit: Int)
        /// The document's aliases would repeat more than `limit` nodes once expanded.
        case tooManyAliasedNodes(limit: Int)
        /// The file is larger than `limit` bytes.
        case fileTooLarge(limit: Int)
        /// A merge key (`<<: *defaults`), which the loader does not support: the key and its
        /// value are left out of the mapping.
        case mergeKey
    }

    public var kind: Kind
    public var range: SourceRange
    /// The index of the document the problem belongs to (0-based); for a problem that stops
    /// loading, the document being read when it happened.
    public var documentIndex: Int
    /// Where in that document the problem is, when known.
    public var path: DocumentPath

    public init(kind: Kind, range: SourceRange, documentIndex: Int = 0, path: DocumentPath = .root) {
        self.kind = kind
        self.range = range
        self.documentIndex = documentIndex
        self.path = path
    }

    /// Whether the problem ended loading: the document it is in, and any after it, are lost.
    public var isFatal: Bool {
        switch kind {
        case .duplicateKey, .mergeKey: return false
        default: return true
        }
    }
}
