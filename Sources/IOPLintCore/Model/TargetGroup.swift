import IOPYAML

/// Who the agreement is for, and how they take part (`target-group`).
public struct TargetGroup: Sendable, MappingDecodable {
    public var description: Located<String>?
    public var size: Located<Int>?
    public var participation: [Participation]?

    static let section = AgreementFormat.current.section(at: "target-group")

    mutating func read(_ fields: Fields) {
        description = fields["description"]?.text()
        size = fields["size"]?.integer(minimum: 0)
        participation = fields["participation"]?.list { $0.section(Participation.self) }
    }
}

/// One way the target group takes part (`target-group.participation[]`).
public struct Participation: Sendable, MappingDecodable {
    public var stage: Located<ParticipationStage>?
    public var how: Located<String>?

    static let section = AgreementFormat.current.section(at: "target-group.participation[]")

    mutating func read(_ fields: Fields) {
        stage = fields["stage"]?.enumeration()
        how = fields["how"]?.text()
    }
}
