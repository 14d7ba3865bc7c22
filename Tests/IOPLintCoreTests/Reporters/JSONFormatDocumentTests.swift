import Foundation
import IOPLintCore
import Testing

/// docs/json-format.md stays true to the `json` format: its example has the same fields as real
/// output, and its table names every field.
struct JSONFormatDocumentTests {
    static let document = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "docs/json-format.md")

    private var output: Any {
        get throws {
            let text = JSONReporter().render(ReportFixture.report, options: ReportOptions())
            return try JSONSerialization.jsonObject(with: Data(text.utf8))
        }
    }

    @Test
    func exampleHasTheFieldsOfRealOutput() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        let start = try #require(text.range(of: "```json\n"))
        let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        let example = try JSONSerialization.jsonObject(with: Data(text[start.upperBound..<end.lowerBound].utf8))
        #expect(Self.fields(of: example) == Self.fields(of: try output))
    }

    @Test
    func tableNamesEveryField() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        for field in Self.fields(of: try output) {
            #expect(text.contains("| `\(field)` |"), "docs/json-format.md has no row for `\(field)`")
        }
    }

    /// The dotted paths of every value that is not an object (`findings[].range.start.line`).
    static func fields(of value: Any, at path: String = "") -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: []) { fields, pair in
                fields.formUnion(Self.fields(of: pair.value, at: path.isEmpty ? pair.key : "\(path).\(pair.key)"))
            }
        }
        if let array = value as? [Any] {
            let nested = array.reduce(into: Set<String>()) { $0.formUnion(fields(of: $1, at: "\(path)[]")) }
            return nested.isEmpty ? ["\(path)[]"] : nested
        }
        return [path]
    }
}
