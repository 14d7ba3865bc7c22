import Foundation

/// How the machine-readable formats write JSON: keys sorted, two-space indentation, slashes
/// not escaped, UTF-8 as is, a newline at the end. The same report always gives the same bytes.
enum JSONOutput {
    static func render(_ value: some Encodable) -> String {
        render(value, formatting: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
    }

    /// `value` on one line (JSON Lines), keys sorted, with a newline at the end.
    static func line(_ value: some Encodable) -> String {
        render(value, formatting: [.sortedKeys, .withoutEscapingSlashes])
    }

    private static func render(_ value: some Encodable, formatting: JSONEncoder.OutputFormatting) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            // Only strings, integers, booleans, arrays and structs of them are encoded here.
            preconditionFailure("encoding a report cannot fail: \(error)")
        }
    }
}
