import IOPYAML

/// What one party undertakes (`commitments[]`).
public struct Commitment: Sendable, MappingDecodable {
    public var party: Located<String>?
    public var what: Located<String>?

    static let section = AgreementFormat.current.section(at: "commitments[]")

    mutating func read(_ fields: Fields) {
        party = fields["party"]?.partyReference()
        what = fields["what"]?.text()
    }
}
