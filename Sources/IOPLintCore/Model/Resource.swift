import IOPYAML

/// What one party contributes (`resources[]`).
public struct Resource: Sendable, MappingDecodable {
    public var party: Located<String>?
    public var kind: Located<ResourceKind>?
    public var amount: Located<Double>?
    public var unit: Located<String>?
    public var per: Located<ResourcePeriod>?
    public var description: Located<String>?

    static let section = AgreementFormat.current.section(at: "resources[]")

    mutating func read(_ fields: Fields) {
        party = fields["party"]?.partyReference()
        kind = fields["kind"]?.enumeration()
        amount = fields["amount"]?.number(minimum: 0)
        unit = fields["unit"]?.text()
        per = fields["per"]?.enumeration()
        description = fields["description"]?.text()
    }
}
