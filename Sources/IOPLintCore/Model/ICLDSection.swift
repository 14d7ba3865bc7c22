import IOPYAML

/// ICLD Kommunalt Partnerskap specifics (`icld`).
public struct ICLDSection: Sendable, MappingDecodable {
    public var coreAreas: [Located<ICLDCoreArea>]?
    public var benefit: [ICLDBenefit]?
    public var team: [ICLDTeamMember]?

    static let section = AgreementFormat.current.section(at: "icld")

    mutating func read(_ fields: Fields) {
        coreAreas = fields["core-areas"]?.list { $0.enumeration(ICLDCoreArea.self) }
        benefit = fields["benefit"]?.list { $0.section(ICLDBenefit.self) }
        team = fields["team"]?.list { $0.section(ICLDTeamMember.self) }
    }
}

/// What one partner gains (`icld.benefit[]`).
public struct ICLDBenefit: Sendable, MappingDecodable {
    public var party: Located<String>?
    public var how: Located<String>?

    static let section = AgreementFormat.current.section(at: "icld.benefit[]")

    mutating func read(_ fields: Fields) {
        party = fields["party"]?.partyReference()
        how = fields["how"]?.text()
    }
}

/// A member of a partner's project team (`icld.team[]`).
public struct ICLDTeamMember: Sendable, MappingDecodable {
    public var party: Located<String>?
    public var name: Located<String>?
    public var role: Located<ICLDTeamRole>?

    static let section = AgreementFormat.current.section(at: "icld.team[]")

    mutating func read(_ fields: Fields) {
        party = fields["party"]?.partyReference()
        name = fields["name"]?.text()
        role = fields["role"]?.enumeration()
    }
}
