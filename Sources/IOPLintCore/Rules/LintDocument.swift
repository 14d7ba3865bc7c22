import IOPYAML

/// One agreement as rules see it: its nodes, its typed model and the problems found reading it.
///
/// A class, and immutable: every rule and every check of a document shares the one instance
/// instead of copying the typed model around.
public final class LintDocument: Sendable {
    /// The index of the document in its file (0-based).
    public let index: Int
    /// The document's nodes; `nil` when the document could not be read.
    public let root: YAMLNode?
    /// Paths of values left out of the model for having the wrong type: rules skip them.
    public var rejected: Set<DocumentPath> { rejectedPaths.paths }
    /// The same paths, as selectors look them up.
    let rejectedPaths: RejectedPaths
    public let agreement: Agreement
    /// Problems found loading and decoding the document, each for a `format` rule to report.
    public let issues: [ModelIssue]
    /// The analyses of the document's texts, made as rules ask for them (or ahead of them,
    /// ``AnalysesAhead``).
    private let analyses: TextAnalyses
    /// What selectors that do not read `@` picked, made as rules ask for them.
    let selections = DocumentSelections()
    /// Whether the conditions of rule files hold, worked out as rules ask.
    let conditions = ConditionResults()
    /// Indexes of what the selectors of checks picked, shared by the rules.
    let selectionMemo = SelectionMemo()
    /// The text of the whole file, in Unicode scalars (what ``SourcePosition/offset`` counts);
    /// empty when not known. Decoded anew each time: rules read the stretches they need from
    /// ``sourceScalars``.
    public var source: [Unicode.Scalar] { sourceScalars.all }
    /// The file's text, read a stretch at a time, so that a word inside a scalar can be given its
    /// own position.
    let sourceScalars: SourceScalars
    /// How many nodes a walk over every node meets (``YAMLDocument/nodeCount``); `0` when not
    /// known. Room for a `**` selection is made from it.
    let nodeCount: Int

    public convenience init(
        index: Int, root: YAMLNode?, rejected: Set<DocumentPath>, agreement: Agreement, issues: [ModelIssue],
        source: [Unicode.Scalar] = []
    ) {
        self.init(
            index: index, root: root, rejected: rejected, agreement: agreement, issues: issues,
            sourceScalars: SourceScalars(scalars: source))
    }

    /// A document of a file whose text is `sourceScalars`, taken apart only if a rule asks, and
    /// whose texts analysed so far are `analyses`.
    init(
        index: Int, root: YAMLNode?, rejected: Set<DocumentPath>, agreement: Agreement, issues: [ModelIssue],
        sourceScalars: SourceScalars, analyses: TextAnalyses = TextAnalyses(), nodeCount: Int = 0
    ) {
        self.analyses = analyses
        self.nodeCount = nodeCount
        self.index = index
        self.root = root
        isReadable = root != nil
        rejectedPaths = RejectedPaths(rejected)
        self.agreement = agreement
        self.issues = issues
        self.sourceScalars = sourceScalars
    }

    /// The same document with `more` issues.
    public func adding(issues more: [ModelIssue]) -> LintDocument {
        more.isEmpty
            ? self
            : LintDocument(
                index: index, root: root, rejected: rejected, agreement: agreement, issues: issues + more,
                sourceScalars: sourceScalars, analyses: analyses, nodeCount: nodeCount)
    }

    /// Whether the document was read completely (asked for every rule: kept, not worked out).
    public let isReadable: Bool

    /// The language of the agreement's free text, when it says.
    public var language: Language? { agreement.language?.value }

    /// The analysis of `node`'s text (words, folded words, sentences) when it is a string,
    /// shared by every check that reads it.
    func analysis(of node: YAMLNode) -> TextAnalysis? {
        guard let text = node.stringValue else { return nil }
        return analyses.analysis(of: text, at: node.range.start.offset)
    }

    /// The node at `path`, unless it, or a node above it, was rejected.
    public func node(at path: DocumentPath) -> YAMLNode? {
        node(at: path, skippingRejected: true)
    }

    func node(at path: DocumentPath, skippingRejected: Bool) -> YAMLNode? {
        guard var node = root, !(skippingRejected && rejectedPaths.contains(.root)) else { return nil }
        var walked = DocumentPath.root
        for component in path.components {
            switch component {
            case .key(let key):
                walked = walked.appending(key: key)
                guard let child = node[key] else { return nil }
                node = child
            case .index(let index):
                walked = walked.appending(index: index)
                guard let items = node.sequence, items.indices.contains(index) else { return nil }
                node = items[index]
            }
            if skippingRejected && rejectedPaths.contains(walked) { return nil }
        }
        return node
    }
}
