import IOPYAML

/// How the partnership is steered (`governance`).
public struct Governance: Sendable, MappingDecodable {
    public var steeringGroup: [SteeringMember]?
    public var meetingsPerYear: Located<Int>?
    public var responsibilities: Located<String>?

    static let section = AgreementFormat.current.section(at: "governance")

    mutating func read(_ fields: Fields) {
        steeringGroup = fields["steering-group"]?.list { $0.section(SteeringMember.self) }
        meetingsPerYear = fields["meetings-per-year"]?.integer(minimum: 0)
        responsibilities = fields["responsibilities"]?.text()
    }
}

/// A member of the steering group (`governance.steering-group[]`).
public struct SteeringMember: Sendable, MappingDecodable {
    public var party: Located<String>?
    public var name: Located<String>?
    public var role: Located<String>?
    public var politician: Located<Bool>?
    public var side: Located<PoliticalSide>?

    static let section = AgreementFormat.current.section(at: "governance.steering-group[]")

    mutating func read(_ fields: Fields) {
        party = fields["party"]?.partyReference()
        name = fields["name"]?.text()
        role = fields["role"]?.text()
        politician = fields["politician"]?.boolean()
        side = fields["side"]?.enumeration()
    }
}
