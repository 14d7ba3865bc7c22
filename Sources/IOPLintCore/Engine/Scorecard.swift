/// How one agreement meets the checklist of a pack's framework (e.g. Allmännyttan's seven
/// points): a point is met when none of its rules found anything.
public struct Scorecard: Sendable, Hashable, Codable {
    public struct Point: Sendable, Hashable, Codable {
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

    /// `Allmännyttans checklista: 5 av 7 punkter uppfyllda; ej uppfyllda: 3 Parter, 4 Mandat`: the
    /// unmet points by number and title, so that the line says what remains.
    public func summary(in language: Language) -> String {
        let unmet = points.filter { !$0.met }.map { "\($0.point) \($0.title[language])" }.joined(separator: ", ")
        let one = points.count == 1
        switch language {
        case .sv:
            let score = "\(title.sv): \(metCount) av \(points.count) \(one ? "punkt uppfylld" : "punkter uppfyllda")"
            return unmet.isEmpty ? score : "\(score); ej uppfyllda: \(unmet)"
        case .en:
            let score = "\(title.en): \(metCount) of \(points.count) \(one ? "point" : "points") met"
            return unmet.isEmpty ? score : "\(score); not met: \(unmet)"
        }
    }
}
