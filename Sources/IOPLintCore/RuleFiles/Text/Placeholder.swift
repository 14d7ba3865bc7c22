/// A draft placeholder left in a text (`TODO`, `[fyll i]`, `<namn>`), as ``PlaceholderDetector``
/// finds it.
public struct Placeholder: Sendable, Hashable {
    /// The placeholder as written (`TODO`, `[fyll i namn]`, `ÅÅÅÅ-MM-DD`).
    public let text: String
    /// Where it stands: offsets in Unicode scalars from the start of the text; the end is exclusive.
    public let range: Range<Int>

    /// A placeholder with its text and place.
    public init(text: String, range: Range<Int>) {
        self.text = text
        self.range = range
    }
}
