import IOPYAML

/// What is followed up, how often and by whom (`follow-up`).
public struct FollowUp: Sendable, MappingDecodable {
    public var what: Located<String>?
    /// `monthly`, `quarterly`, `yearly` or free text.
    public var frequency: Located<String>?
    public var responsible: [Located<String>]?
    public var evaluation: Evaluation?

    static let section = AgreementFormat.current.section(at: "follow-up")

    mutating func read(_ fields: Fields) {
        what = fields["what"]?.text()
        frequency = fields["frequency"]?.text()
        responsible = fields["responsible"]?.list { $0.partyReference() }
        evaluation = fields["evaluation"]?.section()
    }
}

/// A planned evaluation (`follow-up.evaluation`).
public struct Evaluation: Sendable, MappingDecodable {
    public var type: Located<EvaluationType>?
    public var everyYears: Located<Double>?
    public var by: Located<String>?

    static let section = AgreementFormat.current.section(at: "follow-up.evaluation")

    mutating func read(_ fields: Fields) {
        type = fields["type"]?.enumeration()
        everyYears = fields["every-years"]?.number(minimum: 0)
        by = fields["by"]?.text()
    }
}
