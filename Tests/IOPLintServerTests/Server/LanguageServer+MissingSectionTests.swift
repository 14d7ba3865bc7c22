import Foundation
import IOPLintCore
import IOPYAML
import Testing

@testable import IOPLintServer

/// The quick fix for a missing section: the section's skeleton from the starter agreement,
/// inserted where the finding says the section belongs.
@Suite struct LanguageServerMissingSectionTests {
    private static func setUp(_ text: String, locale: String? = nil) throws -> (ServerHarness, String) {
        let root = try ServerHarness.folder([".iop-lint.yml": "packs: [format, core]\n"])
        let uri = root.appendingPathComponent("a.yaml").absoluteString
        let harness = ServerHarness(locale: locale, owning: root)
        _ = harness.open(uri, text)
        return (harness, uri)
    }

    /// The action titled `title` among those for `line`.
    private static func action(
        _ title: String, _ harness: ServerHarness, _ uri: String, line: Int
    ) throws -> JSONValue {
        let actions =
            harness.request(
                "textDocument/codeAction",
                .object([
                    "textDocument": .object(["uri": .string(uri)]),
                    "range": .object(["start": ServerHarness.position(line, 0), "end": ServerHarness.position(line, 0)]
                    ),
                    "context": .object(["diagnostics": []]),
                ]))["result"]?.array ?? []
        return try #require(actions.first { $0["title"] == .string(title) }, "\(actions.map { $0["title"] })")
    }

    /// The one edit of `action`: where it inserts, and what.
    private static func edit(of action: JSONValue, _ uri: String) throws -> (start: JSONValue, text: String) {
        let edits = try #require(action["edit"]?["changes"]?[uri]?.array)
        try #require(edits.count == 1)
        let range = try #require(edits[0]["range"])
        #expect(range["start"] == range["end"])
        return (try #require(range["start"]), try #require(edits[0]["newText"]?.string))
    }

    /// `text` with `inserted` put at the start of line `line` (0-based, `\n` ending lines).
    private static func inserting(_ inserted: String, atLine line: Int, into text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let before = lines.prefix(line).map { $0 + "\n" }.joined()
        return before + inserted + text.dropFirst(before.count)
    }

    /// Applies the edit as a client does and returns the diagnostics of the new text.
    private static func apply(
        _ edit: (start: JSONValue, text: String), _ harness: ServerHarness, _ uri: String
    ) -> [JSONValue] {
        let out = harness.notify(
            "textDocument/didChange",
            .object([
                "textDocument": .object(["uri": .string(uri), "version": 9]),
                "contentChanges": .array([
                    .object(["range": .object(["start": edit.start, "end": edit.start]), "text": .string(edit.text)])
                ]),
            ]))
        return ServerHarness.diagnostics(in: out, uri: uri)
    }

    /// Whether `diagnostics` holds the finding that `code`'s section is missing, at `line`.
    private static func missing(_ code: String, atLine line: Int, in diagnostics: [JSONValue]) -> Bool {
        diagnostics.contains {
            $0["code"] == .string(code) && $0["range"]?["start"] == ServerHarness.position(line, 0)
                && $0["range"]?["start"] == $0["range"]?["end"]
        }
    }

    static let english = "iop-lint: 1\nid: laxhjalp\ntitle: Läxhjälp i Gottsunda\nkind: iop\nlanguage: en\n"

    @Test func aMissingSectionIsAddedWhereItBelongs() throws {
        let (harness, uri) = try Self.setUp(Self.english)
        let diagnostics = ServerHarness.diagnostics(in: harness.sent, uri: uri)
        #expect(Self.missing("core/parties", atLine: 5, in: diagnostics))
        let action = try Self.action("Add the missing section `parties`", harness, uri, line: 5)
        #expect(action["isPreferred"] == .bool(true))
        #expect(action["diagnostics"]?.array?.first?["code"] == "core/parties")
        let edit = try Self.edit(of: action, uri)
        #expect(edit.start == ServerHarness.position(5, 0))
        #expect(edit.text.hasPrefix("# "))
        #expect(edit.text.contains("\nparties:\n"))
        #expect(edit.text.hasSuffix("\n"))
        // The skeleton is the template's own.
        let skeleton = try #require(AgreementTemplate(kind: .iop, language: .en).section("parties"))
        #expect(edit.text == skeleton)

        let fixed = Self.inserting(edit.text, atLine: 5, into: Self.english)
        #expect(YAMLLoader().load(bytes: Array(fixed.utf8)).problems.isEmpty)
        let after = Self.apply(edit, harness, uri)
        #expect(!after.contains { $0["code"]?.string?.hasPrefix("format/") == true }, "\(after)")
        #expect(!after.contains { $0["code"] == "core/parties" && $0["range"]?["start"] == $0["range"]?["end"] })
        #expect(!Self.missing("core/parties", atLine: 5 + edit.text.count { $0 == "\n" }, in: after))
    }

    @Test func theSectionIsInTheLanguageOfTheAgreementTheTitleInTheServers() throws {
        let text = Self.english.replacingOccurrences(of: "language: en", with: "language: sv")
        let (harness, uri) = try Self.setUp(text)
        let edit = try Self.edit(of: Self.action("Add the missing section `parties`", harness, uri, line: 5), uri)
        #expect(edit.text == AgreementTemplate(kind: .iop, language: .sv).section("parties"))

        let (swedish, swedishURI) = try Self.setUp(text, locale: "sv")
        _ = try Self.action("Lägg till det saknade avsnittet `parties`", swedish, swedishURI, line: 5)
    }

    @Test func theSectionFollowsTheKindOfTheAgreement() throws {
        let text = Self.english.replacingOccurrences(of: "kind: iop", with: "kind: kommunalt-partnerskap")
        let (harness, uri) = try Self.setUp(text)
        let edit = try Self.edit(of: Self.action("Add the missing section `parties`", harness, uri, line: 5), uri)
        #expect(edit.text == AgreementTemplate(kind: .kommunaltPartnerskap, language: .en).section("parties"))
    }

    @Test func theSectionIsIndentedAsTheTopLevelKeysAre() throws {
        let text = "  iop-lint: 1\n  id: laxhjalp\n  kind: iop\n  language: en\n"
        let (harness, uri) = try Self.setUp(text)
        let edit = try Self.edit(of: Self.action("Add the missing section `parties`", harness, uri, line: 4), uri)
        let lines = edit.text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("  ") })
        #expect(lines.contains("  parties:"))
        let fixed = Self.inserting(edit.text, atLine: 4, into: text)
        #expect(YAMLLoader().load(bytes: Array(fixed.utf8)).problems.isEmpty)
        let after = Self.apply(edit, harness, uri)
        #expect(!after.contains { $0["code"]?.string?.hasPrefix("format/") == true }, "\(after)")
        #expect(!after.contains { $0["code"] == "core/parties" && $0["range"]?["start"] == $0["range"]?["end"] })
    }

    @Test func aSectionWithNoneBeforeItGoesBeforeTheFirstKey() throws {
        let text = "  term:\n    start: 2025-01-01\n"
        let (harness, uri) = try Self.setUp(text)
        let edit = try Self.edit(of: Self.action("Add the missing section `parties`", harness, uri, line: 0), uri)
        #expect(edit.start == ServerHarness.position(0, 0))
        #expect(edit.text.split(separator: "\n").allSatisfy { $0.hasPrefix("  ") })
        let fixed = Self.inserting(edit.text, atLine: 0, into: text)
        #expect(YAMLLoader().load(bytes: Array(fixed.utf8)).problems.isEmpty)
        let before = ServerHarness.diagnostics(in: harness.sent, uri: uri).filter {
            $0["code"]?.string?.hasPrefix("format/") == true
        }
        let after = Self.apply(edit, harness, uri)
        #expect(after.filter { $0["code"]?.string?.hasPrefix("format/") == true }.count == before.count)
        #expect(!after.contains { $0["code"] == "core/parties" && $0["range"]?["start"] == $0["range"]?["end"] })
    }

    @Test func aLastLineWithoutLineBreakGetsOne() throws {
        let text = String(Self.english.dropLast())
        let (harness, uri) = try Self.setUp(text)
        let edit = try Self.edit(of: Self.action("Add the missing section `parties`", harness, uri, line: 4), uri)
        #expect(edit.start == ServerHarness.position(4, "language: en".count))
        #expect(edit.text.hasPrefix("\n# "))
        let after = Self.apply(edit, harness, uri)
        #expect(!after.contains { $0["code"]?.string?.hasPrefix("format/") == true }, "\(after)")
        #expect(!after.contains { $0["code"] == "core/parties" && $0["range"]?["start"] == $0["range"]?["end"] })
    }

    @Test func aSectionThatIsThereButEmptyGetsNoSkeleton() throws {
        let (harness, uri) = try Self.setUp(Self.english + "parties: []\n")
        let actions =
            harness.request(
                "textDocument/codeAction",
                .object([
                    "textDocument": .object(["uri": .string(uri)]),
                    "range": .object(["start": ServerHarness.position(5, 0), "end": ServerHarness.position(5, 0)]),
                    "context": .object(["diagnostics": []]),
                ]))["result"]?.array ?? []
        #expect(!actions.isEmpty)
        #expect(!actions.contains { $0["title"]?.string?.hasPrefix("Add the missing section") == true })
    }
}
