import IOPYAML

/// Why the agreement exists: the problem or societal challenge (`initiative`, `problem`).
public struct ProblemSection: Sendable, MappingDecodable {
    public var statement: Located<String>?
    public var evidence: [Located<String>]?
    public var agreedBy: [Located<String>]?

    static let section = AgreementFormat.current.section(at: "problem")

    mutating func read(_ fields: Fields) {
        statement = fields["statement"]?.text()
        evidence = fields["evidence"]?.list { $0.text() }
        agreedBy = fields["agreed-by"]?.list { $0.partyReference() }
    }
}

/// Who took the initiative (`initiative`).
public struct Initiative: Sendable, MappingDecodable {
    public var by: [Located<String>]?
    public var description: Located<String>?

    static let section = AgreementFormat.current.section(at: "initiative")

    mutating func read(_ fields: Fields) {
        by = fields["by"]?.list { $0.partyReference() }
        description = fields["description"]?.text()
    }
}
