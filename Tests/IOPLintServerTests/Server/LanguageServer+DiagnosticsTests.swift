import Foundation
import IOPLintCore
import TestSupport
import Testing

@testable import IOPLintServer

/// Diagnostics are the findings the command line gives for the file, at exact positions.
@Suite struct LanguageServerDiagnosticsTests {
    static let rules = """
        iop-lint-rules: 1
        pack: goteborg
        rules:
          - id: dialogue
            source: "Göteborgs Stad, riktlinjer för IOP, https://example.org/iop-riktlinjer."
            severity: warning
            summary: { en: The dialogue principle is addressed, sv: Principen om dialog är beskriven }
            message: { en: "Say how the parties keep up a dialogue.", sv: "Beskriv hur parterna för dialog." }
            rationale: { en: Dialogue is a principle., sv: Dialog är en princip. }
            given: principles.dialogue
            check: { non-empty: true }
            examples:
              pass:
                - { principles: { dialogue: Styrgruppen möts fyra gånger per år. } }
              fail:
                - { principles: { quality: Följs upp. } }
        """

    /// A configuration in Swedish with a rule file, a severity and a switched-off rule, in a
    /// fresh folder for the caller to remove.
    static func repository() throws -> URL {
        try ServerHarness.folder([
            ".iop-lint.yml":
                "packs: [format, goteborg]\nrules: [goteborg.yml]\nlang: sv\nseverity: { format/unknown-key: error, format/date: off }\n",
            "goteborg.yml": rules,
        ])
    }

    static let agreement = """
        iop-lint: 1
        titel: Läxhjälp
        term: { start: 2025-02-30 }
        # iop-lint-disable-next-line format/type -- kind is decided in the council
        kind: partnerskap

        """

    @Test func diagnosticsAreTheFindingsOfTheCommandLine() throws {
        let root = try Self.repository()
        defer { TemporaryFolder.remove(root) }
        let uri = root.appendingPathComponent("a.yaml").absoluteString
        let diagnostics = ServerHarness().open(uri, Self.agreement)
        // The missing `principles` belongs after `kind`, the last section before it.
        #expect(diagnostics.map { $0["code"] } == ["format/unknown-key", "goteborg/dialogue"])
        #expect(diagnostics.map { $0["severity"] } == [1, 2], "the configuration makes unknown-key an error")
        #expect(diagnostics.allSatisfy { $0["source"] == "iop-lint" })
        #expect(diagnostics[0]["message"] == "okänd nyckel `titel`; menade du `title`?")
        #expect(diagnostics[1]["codeDescription"]?["href"] == "https://example.org/iop-riktlinjer")
        #expect(diagnostics[0]["codeDescription"] == nil)

        // The same file through the linter as `iop-lint` runs it.
        let path = root.appendingPathComponent("a.yaml").path
        try Data(Self.agreement.utf8).write(to: URL(fileURLWithPath: path))
        let resolver = ConfigResolver(commandLine: .init())
        let setup = try #require(try resolver.setup(forFile: path, finder: ConfigFinder(explicit: nil)))
        let cli = Linter(rules: []).lint(bytes: Array(Self.agreement.utf8), path: path, profile: setup.profile)
        #expect(diagnostics.map { $0["code"]?.string } == cli.findings.map { $0.ruleID.description })
        #expect(cli.suppressed.map(\.ruleID.description) == ["format/type"])
    }

    @Test func anExplicitLanguageWinsOverTheConfiguration() throws {
        let root = try Self.repository()
        defer { TemporaryFolder.remove(root) }
        let harness = ServerHarness(options: .init(language: .en))
        let diagnostics = harness.open(root.appendingPathComponent("a.yaml").absoluteString, Self.agreement)
        #expect(diagnostics.first?["message"] == "unknown key `titel`; did you mean `title`?")
    }

    @Test(arguments: [("utf-16", 37), ("utf-32", 36)])
    func positionsAfterAnEmojiAreExact(encoding: String, column: Int) throws {
        let root = try ServerHarness.folder([".iop-lint.yml": "packs: [format]\n"])
        defer { TemporaryFolder.remove(root) }
        let harness = ServerHarness(positionEncodings: [encoding])
        // `typ` starts after `😀` (2 UTF-16 units, 1 scalar) and `ö`, `å` (1 each).
        let text = "iop-lint: 1\nparties: [{ name: \"Förening 😀 Åby\", typ: x }]\n"
        let diagnostics = harness.open(root.appendingPathComponent("b.yaml").absoluteString, text)
        let range = try #require(diagnostics.first?["range"])
        #expect(range["start"] == ServerHarness.position(1, column))
        #expect(range["end"] == ServerHarness.position(1, column + 3))
    }

    @Test func editsAreLintedAndClosingClears() throws {
        let root = try ServerHarness.folder([".iop-lint.yml": "packs: [format]\n"])
        defer { TemporaryFolder.remove(root) }
        let uri = root.appendingPathComponent("c.yaml").absoluteString
        let harness = ServerHarness()
        #expect(harness.open(uri, "iop-lint: 1\ntitel: 😀 Läxhjälp\n").count == 1)
        let change: JSONValue = .object([
            "textDocument": .object(["uri": .string(uri), "version": 2]),
            "contentChanges": .array([
                .object([
                    "range": .object(["start": ServerHarness.position(1, 0), "end": ServerHarness.position(1, 5)]),
                    "text": "title",
                ])
            ]),
        ])
        let out = harness.notify("textDocument/didChange", change)
        #expect(out.last?["params"]?["version"] == 2)
        #expect(ServerHarness.diagnostics(in: out, uri: uri).isEmpty)
        let closed = harness.notify("textDocument/didClose", .object(["textDocument": .object(["uri": .string(uri)])]))
        #expect(closed.last?["params"]?["diagnostics"] == .array([]))
    }

    @Test func aBadConfigurationIsShownAtTheStartOfTheDocument() throws {
        let root = try ServerHarness.folder([".iop-lint.yml": "packs: [fromat]\n"])
        defer { TemporaryFolder.remove(root) }
        let diagnostics = ServerHarness().open(root.appendingPathComponent("d.yaml").absoluteString, "iop-lint: 1\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["range"]?["start"] == ServerHarness.position(0, 0))
        #expect(diagnostics.first?["message"]?.string?.contains("did you mean `format`?") == true)
    }

    @Test func savingReadsTheConfigurationAgain() throws {
        let root = try ServerHarness.folder([".iop-lint.yml": "packs: [format]\n"])
        defer { TemporaryFolder.remove(root) }
        let uri = root.appendingPathComponent("e.yaml").absoluteString
        let harness = ServerHarness()
        #expect(harness.open(uri, "iop-lint: 1\ntitel: x\n").first?["severity"] == 2)
        try Data("packs: [format]\nseverity: { format/unknown-key: error }\n".utf8).write(
            to: root.appendingPathComponent(".iop-lint.yml"))
        let out = harness.notify(
            "textDocument/didSave",
            .object([
                "textDocument": .object(["uri": .string(root.appendingPathComponent(".iop-lint.yml").absoluteString)])
            ]))
        #expect(ServerHarness.diagnostics(in: out, uri: uri).first?["severity"] == 1)
    }

    @Test func anIgnoredFileHasNoDiagnostics() throws {
        let root = try ServerHarness.folder([".iop-lint.yml": "packs: [format]\nignore: [\"old/**\"]\n"])
        defer { TemporaryFolder.remove(root) }
        let diagnostics = ServerHarness().open(root.appendingPathComponent("old/f.yaml").absoluteString, "titel: x\n")
        #expect(diagnostics.isEmpty)
    }
}
