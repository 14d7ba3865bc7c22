import IOPLintCore

/// Escaping of agreement text for each output format. Agreement text is never trusted: it may
/// hold markup characters and control characters.
enum TextEscaping {
    /// Text for XML character data (the .docx parts) and HTML: the core's escaping, which
    /// also leaves out characters XML 1.0 does not allow.
    static func xml(_ text: String) -> String {
        XMLText.escapedText(text)
    }

    /// Text for Markdown (CommonMark, GitHub tables): characters that start markup are
    /// backslash-escaped, as is a line start that would begin a list, heading or quote.
    static func markdown(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if "\\`*_[]<>|~&#!".unicodeScalars.contains(scalar) {
                result += "\\"
                result.unicodeScalars.append(scalar)
            } else if XMLText.isAllowed(scalar), scalar != "\n", scalar != "\r" {
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
