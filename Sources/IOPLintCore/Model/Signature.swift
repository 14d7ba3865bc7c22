import IOPYAML

/// A signature (`signatures[]`).
public struct Signature: Sendable, MappingDecodable {
    public var party: Located<String>?
    public var name: Located<String>?
    public var title: Located<String>?
    public var date: Located<CalendarDate>?

    static let section = AgreementFormat.current.section(at: "signatures[]")

    mutating func read(_ fields: Fields) {
        party = fields["party"]?.partyReference()
        name = fields["name"]?.text()
        title = fields["title"]?.text()
        date = fields["date"]?.date()
    }
}
