import IOPYAML

/// A change made to the agreement after it was signed (`amendments[]`).
public struct Amendment: Sendable, MappingDecodable {
    public var date: Located<CalendarDate>?
    public var decision: Located<String>?
    public var what: Located<String>?

    static let section = AgreementFormat.current.section(at: "amendments[]")

    mutating func read(_ fields: Fields) {
        date = fields["date"]?.date()
        decision = fields["decision"]?.text()
        what = fields["what"]?.text()
    }
}
