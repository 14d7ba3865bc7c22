/// Swift source for string values, for the tests that generate source files
/// (BuiltInTermForms+Generated.swift, BuiltInPacks+Trees+Generated.swift).
enum SwiftLiteral {
    /// A string literal on one line: quotes and backslashes escaped, control characters as
    /// `\u{…}`.
    static func of(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                escaped += "\\u{\(String(scalar.value, radix: 16))}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "\"\(escaped)\""
    }

    static func of(_ texts: [String]) -> String {
        "[" + texts.map(of).joined(separator: ", ") + "]"
    }

    static func of(_ lists: [[String]]) -> String {
        "[" + lists.map(of).joined(separator: ", ") + "]"
    }
}
