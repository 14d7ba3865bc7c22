/// How the machine-readable formats write JSON: keys sorted by their UTF-8 bytes, two-space
/// indentation, slashes not escaped, UTF-8 as is, a newline at the end, byte for byte as
/// Foundation's `JSONEncoder` writes with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`
/// (``JSONNode`` says how) but without its per-value boxing. The same report always gives the
/// same bytes.
enum JSONOutput {
    static func render(_ value: some Encodable) -> String {
        render(value, pretty: true)
    }

    /// `value` on one line (JSON Lines), keys sorted, with a newline at the end.
    static func line(_ value: some Encodable) -> String {
        render(value, pretty: false)
    }

    private static func render(_ value: some Encodable, pretty: Bool) -> String {
        do {
            var bytes = try JSONNodeEncoder.encode(value).written(pretty: pretty)
            bytes.append(0x0A)
            return String(decoding: bytes, as: UTF8.self)
        } catch {
            // Only strings, integers, booleans, arrays and structs of them are encoded here.
            preconditionFailure("encoding a report cannot fail: \(error)")
        }
    }
}
