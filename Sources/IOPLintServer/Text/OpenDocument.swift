import Foundation

/// A document the client has open: its text as the client last sent it.
public struct OpenDocument: Sendable {
    public var uri: String
    public var version: Int
    public private(set) var text: String
    /// The text's lines and positions, made once per version.
    public private(set) var layout: TextLayout

    public init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.version = version
        self.text = text
        self.layout = TextLayout(text)
    }

    /// Applies the changes of one `didChange`, in order: each either replaces the whole text
    /// (no range) or the range it names, in positions of `encoding` against the text as the
    /// changes before it left it.
    public mutating func apply(_ changes: [ClientParams.DidChange.Change], version: Int, encoding: PositionEncoding) {
        for change in changes {
            guard let range = change.range else {
                text = change.text
                layout = TextLayout(text)
                continue
            }
            var scalars = layout.scalars
            let start = layout.offset(of: range.start, in: encoding)
            let end = max(start, layout.offset(of: range.end, in: encoding))
            scalars.replaceSubrange(start..<end, with: change.text.unicodeScalars)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            text = String(view)
            layout = TextLayout(text)
        }
        self.version = version
    }

    /// The file-system path of a `file:` URI (percent-escapes decoded); `nil` for other schemes.
    public static func path(ofURI uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.path
    }
}
