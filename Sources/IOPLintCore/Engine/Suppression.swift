import IOPYAML

/// A comment that switches rules off, with the reason it gives:
///
/// ```yaml
/// # iop-lint-disable-next-line iop/purchase-language -- quoted from the council decision
/// # iop-lint-disable-file allmannyttan/residents-involved -- no residents in this partnership
/// ```
///
/// Only well-formed comments become suppressions: they name at least one rule and give a reason
/// after ` -- `. A malformed one switches nothing off and is reported by
/// `format/unused-suppression`.
public struct Suppression: Sendable, Hashable, Codable {
    /// What a suppression covers.
    public enum Scope: Sendable, Hashable, Codable {
        /// `iop-lint-disable-file`: the whole file, every document of it.
        case file
        /// `iop-lint-disable-next-line`: findings that start on one of `lines` — from the line
        /// after the comment through the next line with YAML content, so that suppressions can
        /// stand on top of each other — and findings of document `document` whose path is one
        /// of `nodes` or inside one: the nodes that start on that line (a key with its value,
        /// a sequence item), so that a suppression above `parties:` covers the whole list.
        case nextLine(lines: ClosedRange<Int>, document: Int?, nodes: [DocumentPath])
    }

    /// A rule the comment names, and where.
    public struct RuleName: Sendable, Hashable, Codable {
        public var id: RuleID
        /// The id's text in the comment.
        public var range: SourceRange

        public init(id: RuleID, range: SourceRange) {
            self.id = id
            self.range = range
        }
    }

    public var scope: Scope
    /// The rules switched off, in the order written; at least one. An id may name no rule
    /// of the run: that is reported, and the others still work.
    public var rules: [RuleName]
    /// Why the rules do not apply: the text after ` -- `, trimmed, never empty.
    public var reason: String
    /// The comment, from its `#` to the end of its line.
    public var range: SourceRange
    /// The document of the file (0-based) the comment sits in; findings about the comment
    /// belong to it.
    public var documentIndex: Int

    public init(scope: Scope, rules: [RuleName], reason: String, range: SourceRange, documentIndex: Int) {
        self.scope = scope
        self.rules = rules
        self.reason = reason
        self.range = range
        self.documentIndex = documentIndex
    }

    /// Whether `finding` is in the scope of the suppression, whatever its rule.
    public func covers(_ finding: Finding) -> Bool {
        switch scope {
        case .file:
            return true
        case .nextLine(let lines, let document, let nodes):
            if lines.contains(finding.range.start.line) { return true }
            return finding.documentIndex == document
                && nodes.contains { finding.path.components.starts(with: $0.components) }
        }
    }

    /// Whether the suppression switches `finding` off: it names its rule and covers it.
    public func suppresses(_ finding: Finding) -> Bool {
        rules.contains { $0.id == finding.ruleID } && covers(finding)
    }
}
