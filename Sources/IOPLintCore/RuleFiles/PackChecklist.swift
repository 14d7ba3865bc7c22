/// A pack's checklist together with when the pack applies, so that a scorecard is made only for
/// agreements the pack is about.
public struct PackChecklist: Sendable {
    public var pack: String
    public var checklist: Checklist
    let condition: Condition?

    /// The scorecard of `document`, given the findings on it; `nil` when the pack does not apply.
    func scorecard(for document: LintDocument, findings: [Finding]) -> Scorecard? {
        guard condition?.holds(in: document) ?? true else { return nil }
        return Scorecard(
            documentIndex: document.index, pack: pack, title: checklist.title,
            points: checklist.points.map { point in
                Scorecard.Point(
                    point: point.point, title: point.title, rules: point.rules,
                    met: point.isMet(findings))
            })
    }
}

extension RulePack {
    /// The pack's checklist with its applicability, when it has one.
    public var packChecklist: PackChecklist? {
        checklist.map { PackChecklist(pack: name, checklist: $0, condition: condition) }
    }
}
