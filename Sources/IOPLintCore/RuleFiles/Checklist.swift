import IOPYAML

/// The points of a pack's source framework mapped to the rules that decide them, for scorecards.
/// A point is met when none of its rules has a finding on the agreement — or, for a rule given
/// with a `path`, no finding at or under that path (so that one rule reporting each missing
/// principle can decide six points).
public struct Checklist: Sendable {
    /// A rule a point depends on, optionally only for findings at or under `path`.
    public struct RuleReference: Sendable, Hashable {
        public var id: RuleID
        /// A document path, as findings print it (`principles.openness`); `nil` for any finding.
        public var path: String?

        /// Whether `finding` counts against the point.
        func counts(_ finding: Finding) -> Bool {
            guard finding.ruleID == id else { return false }
            guard let path else { return true }
            let found = finding.path.description
            return found == path || found.hasPrefix(path + ".") || found.hasPrefix(path + "[")
        }
    }

    public struct Point: Sendable {
        public var point: String
        public var title: LocalizedText
        public var references: [RuleReference]
        /// Where the point is written in its rule file.
        var position: SourcePosition

        /// The rules the point depends on.
        public var rules: [RuleID] { references.map(\.id) }

        /// Whether the point is met, given the findings on the agreement.
        func isMet(_ findings: [Finding]) -> Bool {
            // By index: `contains(where:)` over the findings copied each one it looked at, for
            // every point of every checklist of every file.
            for index in findings.indices where references.contains(where: { $0.counts(findings[index]) }) {
                return false
            }
            return true
        }
    }

    public var title: LocalizedText
    public var points: [Point]
}
