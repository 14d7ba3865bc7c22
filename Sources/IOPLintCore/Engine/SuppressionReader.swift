import Foundation
import IOPYAML

/// Reads the suppressions of a file from its comments. A malformed one — an unknown directive,
/// no rule, a word that is not a rule id, no reason, nothing after a `disable-next-line` — is
/// an issue of `format/unused-suppression` in the document the comment sits in, and only a
/// well-formed one becomes a ``Suppression``. Whether a rule id names a rule of the run, and
/// whether a suppression is used, only the linter knows (``SuppressionSet``).
struct SuppressionReader: Sendable {
    var limits: YAMLLimits

    private static let marker = Array("iop-lint-disable".utf8)

    /// The suppressions of `bytes`, whose documents are `yamlDocuments` as loaded and
    /// `documents` as decoded; problems are added to the issues of `documents`.
    func read(_ bytes: [UInt8], yamlDocuments: [YAMLDocument], into documents: inout [LintDocument]) -> [Suppression] {
        // Most files have no suppression: they are not scanned a second time.
        guard !documents.isEmpty, Self.contains(Self.marker, in: bytes, anchor: Self.markerAnchor) else { return [] }
        let starts = Dictionary(
            yamlDocuments.map { ($0.index, $0.range.start) }, uniquingKeysWith: { first, _ in first })
        var suppressions: [Suppression] = []
        for comment in YAMLCommentScanner(limits: limits).comments(in: bytes) {
            guard let parts = SuppressionComment(comment) else { continue }
            let owner = Self.owner(of: comment.range.start, among: documents, starts: starts)
            let (suppression, problems) = Self.suppression(
                parts, comment: comment, documentIndex: documents[owner].index, documents: documents)
            documents[owner] = documents[owner].adding(issues: problems.map(\.issue))
            if let suppression { suppressions.append(suppression) }
        }
        return suppressions
    }

    /// The byte of ``marker`` that the scan for it looks for: the `b` of `disable`, a letter
    /// much rarer in Swedish and English text than the `i` it starts with.
    private static let markerAnchor = 13

    /// Whether `needle` (not empty) occurs in `bytes`: a scan for its byte at `anchor` (with
    /// `memchr`, which reads many bytes at a time), then a comparison where it is found. The
    /// rarer that byte is in the text, the fewer the comparisons.
    static func contains(_ needle: [UInt8], in bytes: [UInt8], anchor: Int) -> Bool {
        guard needle.indices.contains(anchor), bytes.count >= needle.count else { return false }
        let key = Int32(needle[anchor])
        return bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                guard let base = haystack.baseAddress, let needleBase = needle.baseAddress else { return false }
                // The anchor byte of a match is at least `anchor` bytes from the start and
                // `needle.count - anchor - 1` from the end.
                var index = anchor
                let last = haystack.count - needle.count + anchor
                while index <= last, let found = memchr(base + index, key, last - index + 1) {
                    let at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    if memcmp(base + at - anchor, needleBase, needle.count) == 0 { return true }
                    index = at + 1
                }
                return false
            }
        }
    }

    /// The suppression `parts` make, when well formed, and what is wrong with them.
    static func suppression(
        _ parts: SuppressionComment, comment: YAMLComment, documentIndex: Int, documents: [LintDocument]
    ) -> (Suppression?, [SuppressionProblem]) {
        guard let directive = SuppressionComment.Directive(rawValue: parts.directive.text) else {
            let suggestion = NameSuggestion.nearest(
                to: parts.directive.text, among: SuppressionComment.Directive.allCases.map(\.rawValue))
            let kind = SuppressionProblem.Kind.unknownDirective(parts.directive.text, suggestion: suggestion)
            return (nil, [SuppressionProblem(kind: kind, range: parts.directive.range)])
        }
        var (names, problems) = Self.ruleNames(in: parts, comment: comment, directive: directive)
        if parts.reason == nil {
            problems.append(SuppressionProblem(kind: .noReason, range: comment.range))
        }
        let scope: Suppression.Scope
        switch directive {
        case .file:
            scope = .file
        case .nextLine:
            guard let target = comment.nextContentLine else {
                return (nil, problems + [SuppressionProblem(kind: .nothingFollows, range: comment.range)])
            }
            let (document, nodes) = Self.nodes(startingOn: target, in: documents)
            scope = .nextLine(lines: (comment.line + 1)...target, document: document, nodes: nodes)
        }
        guard let reason = parts.reason, !names.isEmpty else { return (nil, problems) }
        let suppression = Suppression(
            scope: scope, rules: names, reason: reason, range: comment.range, documentIndex: documentIndex)
        return (suppression, problems)
    }

    /// The rule ids of `parts`, and a problem for each word that is none, or for naming none.
    private static func ruleNames(
        in parts: SuppressionComment, comment: YAMLComment, directive: SuppressionComment.Directive
    ) -> ([Suppression.RuleName], [SuppressionProblem]) {
        guard !parts.rules.isEmpty else {
            return ([], [SuppressionProblem(kind: .noRule(directive: directive.rawValue), range: comment.range)])
        }
        var names: [Suppression.RuleName] = []
        var problems: [SuppressionProblem] = []
        for word in parts.rules {
            if let id = RuleID(word.text) {
                names.append(Suppression.RuleName(id: id, range: word.range))
            } else {
                problems.append(SuppressionProblem(kind: .notARuleID(word.text), range: word.range))
            }
        }
        return (names, problems)
    }

    /// The index in `documents` of the document a comment at `position` belongs to: the last
    /// that starts before it (a comment above the first document belongs to the first).
    private static func owner(
        of position: SourcePosition, among documents: [LintDocument], starts: [Int: SourcePosition]
    ) -> Int {
        // Documents come in file order: the owner is found by halving, not by a walk over all
        // of them for every comment.
        var (low, high) = (0, documents.count)
        while low < high {
            let middle = (low + high) / 2
            let document = documents[middle]
            if (starts[document.index] ?? document.agreement.range.start) <= position {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return max(0, low - 1)
    }

    /// The nodes that start on `line` — mapping entries by their key, sequence items — and the
    /// index of their document: the shallowest such nodes below the root of the document that
    /// holds the line, so that a comment above `parties:` names `parties` and one above
    /// `- id: x` names the item. None when the line starts no node (it continues a scalar,
    /// closes a flow collection, holds `---`).
    static func nodes(startingOn line: Int, in documents: [LintDocument]) -> (document: Int?, nodes: [DocumentPath]) {
        // Documents come in file order: the one that may hold the line is found by halving.
        var (low, high) = (0, documents.count)
        while low < high {
            let middle = (low + high) / 2
            if (documents[middle].root?.range.start ?? documents[middle].agreement.range.start).line <= line {
                low = middle + 1
            } else {
                high = middle
            }
        }
        guard low > 0, let root = documents[low - 1].root, Self.holds(root, line: line) else { return (nil, []) }
        let document = documents[low - 1]
        var level = [(node: root, path: DocumentPath.root)]
        while !level.isEmpty {
            var found: [DocumentPath] = []
            var next: [(node: YAMLNode, path: DocumentPath)] = []
            for (node, path) in level {
                for child in Self.children(of: node, at: path) {
                    if child.start.line == line {
                        found.append(child.path)
                    } else if Self.holds(child.node, line: line) {
                        next.append((child.node, child.path))
                    }
                }
            }
            if !found.isEmpty { return (document.index, found) }
            level = next
        }
        return (document.index, [])
    }

    /// The children of `node`: mapping values start at their key (non-scalar keys have no
    /// path and are skipped), sequence items at themselves.
    private static func children(of node: YAMLNode, at path: DocumentPath) -> [Child] {
        switch node.content {
        case .scalar:
            return []
        case .sequence(let items):
            return items.enumerated().map { ($1, path.appending(index: $0), $1.range.start) }
        case .mapping(let pairs):
            return pairs.compactMap { pair in
                pair.key.scalar.map { (pair.value, path.appending(key: $0.value), pair.key.range.start) }
            }
        }
    }

    private typealias Child = (node: YAMLNode, path: DocumentPath, start: SourcePosition)

    /// Whether some of `node`'s text is on `line` (a range that ends at column 1 ends before it).
    private static func holds(_ node: YAMLNode, line: Int) -> Bool {
        let range = node.range
        return range.start.line <= line && (line < range.end.line || (line == range.end.line && range.end.column > 1))
    }
}
