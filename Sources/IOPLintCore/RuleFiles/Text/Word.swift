/// A word of a text, as ``Words`` finds it.
public struct Word: Sendable, Hashable {
    /// The word as written (`Socialnämnden`, `LOU:s`, `t.ex`, `2025-01-01`).
    public let text: String
    /// Where the word stands: offsets in Unicode scalars from the start of the text; the end is
    /// exclusive.
    public let range: Range<Int>

    /// A word with its text and place.
    public init(text: String, range: Range<Int>) {
        self.text = text
        self.range = range
    }

    /// The letters in the word: digits, marks and joiners (`-`, `:`, `.`) are not counted.
    /// `LOU:s` has 4; `2025-01-01` has none. LIX calls a word with more than six letters long.
    public var letterCount: Int {
        text.unicodeScalars.count { $0.properties.isAlphabetic && $0.properties.generalCategory != .nonspacingMark }
    }
}
