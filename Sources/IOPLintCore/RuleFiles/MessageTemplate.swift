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
        guard values.keys.contains(where: { $0.utf8.contains(UInt8(ascii: "@")) }) else { return values }
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
            result += values[name(rest[open.upperBound..<close.lowerBound])] ?? ""
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// The placeholder names used in `template`.
    static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = pair(of: "{", in: rest), let close = pair(of: "}", in: rest[open.upperBound...]) {
            names.append(name(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return names
    }

    /// The name between `{{` and `}}`, without the blanks around it.
    private static func name(_ text: Substring) -> String {
        // Most names have none: no trimming (nor Foundation) for them.
        if let first = text.utf8.first, let last = text.utf8.last, isPlainByte(first), isPlainByte(last) {
            return String(text)
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// An ASCII byte that is not a blank: no whitespace starts or ends with it.
    private static func isPlainByte(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x20 && byte != 0x09
    }

    /// The first `{{` (or `}}`) in `text`, found by a scan of its bytes.
    private static func pair(of brace: Unicode.Scalar, in text: Substring) -> Range<String.Index>? {
        let byte = UInt8(brace.value)
        let bytes = text.utf8
        // Over contiguous UTF-8 (native strings): offsets, not string indices, in the loop.
        if let offset = bytes.withContiguousStorageIfAvailable({ buffer -> Int? in
            guard buffer.count >= 2 else { return nil }
            for offset in 0..<(buffer.count - 1) where buffer[offset] == byte && buffer[offset + 1] == byte {
                return offset
            }
            return nil
        }) {
            guard let offset else { return nil }
            let start = bytes.index(bytes.startIndex, offsetBy: offset)
            return start..<bytes.index(start, offsetBy: 2)
        }
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
