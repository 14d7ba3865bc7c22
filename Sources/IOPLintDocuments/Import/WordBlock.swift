/// A block of a Word document as the importer sees it: a paragraph with what tells a heading
/// from text, or a table of plain-text cells.
public enum WordBlock: Equatable, Sendable {
    case paragraph(WordParagraph)
    /// Rows of cells; a cell's paragraphs joined by line breaks.
    case table([[String]])
}

/// One paragraph of a Word document.
public struct WordParagraph: Equatable, Sendable {
    /// The text, with tabs and line breaks as written.
    public var text: String
    /// The heading level its style or outline level gives (1 = Heading 1), `nil` for body text.
    public var headingLevel: Int?
    /// Whether the paragraph has the Title style.
    public var isTitle = false
    /// Whether the paragraph has the Subtitle style.
    public var isSubtitle = false
    /// Whether every run with text is bold.
    public var isBold = false
    /// Whether the paragraph is an item of a bulleted or numbered list.
    public var isListItem = false

    public init(
        text: String, headingLevel: Int? = nil, isTitle: Bool = false, isSubtitle: Bool = false, isBold: Bool = false,
        isListItem: Bool = false
    ) {
        self.text = text
        self.headingLevel = headingLevel
        self.isTitle = isTitle
        self.isSubtitle = isSubtitle
        self.isBold = isBold
        self.isListItem = isListItem
    }
}
