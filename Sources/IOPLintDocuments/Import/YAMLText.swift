/// Scalars and comments written so that libyaml reads back exactly the text given.
enum YAMLText {
    /// A double-quoted scalar: `\` and `"` escaped, and every character YAML does not print
    /// (control characters, line and paragraph separators, the byte order mark) as an escape.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if isPrintable(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "\\u" + hex(scalar.value, width: 4)
                }
            }
        }
        return result + "\""
    }

    /// A literal block (`|-`) of `text` at `indent` spaces, or `nil` when the text cannot be
    /// written as one unchanged (a first line starting with a space, a line with trailing
    /// spaces, a character YAML does not print, a final line break).
    static func literalBlock(_ text: String, indent: Int) -> [String]? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first, !first.hasPrefix(" "), !first.isEmpty, !text.hasSuffix("\n"),
            lines.allSatisfy({ !$0.hasSuffix(" ") && !$0.hasSuffix("\t") }),
            text.unicodeScalars.allSatisfy({ $0 == "\n" || $0 == "\t" || isPrintable($0) })
        else { return nil }
        let pad = String(repeating: " ", count: indent)
        return lines.map { $0.isEmpty ? "" : pad + $0 }
    }

    /// One comment line's text: line breaks as spaces, unprintable characters left out.
    static func commentText(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }.filter(isPrintable)))
    }

    /// YAML 1.1's printable set (what libyaml accepts unescaped).
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF:
            return scalar.value != 0xFEFF && scalar.value != 0x2028 && scalar.value != 0x2029
        default: return false
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
