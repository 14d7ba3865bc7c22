import IOPYAML

/// The assessment against LOU, state-aid rules and Kommunallagen (`legal-assessment`).
public struct LegalAssessment: Sendable, MappingDecodable {
    public var procurement: Located<String>?
    public var stateAid: Located<String>?
    public var localGovernmentAct: Located<String>?

    static let section = AgreementFormat.current.section(at: "legal-assessment")

    mutating func read(_ fields: Fields) {
        procurement = fields["procurement"]?.text()
        stateAid = fields["state-aid"]?.text()
        localGovernmentAct = fields["local-government-act"]?.text()
    }
}
