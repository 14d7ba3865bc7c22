/// Text made safe for the `html` format's page.
///
/// The escaping is XML's (``XMLText``): `&`, `<`, `>`, `"` and `'` become references in text
/// and in attribute values alike, and characters no document may hold are left out. So no
/// text of an agreement, a message or a file name can open a tag, end an attribute or start a
/// script.
enum HTMLText {
    /// `text` as character data.
    static func escaped(_ text: some StringProtocol) -> String {
        XMLText.escapedText(String(text))
    }

    /// `text` as an attribute value, between double quotes.
    static func attribute(_ text: String) -> String {
        XMLText.escapedAttribute(text)
    }

    /// A message with its code between backticks (``MessageSpans``) as `<code>`, the rest as
    /// escaped text.
    static func message(_ text: String) -> String {
        MessageSpans(text).spans.map { span in
            span.isCode ? "<code>\(escaped(span.text))</code>" : escaped(span.text)
        }.joined()
    }
}
