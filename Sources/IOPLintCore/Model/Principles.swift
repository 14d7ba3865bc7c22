import IOPYAML

/// How each principle of the överenskommelser is honoured (`principles`).
/// `integrity` is accepted as another name for `independence`.
public struct Principles: Sendable, MappingDecodable {
    public var independence: Located<String>?
    public var dialogue: Located<String>?
    public var quality: Located<String>?
    public var longTerm: Located<String>?
    public var openness: Located<String>?
    public var diversity: Located<String>?

    static let formatPath = "principles"

    init(_ fields: Fields) {
        independence = fields["independence"]?.text()
        dialogue = fields["dialogue"]?.text()
        quality = fields["quality"]?.text()
        longTerm = fields["long-term"]?.text()
        openness = fields["openness"]?.text()
        diversity = fields["diversity"]?.text()
    }
}
