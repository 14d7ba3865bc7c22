import IOPYAML

/// A party to the agreement (`parties[]`).
public struct Party: Sendable {
    public var id: Located<String>?
    public var name: Located<String>?
    public var type: Located<PartyType>?
    public var orgNumber: Located<String>?
    public var roles: [Located<PartyRole>]?
    public var representative: Representative?
    public var mandate: Mandate?
    public var range = SourceRange(at: .start)
    public var path = DocumentPath.root
}

extension Party: MappingDecodable {
    static let section = AgreementFormat.current.section(at: "parties[]")

    mutating func read(_ fields: Fields) {
        id = fields["id"]?.id()
        name = fields["name"]?.text()
        type = fields["type"]?.enumeration()
        orgNumber = fields["org-number"]?.text()
        roles = fields["roles"]?.list { $0.enumeration(PartyRole.self) }
        representative = fields["representative"]?.section()
        mandate = fields["mandate"]?.section()
        range = fields.range
        path = fields.path
    }
}

/// The person who represents a party (`parties[].representative`).
public struct Representative: Sendable, MappingDecodable {
    public var name: Located<String>?
    public var title: Located<String>?
    public var email: Located<String>?

    static let section = AgreementFormat.current.section(at: "parties[].representative")

    mutating func read(_ fields: Fields) {
        name = fields["name"]?.text()
        title = fields["title"]?.text()
        email = fields["email"]?.text()
    }
}

/// The decision that gives a party its mandate (`parties[].mandate`).
public struct Mandate: Sendable, MappingDecodable {
    public var body: Located<String>?
    public var decision: Located<String>?
    public var date: Located<CalendarDate>?
    public var level: Located<MandateLevel>?
    public var range = SourceRange(at: .start)

    static let section = AgreementFormat.current.section(at: "parties[].mandate")

    mutating func read(_ fields: Fields) {
        body = fields["body"]?.text()
        decision = fields["decision"]?.text()
        date = fields["date"]?.date()
        level = fields["level"]?.enumeration()
        range = fields.range
    }
}
