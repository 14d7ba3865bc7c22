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
        guard hasLocalizedValues(values) else { return values }
        var result = values.filter { !$0.key.contains("@") }
        let suffix = "@\(language.rawValue)"
        for (key, value) in values where key.hasSuffix(suffix) { result[String(key.dropLast(suffix.count))] = value }
        return result
    }

    /// Whether some of `values` are given for one language (`name@sv`).
    static func hasLocalizedValues(_ values: [String: String]) -> Bool {
        values.keys.contains { $0.utf8.contains(UInt8(ascii: "@")) }
    }

    static func render(_ template: String, values: [String: String]) -> String {
        Compiled(template).render(values: values)
    }

    /// A template taken apart once into its text and its placeholders, so that a rule renders
    /// its message for every finding without scanning it again.
    struct Compiled: Sendable {
        private enum Piece: Sendable {
            case text(String)
            case placeholder(String)
        }

        private var pieces: [Piece] = []
        /// The names of the template's placeholders.
        private(set) var names: Set<String> = []
        /// The UTF-8 length of the template's text pieces, and room for the values of its
        /// placeholders: a rendered message has room made at once, rather than growing piece by
        /// piece.
        private var roomNeeded = 0

        init(_ template: String) {
            var rest = Substring(template)
            while let open = MessageTemplate.pair(of: "{", in: rest) {
                if open.lowerBound > rest.startIndex { pieces.append(.text(String(rest[..<open.lowerBound]))) }
                guard let close = MessageTemplate.pair(of: "}", in: rest[open.upperBound...]) else {
                    rest = rest[open.lowerBound...]
                    break
                }
                let placeholder = MessageTemplate.name(rest[open.upperBound..<close.lowerBound])
                pieces.append(.placeholder(placeholder))
                names.insert(placeholder)
                rest = rest[close.upperBound...]
            }
            if !rest.isEmpty { pieces.append(.text(String(rest))) }
            for piece in pieces {
                switch piece {
                case .text(let text): roomNeeded += text.utf8.count
                case .placeholder: roomNeeded += 16
                }
            }
        }

        /// The template with each placeholder replaced by its value; one without a value is left out.
        func render(values: [String: String]) -> String {
            render(values: values, localizedIn: nil)
        }

        /// The template with each placeholder `name` replaced by the value of `name@language`
        /// when `language` is given and `values` has one (as ``MessageTemplate/values(_:in:)``
        /// picks it), else by the value of `name`; one without a value is left out.
        func render(values: [String: String], localizedIn language: Language?) -> String {
            // A message without placeholders is its text, shared rather than copied.
            if pieces.count == 1, case .text(let text) = pieces[0] { return text }
            var result = ""
            result.reserveCapacity(roomNeeded)
            for piece in pieces {
                switch piece {
                case .text(let text): result += text
                case .placeholder(let name):
                    if let language, let localized = values[name + "@" + language.rawValue] {
                        result += localized
                    } else {
                        result += values[name] ?? ""
                    }
                }
            }
            return result
        }
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
