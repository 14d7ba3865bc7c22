/// Escaping of agreement text for each output format. Agreement text is never trusted: it may
/// hold markup characters and control characters.
enum TextEscaping {
    /// Text for XML content or a double-quoted attribute: `&`, `<`, `>`, `"` escaped, characters
    /// XML 1.0 does not allow (control characters other than tab and line breaks) left out.
    static func xml(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                if isAllowedInXML(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Text for Markdown (CommonMark, GitHub tables): characters that start markup are
    /// backslash-escaped, as is a line start that would begin a list, heading or quote.
    static func markdown(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if "\\`*_[]<>|~&#!".unicodeScalars.contains(scalar) {
                result += "\\"
                result.unicodeScalars.append(scalar)
            } else if isAllowedInXML(scalar), scalar != "\n", scalar != "\r" {
                result.unicodeScalars.append(scalar)
            } else if scalar == "\n" || scalar == "\r" {
                result += " "
            }
        }
        if let first = result.first, "-+=".contains(first) { result = "\\" + result }
        if let dot = result.firstIndex(where: { !$0.isNumber }), dot != result.startIndex,
            result[dot] == "." || result[dot] == ")"
        {
            result.insert("\\", at: dot)
        }
        return result
    }
}
