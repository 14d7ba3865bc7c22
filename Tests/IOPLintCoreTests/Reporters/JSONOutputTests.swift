import Foundation
import Testing

@testable import IOPLintCore

/// ``JSONOutput`` writes what Foundation's `JSONEncoder` writes, byte for byte, for every kind
/// of value the reports hold (the golden files check the reports themselves).
@Suite struct JSONOutputTests {
    struct Awkward: Encodable {
        var text = "citat \"så\" \\ / \u{0}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1B}\u{1F}\u{7F} ä 😀 \u{2028}\u{202E}"
        var number = -42
        var big = Int.max
        var flag = true
        var other = false
        var missing: String? = nil
        var present: String? = "x"
        var empty: [String] = []
        var emptyObject: [String: Int] = [:]
        var keys: [String: Int] = ["b": 1, "B": 2, "a10": 3, "a9": 4, "ä": 5, "z": 6, "_": 7, "": 8]
        var nested: [[Int?]] = [[1, nil], [], [3]]
        var severity = Severity.warning
        var wrapped = Wrapper(inner: ["ett", "två"])
    }

    struct Wrapper: Encodable {
        var inner: [String]
        var list: [Awkward.Small] = [Awkward.Small(), Awkward.Small(value: nil)]
    }

    static func foundation(_ value: some Encodable, _ formatting: JSONEncoder.OutputFormatting) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    @Test func prettyOutputIsJSONEncoders() throws {
        let expected = try Self.foundation(Awkward(), [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        #expect(JSONOutput.render(Awkward()) == expected)
    }

    @Test func lineOutputIsJSONEncoders() throws {
        let expected = try Self.foundation(Awkward(), [.sortedKeys, .withoutEscapingSlashes])
        #expect(JSONOutput.line(Awkward()) == expected)
    }
}

extension JSONOutputTests.Awkward {
    struct Small: Encodable {
        var value: Int? = 7
    }
}
