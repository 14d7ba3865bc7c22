@testable import IOPLintCore

/// Agreements written from the table of the format: one value placed at one key, in block style,
/// with the parties that the examples refer to.
enum FormatKeyDocument {
    /// The party ids that the table's examples refer to.
    static let partyIDs = ["hela-manniskan", "huddinge-kommun", "uppsala-kommun"]

    /// `iop-lint: 1`, the parties (unless the key is inside `parties`), and `value` at `key`.
    static func placing(_ value: String, at key: FormatKey) -> String {
        var text = "iop-lint: 1\n"
        if !key.path.hasPrefix("parties"), key.path != "iop-lint" {
            text += "parties:\n" + partyIDs.map { "  - id: \($0)\n" }.joined()
        }
        if key.path == "iop-lint" { return "iop-lint: \(value)\n" }
        let parts = key.path.split(separator: ".").map(String.init)
        var indent = ""
        for (index, part) in parts.enumerated() {
            let isList = part.hasSuffix("[]")
            let name = isList ? String(part.dropLast(2)) : part
            if index == parts.count - 1 {
                text += "\(indent)\(name): \(value)\n"
                break
            }
            text += "\(indent)\(name):\n"
            indent += "  "
            if isList {
                text += "\(indent)-\n"
                indent += "  "
            }
        }
        return text
    }

    /// The document path at which `placing` puts the value (list items at index 0).
    static func documentPath(of key: FormatKey) -> String {
        key.path.replacingOccurrences(of: "[]", with: "[0]")
    }

    /// A value of the wrong type for `key`: a list where a map is expected, else a map.
    static func wrongValue(for key: FormatKey) -> String {
        key.type == .map ? "[1]" : "{ wrong: 1 }"
    }
}
