import Foundation

/// How the machine-readable formats write JSON: keys sorted, two-space indentation, slashes
/// not escaped, UTF-8 as is, a newline at the end. The same report always gives the same bytes.
enum JSONOutput {
    static func render(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            // Only strings, integers, booleans, arrays and structs of them are encoded here.
            preconditionFailure("encoding a report cannot fail: \(error)")
        }
    }
}
