/// A sentence of a text, as ``Sentences`` finds it.
public struct Sentence: Sendable, Hashable {
    /// The sentence as written, without the whitespace around it: from its first word (with an
    /// opening quote or bracket right before it) to its last word and the punctuation right after
    /// it (`.`, `!`, `?`, `…`, a closing quote or bracket).
    public let text: String
    /// Where ``text`` stands: offsets in Unicode scalars from the start of the whole text; the end
    /// is exclusive.
    public let range: Range<Int>
    /// The sentence's words, never empty; their ranges are offsets in the whole text.
    public let words: [Word]

    /// A sentence with its text, place and words.
    public init(text: String, range: Range<Int>, words: [Word]) {
        self.text = text
        self.range = range
        self.words = words
    }

    /// How many words the sentence has (what `klarsprak/long-sentences` counts).
    public var wordCount: Int { words.count }
}
