import IOPYAML

/// Someone who pays for part of the work without being a party (`funders[]`): ICLD for a
/// Kommunalt Partnerskap, a state grant, a foundation.
public struct Funder: Sendable, MappingDecodable {
    public var name: Located<String>?
    public var paysFor: Located<String>?
    public var amount: Located<Double>?
    public var unit: Located<String>?
    public var per: Located<ResourcePeriod>?
    public var recipient: Located<String>?
    public var decision: Located<String>?

    static let section = AgreementFormat.current.section(at: "funders[]")

    mutating func read(_ fields: Fields) {
        name = fields["name"]?.text()
        paysFor = fields["pays-for"]?.text()
        amount = fields["amount"]?.number(minimum: 0)
        unit = fields["unit"]?.text()
        per = fields["per"]?.enumeration()
        recipient = fields["recipient"]?.partyReference()
        decision = fields["decision"]?.text()
    }
}
