import IOPYAML

/// The overall goal and measurable objectives (`goals`).
public struct Goals: Sendable, MappingDecodable {
    public var overall: Located<String>?
    public var objectives: [Objective]?

    static let section = AgreementFormat.current.section(at: "goals")

    mutating func read(_ fields: Fields) {
        overall = fields["overall"]?.text()
        objectives = fields["objectives"]?.list { $0.section(Objective.self) }
    }
}

/// A measurable goal (`goals.objectives[]`).
public struct Objective: Sendable, MappingDecodable {
    public var description: Located<String>?
    public var indicator: Located<String>?
    public var baseline: Located<String>?
    public var target: Located<String>?
    public var by: Located<CalendarDate>?

    static let section = AgreementFormat.current.section(at: "goals.objectives[]")

    mutating func read(_ fields: Fields) {
        description = fields["description"]?.text()
        indicator = fields["indicator"]?.text()
        baseline = fields["baseline"]?.text()
        target = fields["target"]?.text()
        by = fields["by"]?.date()
    }
}
