/// One allowed (or, for text, suggested) value of a key, with what it means.
public struct FormatValue: Sendable, Hashable {
    /// The value as written in the agreement.
    public var value: String
    /// What choosing it means; empty when the value says it all.
    public var meaning: LocalizedText

    public init(_ value: String, _ meaning: LocalizedText = LocalizedText("")) {
        self.value = value
        self.meaning = meaning
    }
}
