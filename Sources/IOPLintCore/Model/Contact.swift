import IOPYAML

/// A contact person (`contacts[]`).
public struct Contact: Sendable, MappingDecodable {
    public var party: Located<String>?
    public var name: Located<String>?
    public var email: Located<String>?
    public var phone: Located<String>?

    static let section = AgreementFormat.current.section(at: "contacts[]")

    mutating func read(_ fields: Fields) {
        party = fields["party"]?.partyReference()
        name = fields["name"]?.text()
        email = fields["email"]?.text()
        phone = fields["phone"]?.text()
    }
}
