import Foundation
import IOPYAML
import Testing

@testable import IOPLintCore

/// ``JSONWriter`` — through the report types' own `write(to:)` and through ``JSONOutput``'s
/// encoder — writes what Foundation's `JSONEncoder` writes, byte for byte, for every kind of
/// value the reports hold (the golden files check the reports themselves).
@Suite struct JSONOutputTests {
    /// Every escape, integers at their limits, empty and nested containers, keys that sort
    /// differently by bytes than by characters.
    struct Awkward: Encodable {
        var text = "citat \"så\" \\ / \u{0}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1B}\u{1F}\u{7F} ä 😀 \u{2028}\u{202E}"
        var number = -42
        var big = Int.max
        var least = Int.min
        var zero = 0
        var flag = true
        var other = false
        var missing: String? = nil
        var present: String? = "x"
        var empty: [String] = []
        var emptyObject: [String: Int] = [:]
        var keys: [String: Int] = [
            "b": 1, "B": 2, "a10": 3, "a9": 4, "ä": 5, "z": 6, "_": 7, "": 8, "\u{1}\"\\\n/": 9,
        ]
        var nested: [[Int?]] = [[1, nil], [], [3]]
        var severity = Severity.warning
        var wrapped = Wrapper(inner: ["ett", "två", "\t\"\u{7}\""])
    }

    struct Wrapper: Encodable {
        var inner: [String]
        var list: [Awkward.Small] = [Awkward.Small(), Awkward.Small(value: nil)]
    }

    static func foundation(_ value: some Encodable, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    @Test(arguments: [true, false])
    func writerIsJSONEncoder(pretty: Bool) throws {
        #expect(Awkward().jsonText(pretty: pretty) == (try Self.foundation(Awkward(), pretty: pretty)))
    }

    /// Strings are passed over eight bytes at a time while none needs an escape: every escaped
    /// byte, at every place in and around a word of eight, among ASCII and longer scalars, is
    /// written as `JSONEncoder` writes it.
    @Test func escapesAnywhereInALongStringAreWritten() throws {
        let escaped: [Character] = ["\"", "\\", "\u{0}", "\u{8}", "\t", "\n", "\u{1F}", "\r\n"]
        var strings: [String] = []
        for filler in ["abcdefgh", "åäö€😀 x", " \u{7F}\u{80}~"] {
            let base = String(repeating: filler, count: 3)
            for offset in 0...base.count {
                for character in escaped {
                    var text = base
                    text.insert(character, at: text.index(text.startIndex, offsetBy: offset))
                    strings.append(text)
                }
            }
        }
        var json = JSONWriter(pretty: false)
        json.array(strings)
        json.endLine()
        #expect(json.text() == (try Self.foundation(strings, pretty: false)))
    }

    @Test(arguments: [true, false])
    func encodedOutputIsJSONEncoders(pretty: Bool) throws {
        let written = try JSONNodeEncoder.encode(Awkward()).jsonText(pretty: pretty)
        #expect(written == (try Self.foundation(Awkward(), pretty: pretty)))
    }

    @Test func renderIsTheEncodedOutputPretty() throws {
        #expect(JSONOutput.render(Awkward()) == (try Self.foundation(Awkward(), pretty: true)))
    }

    /// The `json` report, on reports with scorecards, suppressed findings with and without a
    /// reason, failures with and without a file, hostile text, and nothing at all.
    @Test(arguments: 0..<4)
    func reportIsJSONEncoders(index: Int) throws {
        let report = [
            ReportFixture.reportWithChecklist, HostileTextTests.report, Self.awkwardReport,
            LintReport(files: [], rules: []),
        ][index]
        for options in [ReportOptions(language: .en), ReportOptions(language: .sv, quiet: true)] {
            let output = JSONReporter.output(of: report, options: options)
            let expected = try Self.foundation(output, pretty: true)
            #expect(JSONReporter().render(report, options: options) == expected)
            #expect(JSONReporter().renderData(report, options: options) == Data(expected.utf8))
            for entry in output.findings + output.suppressed {
                #expect(entry.jsonText(pretty: false) == (try Self.foundation(entry, pretty: false)))
            }
            for card in output.scorecards {
                #expect(card.jsonText(pretty: false) == (try Self.foundation(card, pretty: false)))
            }
            for failure in output.failures {
                #expect(failure.jsonText(pretty: false) == (try Self.foundation(failure, pretty: false)))
            }
        }
    }

    /// A report whose findings take several of the pieces the streamed report keeps them in
    /// (``PendingJSONArray/pieceSize``), with files without findings between files with them.
    @Test func aReportOfManyPiecesIsJSONEncoders() throws {
        let finding = Self.awkwardReport.files[0].findings[0]
        let files = (0..<600).map { index in
            let findings = index % 3 == 0 ? [] : Array(repeating: finding, count: 12)
            return FileResult(path: "fil-\(index).yaml", text: "a: b\n", findings: findings, suppressed: [])
        }
        let report = LintReport(files: files, rules: [])
        let options = ReportOptions(language: .sv)
        let expected = try Self.foundation(JSONReporter.output(of: report, options: options), pretty: true)
        #expect(expected.utf8.count > 2 * PendingJSONArray.pieceSize)
        #expect(JSONReporter().render(report, options: options) == expected)
    }

    /// A report whose every string holds every escape: a finding, a suppressed finding with a
    /// reason, and a failure without a file.
    static let awkwardReport: LintReport = {
        let text = Awkward().text
        let range = SourceRange(
            start: SourcePosition(line: 1, column: 1, offset: 0), end: SourcePosition(line: 3, column: 9, offset: 40))
        let finding = Finding(
            ruleID: RuleID("format/type")!, severity: .warning, message: LocalizedText(en: text, sv: "sv " + text),
            file: text, documentIndex: 2, path: DocumentPath([.key(text), .index(3)]), range: range)
        var suppressed = finding
        suppressed.severity = .info
        suppressed.suppression = Suppression(
            scope: .file, rules: [Suppression.RuleName(id: finding.ruleID, range: range)], reason: text, range: range,
            documentIndex: 0)
        let failure = ToolFailure(message: LocalizedText(text))
        return LintReport(
            files: [FileResult(path: text, text: "a: b\n", findings: [finding], suppressed: [suppressed])],
            failures: [failure], rules: [])
    }()
}

extension JSONOutputTests.Awkward: JSONObject {
    func writeMembers(to json: inout JSONWriter) {
        json.member("big", big)
        json.member("empty", empty)
        json.key("emptyObject")
        json.beginObject()
        json.endObject()
        json.member("flag", flag)
        json.key("keys")
        json.beginObject()
        for (key, value) in keys.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            json.key(key)
            json.int(value)
        }
        json.endObject()
        json.member("least", least)
        json.key("nested")
        json.beginArray()
        for list in nested {
            json.beginArray()
            for number in list {
                if let number { json.int(number) } else { json.null() }
            }
            json.endArray()
        }
        json.endArray()
        json.member("number", number)
        json.member("other", other)
        if let present { json.member("present", present) }
        json.member("severity", severity.rawValue)
        json.member("text", text)
        json.member("wrapped", wrapped)
        json.member("zero", zero)
    }
}

extension JSONOutputTests.Wrapper: JSONObject {
    func writeMembers(to json: inout JSONWriter) {
        json.member("inner", inner)
        json.member("list", list)
    }
}

extension JSONOutputTests.Awkward {
    struct Small: Encodable, JSONObject {
        var value: Int? = 7

        func writeMembers(to json: inout JSONWriter) {
            if let value { json.member("value", value) }
        }
    }
}
