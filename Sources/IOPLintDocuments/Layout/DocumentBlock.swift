import IOPLintCore

/// One block of a document, the same for every output format: the layout decides what an
/// agreement says, each writer how it looks in Word, HTML or Markdown.
///
/// Text in blocks is plain agreement text; writers escape it for their format.
public enum DocumentBlock: Equatable, Sendable {
    /// The document's title (Word's Title style, `<h1>`, `#`).
    case title(String)
    /// The line under the title: what kind of agreement it is.
    case subtitle(String)
    /// A heading: level 1 for sections, 2 for a party or a part of a section.
    case heading(level: Int, text: String)
    /// A paragraph, optionally starting with a bold label (`Avtalstid:`).
    case paragraph(label: String?, text: String)
    /// A bulleted list.
    case bullets([String])
    /// A table with a header row.
    case table(header: [String], rows: [[String]])
    /// Where one party signs: the party, a line for place and date, a line to sign on, the name
    /// and title under it.
    case signature(SignatureBlock)
    /// The next agreement of the file starts on a new page.
    case pageBreak
}

/// The signature block of one party.
public struct SignatureBlock: Equatable, Sendable {
    /// "För Huddinge kommun".
    public var party: String
    /// `Ort och datum`, with the date when the agreement records one.
    public var placeAndDate: (label: String, date: String?)
    /// `Namn: Anders Lind`, `Titel: Socialchef`: the lines under the signature, as label and value.
    public var lines: [(label: String, value: String)]

    public init(party: String, placeAndDate: (label: String, date: String?), lines: [(label: String, value: String)]) {
        self.party = party
        self.placeAndDate = placeAndDate
        self.lines = lines
    }

    public static func == (a: SignatureBlock, b: SignatureBlock) -> Bool {
        a.party == b.party && a.placeAndDate == b.placeAndDate
            && a.lines.map(\.label) == b.lines.map(\.label) && a.lines.map(\.value) == b.lines.map(\.value)
    }
}

/// A whole document: its language and blocks.
public struct RenderedDocument: Sendable {
    /// The language of headings and labels.
    public var language: Language
    /// The language of the agreement's own text (its `language`), when it says.
    public var textLanguage: Language?
    public var title: String
    public var blocks: [DocumentBlock]

    public init(language: Language, title: String, blocks: [DocumentBlock]) {
        self.language = language
        self.title = title
        self.blocks = blocks
    }
}
