import IOPYAML

/// What a court or authority decided about the agreement, for one that was tried
/// (`legal-outcome[]`).
public struct Ruling: Sendable, MappingDecodable {
    public var court: Located<String>?
    public var caseNumber: Located<String>?
    public var date: Located<CalendarDate>?
    public var outcome: Located<String>?

    static let section = AgreementFormat.current.section(at: "legal-outcome[]")

    mutating func read(_ fields: Fields) {
        court = fields["court"]?.text()
        caseNumber = fields["case"]?.text()
        date = fields["date"]?.date()
        outcome = fields["outcome"]?.text()
    }
}
