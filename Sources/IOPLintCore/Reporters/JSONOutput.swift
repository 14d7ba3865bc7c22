/// How the SARIF log and the baseline are written: encoded into a ``JSONNode`` and written by
/// ``JSONWriter``, keys sorted by their UTF-8 bytes, two-space indentation, slashes not escaped,
/// UTF-8 as is, a newline at the end, byte for byte as Foundation's `JSONEncoder` writes with
/// `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]` but without its per-value boxing.
/// The same value always gives the same bytes. (The `json` and `jsonl` reports skip the
/// encoder: their types write themselves, ``JSONWritable``.)
enum JSONOutput {
    static func render(_ value: some Encodable) -> String {
        do {
            return try JSONNodeEncoder.encode(value).jsonText(pretty: true)
        } catch {
            // Only strings, integers, booleans, arrays and structs of them are encoded here.
            preconditionFailure("encoding a report cannot fail: \(error)")
        }
    }
}
