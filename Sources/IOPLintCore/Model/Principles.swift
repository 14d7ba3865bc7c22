import IOPYAML

/// How each principle of the överenskommelser is honoured (`principles`).
/// `integrity` is accepted as another name for `independence`. Principles beyond the six are
/// `additional`; principles the agreement only names, without saying how, are `named`.
public struct Principles: Sendable, MappingDecodable {
    public var independence: Located<String>?
    public var dialogue: Located<String>?
    public var quality: Located<String>?
    public var longTerm: Located<String>?
    public var openness: Located<String>?
    public var diversity: Located<String>?
    public var additional: [AdditionalPrinciple]?
    public var named: [Located<String>]?

    static let section = AgreementFormat.current.section(at: "principles")

    mutating func read(_ fields: Fields) {
        independence = fields["independence"]?.text()
        dialogue = fields["dialogue"]?.text()
        quality = fields["quality"]?.text()
        longTerm = fields["long-term"]?.text()
        openness = fields["openness"]?.text()
        diversity = fields["diversity"]?.text()
        additional = fields["additional"]?.list { $0.section(AdditionalPrinciple.self) }
        named = fields["named"]?.list { $0.text() }
    }
}

/// A principle beyond the six, such as "Helhetssyn" (`principles.additional[]`).
public struct AdditionalPrinciple: Sendable, MappingDecodable {
    public var name: Located<String>?
    public var how: Located<String>?

    static let section = AgreementFormat.current.section(at: "principles.additional[]")

    mutating func read(_ fields: Fields) {
        name = fields["name"]?.text()
        how = fields["how"]?.text()
    }
}
