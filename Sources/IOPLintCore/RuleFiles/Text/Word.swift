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
        Self.letterCount(of: text.unicodeScalars)
    }

    /// ``letterCount`` of a word given as its scalars.
    static func letterCount(of scalars: some Sequence<Unicode.Scalar>) -> Int {
        var count = 0
        for scalar in scalars {
            if scalar.isASCII {
                if (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) { count += 1 }
            } else if scalar.properties.isAlphabetic && scalar.properties.generalCategory != .nonspacingMark {
                count += 1
            }
        }
        return count
    }
}
