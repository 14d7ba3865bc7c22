import IOPYAML

/// Something done within the partnership (`activities[]`).
public struct Activity: Sendable, MappingDecodable {
    public var what: Located<String>?
    public var party: Located<String>?

    static let section = AgreementFormat.current.section(at: "activities[]")

    mutating func read(_ fields: Fields) {
        what = fields["what"]?.text()
        party = fields["party"]?.partyReference()
    }
}
