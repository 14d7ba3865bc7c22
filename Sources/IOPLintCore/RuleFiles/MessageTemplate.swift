import Foundation

/// A message with `{{placeholders}}`: `{{path}}`, `{{value}}`, `{{term}}`, `{{min}}`, `{{max}}`,
/// `{{count}}`, `{{lix}}`, `{{key}}`… A placeholder without a value is left out.
enum MessageTemplate {
    /// Every placeholder some check fills.
    static let known = [
        "path", "value", "term", "match", "count", "min", "max", "key", "other", "lix", "type", "allowed", "start",
        "end",
    ]

    static func render(_ template: String, values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            result += values[name] ?? ""
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// The placeholder names used in `template`.
    static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            names.append(rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces))
            rest = rest[close.upperBound...]
        }
        return names
    }
}
