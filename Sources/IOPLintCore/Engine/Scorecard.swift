/// How one agreement meets the checklist of a pack's framework (e.g. Allmännyttan's seven
/// points): a point is met when none of its rules found anything.
public struct Scorecard: Sendable, Hashable {
    public struct Point: Sendable, Hashable {
        public var point: String
        public var title: LocalizedText
        public var rules: [RuleID]
        public var met: Bool
    }

    public var documentIndex: Int
    public var pack: String
    public var title: LocalizedText
    public var points: [Point]

    public var metCount: Int { points.count { $0.met } }

    /// `Allmännyttans checklista: 5 av 7 punkter uppfyllda`.
    public func summary(in language: Language) -> String {
        switch language {
        case .sv: "\(title.sv): \(metCount) av \(points.count) punkter uppfyllda"
        case .en: "\(title.en): \(metCount) of \(points.count) points met"
        }
    }
}
