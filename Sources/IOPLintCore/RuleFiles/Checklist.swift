import IOPYAML

/// The points of a pack's source framework mapped to the rules that decide them, for scorecards.
/// A point is met when none of its rules has a finding on the agreement.
public struct Checklist: Sendable {
    public struct Point: Sendable {
        public var point: String
        public var title: LocalizedText
        public var rules: [RuleID]
        /// Where the point is written in its rule file.
        var position: SourcePosition
    }

    public var title: LocalizedText
    public var points: [Point]

    /// Which points are met, given the rules that found something.
    public func score(failing: Set<RuleID>) -> (met: Int, total: Int) {
        (points.count { $0.rules.allSatisfy { !failing.contains($0) } }, points.count)
    }
}
