import Foundation
import Testing

@testable import IOPLintServer

/// Quick fixes: offered only where they are safe, and applied they remove their finding.
@Suite struct LanguageServerCodeActionsTests {
    private static func setUp(_ text: String) throws -> (ServerHarness, String) {
        let root = try ServerHarness.folder([".iop-lint.yml": "packs: [format]\n"])
        let uri = root.appendingPathComponent("a.yaml").absoluteString
        let harness = ServerHarness(owning: root)
        _ = harness.open(uri, text)
        return (harness, uri)
    }

    private static func actions(_ harness: ServerHarness, _ uri: String, line: Int) -> [JSONValue] {
        harness.request(
            "textDocument/codeAction",
            .object([
                "textDocument": .object(["uri": .string(uri)]),
                "range": .object(["start": ServerHarness.position(line, 0), "end": ServerHarness.position(line, 0)]),
                "context": .object(["diagnostics": []]),
            ]))["result"]?.array ?? []
    }

    /// Applies the action's edit as a client does (a `didChange`) and returns the diagnostics.
    private static func apply(_ action: JSONValue, _ harness: ServerHarness, _ uri: String) -> [JSONValue] {
        let edits = action["edit"]?["changes"]?[uri]?.array ?? []
        let changes = edits.reversed().map { JSONValue.object(["range": $0["range"]!, "text": $0["newText"]!]) }
        let out = harness.notify(
            "textDocument/didChange",
            .object(["textDocument": .object(["uri": .string(uri), "version": 9]), "contentChanges": .array(changes)]))
        return ServerHarness.diagnostics(in: out, uri: uri)
    }

    @Test func anUnknownKeyIsRenamedToItsDidYouMean() throws {
        let (harness, uri) = try Self.setUp("iop-lint: 1\ntitel: Läxhjälp 😀\n")
        let actions = Self.actions(harness, uri, line: 1)
        #expect(
            actions.map { $0["title"] } == [
                "Change `titel` to `title`", "Switch off `format/unknown-key` for this line, with a reason",
            ])
        #expect(actions.first?["isPreferred"] == .bool(true))
        #expect(actions.first?["kind"] == "quickfix")
        #expect(actions.first?["diagnostics"]?.array?.first?["code"] == "format/unknown-key")
        #expect(Self.apply(actions[0], harness, uri).isEmpty)
    }

    @Test func aValueOutsideTheListIsReplacedInsideItsQuotes() throws {
        let (harness, uri) = try Self.setUp("iop-lint: 1\nkind: \"iopp\"\n")
        let fix = try #require(Self.actions(harness, uri, line: 1).first)
        #expect(fix["title"] == "Change `iopp` to `iop`")
        #expect(fix["edit"]?["changes"]?[uri]?.array?.first?["range"]?["start"] == ServerHarness.position(1, 7))
        #expect(Self.apply(fix, harness, uri).isEmpty)
    }

    static let parties =
        "iop-lint: 1\nparties:\n  - id: hela-manniskan\ncommitments:\n  - { party: %@, what: Öppet hus. }\n"

    @Test func aPartyReferenceThatDiffersOnlyByCaseIsFixed() throws {
        let (harness, uri) = try Self.setUp(Self.parties.replacingOccurrences(of: "%@", with: "Hela-Manniskan"))
        let fix = try #require(Self.actions(harness, uri, line: 4).first)
        #expect(fix["title"] == "Change `Hela-Manniskan` to `hela-manniskan`")
        #expect(Self.apply(fix, harness, uri).isEmpty)
    }

    @Test func aMisspeltPartyIsNotGuessed() throws {
        let (harness, uri) = try Self.setUp(Self.parties.replacingOccurrences(of: "%@", with: "hela-manniskor"))
        let titles = Self.actions(harness, uri, line: 4).map { $0["title"] }
        #expect(titles == ["Switch off `format/unknown-party` for this line, with a reason"])
    }

    @Test func switchingOffInsertsAnIndentedCommentAwaitingItsReason() throws {
        let (harness, uri) = try Self.setUp(Self.parties.replacingOccurrences(of: "%@", with: "nobody"))
        let action = try #require(Self.actions(harness, uri, line: 4).last)
        let edit = try #require(action["edit"]?["changes"]?[uri]?.array?.first)
        #expect(edit["newText"] == "  # iop-lint-disable-next-line format/unknown-party -- \n")
        #expect(edit["range"]?["start"] == ServerHarness.position(4, 0))
        // Until a reason is written the comment suppresses nothing, and says so.
        let codes = Self.apply(action, harness, uri).map { $0["code"] }
        #expect(codes.contains("format/unknown-party"))
        #expect(codes.contains("format/unused-suppression"))
    }

    @Test func noSwitchOffIsOfferedWhereACommentCannotGo() throws {
        // A finding inside a block scalar: a comment line there would be text, not a comment.
        let (harness, uri) = try Self.setUp(
            "iop-lint: 1\ntitle: |\n  Läxhjälp\n  \(String(repeating: "x", count: 10))\n")
        #expect(Self.actions(harness, uri, line: 3).isEmpty)
    }

    @Test func hoverOnAFindingExplainsItsRule() throws {
        let (harness, uri) = try Self.setUp("iop-lint: 1\ntitel: Läxhjälp\n")
        let hover = harness.request(
            "textDocument/hover",
            .object(["textDocument": .object(["uri": .string(uri)]), "position": ServerHarness.position(1, 2)]))
        let text = try #require(hover["result"]?["contents"]?["value"]?.string)
        #expect(hover["result"]?["contents"]?["kind"] == "markdown")
        #expect(text.contains("unknown key `titel`"))
        #expect(text.contains("## Why it matters"))
        #expect(text.contains("iop-lint-disable-next-line format/unknown-key"))
        #expect(hover["result"]?["range"]?["start"] == ServerHarness.position(1, 0))
    }
}
