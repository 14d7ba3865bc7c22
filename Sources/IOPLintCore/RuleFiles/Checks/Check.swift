import IOPYAML

/// One check of the rule-file language (`non-empty`, `terms-absent`, `count`, …).
///
/// A check looks at one target: a node a selector reached, or a place where the selector found
/// a key missing. It returns one failure per thing wrong; none when it holds.
protocol Check: Sendable {
    func evaluate(_ target: CheckTarget, in context: CheckContext) -> [CheckFailure]

    /// The same as `evaluate(.node(selected), in: context)`: what rules call for every node
    /// they check, so that checks that look only at nodes (``NodeCheck``) take the node as it
    /// is, without a ``CheckTarget`` made around it and taken apart again.
    func evaluate(node selected: SelectedNode, in context: CheckContext) -> [CheckFailure]

    /// What the check finds at each of `nodes`, the matches of a rule's `given`, handed to
    /// `body` in order; `context` is moved along them (``CheckContext/position``). The same as
    /// `evaluate(node:in:)` for each node, called once per selection rather than per node: the
    /// check is reached through `any Check` once, and the nodes are read where they are.
    func evaluate(
        each nodes: UnsafeBufferPointer<SelectedNode>, in context: inout CheckContext, _ body: (CheckFailure) -> Void)

    /// Calls `body` with the check that does the work: this one, or the one a ``DeferredCheck``
    /// parses to. A rule that runs its check on many nodes reaches it once this way, not
    /// through the deferred check at every node.
    func withWorkingCheck<Result>(_ body: (any Check) -> Result) -> Result

    /// Whether `selected` passes: `evaluate(node: selected, in: context).isEmpty`, for the
    /// conditions of rules and packs, which ask every document and need no failure made.
    func holds(for selected: SelectedNode, in context: CheckContext) -> Bool

    /// Whether the check reads the words or sentences of the texts it is given (terms,
    /// placeholders, sentence length, readability, patterns): the costly checks of a large
    /// document, started first when its rules are spread (``DocumentChecks``).
    var readsProse: Bool { get }
}

extension Check {
    var readsProse: Bool { false }

    func evaluate(node selected: SelectedNode, in context: CheckContext) -> [CheckFailure] {
        evaluate(.node(selected), in: context)
    }

    func holds(for selected: SelectedNode, in context: CheckContext) -> Bool {
        evaluate(node: selected, in: context).isEmpty
    }

    func evaluate(
        each nodes: UnsafeBufferPointer<SelectedNode>, in context: inout CheckContext, _ body: (CheckFailure) -> Void
    ) {
        for index in nodes.indices {
            context.position = index
            for failure in evaluate(node: nodes[index], in: context) { body(failure) }
        }
    }

    func withWorkingCheck<Result>(_ body: (any Check) -> Result) -> Result {
        body(self)
    }
}

/// What a check looks at.
enum CheckTarget {
    case node(SelectedNode)
    /// A key the selector found missing, at this concrete path.
    case missing(DocumentPath)

    var path: DocumentPath {
        switch self {
        case .node(let selected): selected.path
        case .missing(let path): path
        }
    }
}

/// Everything a check may need besides its target.
struct CheckContext {
    let document: LintDocument
    /// The nodes the rule's `given` selected, and the position among them of the one the check
    /// runs on (`nil`: none). The context shares the selection's array rather than copying the
    /// node out of it: a rule makes one context for every node it checks.
    private let given: [SelectedNode]
    /// A rule that checks every node of a selection moves one context along it rather than
    /// making one per node: each context made would retain the document, which the rules
    /// running on other threads retain too.
    var position: Int?
    /// What selectors of checks picked in this document, shared by its rules.
    var memo: SelectionMemo { document.selectionMemo }

    /// The context of a check running on `current`.
    init(document: LintDocument, current: SelectedNode?) {
        self.init(document: document, given: current.map { [$0] } ?? [], at: current == nil ? nil : 0)
    }

    /// The context of a check running on `given[position]`.
    init(document: LintDocument, given: [SelectedNode], at position: Int?) {
        self.document = document
        self.given = given
        self.position = position
    }

    /// The node the rule's `given` selected, which `@` refers to in selectors.
    var current: SelectedNode? { position.map { given[$0] } }

    /// The language of the agreement's free text, when it says.
    var language: Language? { document.language }
}

/// One way a target fails a check: where, and the values for the message's placeholders.
struct CheckFailure: Sendable {
    var path: DocumentPath
    var range: SourceRange
    /// `{{term}}`, `{{count}}`, `{{min}}`, … (`{{path}}` and `{{value}}` are filled in by the rule).
    var values: [String: String]
    /// Whether the failure is about something that is not there, at the spot where it belongs.
    var isMissing = false

    init(path: DocumentPath, range: SourceRange, values: [String: String] = [:]) {
        self.path = path
        self.range = range
        self.values = values
    }

    /// A failure at the node itself; `{{value}}` is its text, unless the check says otherwise.
    init(_ selected: SelectedNode, values: [String: String] = [:]) {
        var values = values
        if values["value"] == nil, let text = selected.node.text { values["value"] = text }
        self.init(path: selected.path, range: selected.node.range, values: values)
    }

    /// A failure about a piece of the node's text (offsets in Unicode scalars of its value): at
    /// the piece itself where it can be placed in the source, else at the node.
    init(_ selected: SelectedNode, piece: Range<Int>, in context: CheckContext, values: [String: String]) {
        self.init(selected, values: values)
        if let range = WordRange.range(of: piece, in: selected.node, source: context.document.sourceScalars) {
            self.range = range
        }
    }

    /// A failure for something missing at `path`, pointing at the closest thing that is there.
    init(missing path: DocumentPath, in context: CheckContext, values: [String: String] = [:]) {
        let place = context.document.placeForMissing(path)
        self.init(path: path, range: place.range, values: values)
        isMissing = place.isInsertionPoint
    }
}

/// A check that only looks at nodes that are there; missing ones have nothing to check.
protocol NodeCheck: Check {
    func evaluate(_ selected: SelectedNode, in context: CheckContext) -> [CheckFailure]
}

extension NodeCheck {
    func evaluate(_ target: CheckTarget, in context: CheckContext) -> [CheckFailure] {
        guard case .node(let selected) = target else { return [] }
        return evaluate(selected, in: context)
    }

    func evaluate(node selected: SelectedNode, in context: CheckContext) -> [CheckFailure] {
        evaluate(selected, in: context)
    }
}

/// A check that finds nothing at a node that is not a string, nor at most strings: a quick
/// look at the text (``mayFail(_:)``) clears them. Rules run such checks on every node of a
/// document (`**`), so the nodes the look clears are passed where the selection holds them,
/// without a copy of each made for ``evaluate(_:in:)``.
protocol ScreenedCheck: NodeCheck {
    /// Whether the check may fail at a string node whose text is `string`: `false` only when
    /// it surely holds there.
    func mayFail(_ string: String) -> Bool
}

extension ScreenedCheck {
    func evaluate(
        each nodes: UnsafeBufferPointer<SelectedNode>, in context: inout CheckContext, _ body: (CheckFailure) -> Void
    ) {
        for index in nodes.indices {
            guard let string = nodes[index].node.stringValue, mayFail(string) else { continue }
            context.position = index
            for failure in evaluate(nodes[index], in: context) { body(failure) }
        }
    }
}

/// A check that holds or fails for a node as a whole: one failure at the node when it fails.
protocol PredicateCheck: NodeCheck {
    /// `nil` when the node passes; else the placeholder values of the failure.
    func failure(of node: YAMLNode, in context: CheckContext) -> [String: String]?

    /// Whether the node passes: `failure(of: node, in: context) == nil`, for a check whose
    /// failure costs more to make than the answer.
    func passes(_ node: YAMLNode, in context: CheckContext) -> Bool
}

extension PredicateCheck {
    func evaluate(_ selected: SelectedNode, in context: CheckContext) -> [CheckFailure] {
        failure(of: selected.node, in: context).map { [CheckFailure(selected, values: $0)] } ?? []
    }

    func passes(_ node: YAMLNode, in context: CheckContext) -> Bool {
        failure(of: node, in: context) == nil
    }

    func holds(for selected: SelectedNode, in context: CheckContext) -> Bool {
        passes(selected.node, in: context)
    }
}
