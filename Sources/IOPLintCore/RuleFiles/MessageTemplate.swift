import Foundation

/// A message with `{{placeholders}}`: `{{path}}`, `{{value}}`, `{{term}}`, `{{min}}`, `{{max}}`,
/// `{{count}}`, `{{lix}}`, `{{key}}`… A placeholder without a value is left out.
enum MessageTemplate {
    /// Every placeholder some check fills.
    static let known = [
        "path", "value", "term", "match", "count", "min", "max", "key", "other", "lix", "readability", "type",
        "allowed", "start", "end",
    ]

    /// The values for a message in `language`: a value given as `name@sv` (or `name@en`) stands
    /// for `name` in that language's message, e.g. a score with a decimal comma in Swedish.
    static func values(_ values: [String: String], in language: Language) -> [String: String] {
        var result = values.filter { !$0.key.contains("@") }
        let suffix = "@\(language.rawValue)"
        for (key, value) in values where key.hasSuffix(suffix) { result[String(key.dropLast(suffix.count))] = value }
        return result
    }

    static func render(_ template: String, values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = pair(of: "{", in: rest) {
            result += rest[..<open.lowerBound]
            guard let close = pair(of: "}", in: rest[open.upperBound...]) else {
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
        while let open = pair(of: "{", in: rest), let close = pair(of: "}", in: rest[open.upperBound...]) {
            names.append(rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces))
            rest = rest[close.upperBound...]
        }
        return names
    }

    /// The first `{{` (or `}}`) in `text`, found by a scan of its bytes.
    private static func pair(of brace: Unicode.Scalar, in text: Substring) -> Range<String.Index>? {
        let byte = UInt8(brace.value)
        let bytes = text.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let next = bytes.index(after: index)
            if bytes[index] == byte, next < bytes.endIndex, bytes[next] == byte {
                return index..<bytes.index(after: next)
            }
            index = next
        }
        return nil
    }
}
