/// A text in English and Swedish.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var en: String
    public var sv: String

    public init(en: String, sv: String) {
        self.en = en
        self.sv = sv
    }

    /// The same text for every language.
    public init(_ both: String) {
        self.init(en: both, sv: both)
    }

    /// The text in `language`.
    public subscript(language: Language) -> String {
        switch language {
        case .en: en
        case .sv: sv
        }
    }

    /// Applies `transform` to each language's text.
    public func map(_ transform: (String, Language) -> String) -> LocalizedText {
        LocalizedText(en: transform(en, .en), sv: transform(sv, .sv))
    }
}
