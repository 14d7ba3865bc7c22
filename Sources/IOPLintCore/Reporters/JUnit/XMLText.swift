/// Text made safe for an XML 1.0 document.
///
/// `&`, `<`, `>`, `"` and `'` become entities in both character data and attribute values, so
/// either quote may delimit an attribute and `]]>` cannot occur. Characters XML 1.0 does not
/// allow at all (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF) are left out, since no
/// reference can stand for them. CR is written `&#13;`, or a parser would turn CR LF into LF.
public enum XMLText {
    /// `text` as character data between tags: LF and tab stay as they are.
    public static func escapedText(_ text: String) -> String {
        escaped(text, inAttribute: false)
    }

    /// `text` as an attribute value: also LF and tab as references, which attribute-value
    /// normalisation would otherwise turn into spaces.
    public static func escapedAttribute(_ text: String) -> String {
        escaped(text, inAttribute: true)
    }

    /// `<name key="value" …` without the closing `>`: attributes in the order given, values
    /// escaped.
    static func startTag(_ name: String, _ attributes: KeyValuePairs<String, String>) -> String {
        "<" + name + attributes.map { " \($0.key)=\"\(escapedAttribute($0.value))\"" }.joined()
    }

    /// Whether XML 1.0 allows `scalar` in a document (its production `Char`).
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func escaped(_ text: String, inAttribute: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\r": result += "&#13;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
