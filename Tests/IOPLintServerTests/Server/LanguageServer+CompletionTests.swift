import Foundation
import Testing

@testable import IOPLintServer

/// Completion and hover from the description of the format.
@Suite struct LanguageServerCompletionTests {
    private static func open(_ text: String, lang: String = "en") throws -> (ServerHarness, String) {
        let root = try ServerHarness.folder([".iop-lint.yml": "packs: [format]\nlang: \(lang)\n"])
        let uri = root.appendingPathComponent("a.yaml").absoluteString
        let harness = ServerHarness(owning: root)
        _ = harness.open(uri, text)
        return (harness, uri)
    }

    private static func complete(_ harness: ServerHarness, _ uri: String, _ line: Int, _ character: Int) -> [JSONValue]
    {
        harness.request(
            "textDocument/completion",
            .object([
                "textDocument": .object(["uri": .string(uri)]), "position": ServerHarness.position(line, character),
            ])
        )["result"]?.array ?? []
    }

    private static func hover(_ harness: ServerHarness, _ uri: String, _ line: Int, _ character: Int) -> String? {
        harness.request(
            "textDocument/hover",
            .object([
                "textDocument": .object(["uri": .string(uri)]), "position": ServerHarness.position(line, character),
            ])
        )["result"]?["contents"]?["value"]?.string
    }

    @Test func keysOfTheMapAtTheCursorLessThoseWritten() throws {
        let (harness, uri) = try Self.open("iop-lint: 1\ntitle: Läxhjälp 😀\nparties:\n  - id: a\n    ma")
        let items = Self.complete(harness, uri, 4, 6)
        let labels = items.compactMap { $0["label"]?.string }
        #expect(labels.contains("mandate"))
        #expect(labels.contains("name"))
        #expect(!labels.contains("id"), "already written")
        #expect(!labels.contains("title"), "a top-level key")
        let mandate = try #require(items.first { $0["label"] == "mandate" })
        #expect(mandate["textEdit"]?["newText"] == "mandate:\n      ")
        #expect(mandate["textEdit"]?["range"]?["start"] == ServerHarness.position(4, 4))
        // At the start of `title`, the keys written below the cursor count too, but not `title` itself.
        let top = Self.complete(harness, uri, 1, 0).compactMap { $0["label"]?.string }
        #expect(top.contains("kind") && top.contains("title") && !top.contains("iop-lint") && !top.contains("parties"))
    }

    @Test func valuesOfAnEnumerationWithTheirMeaningInTheConfiguredLanguage() throws {
        let (harness, uri) = try Self.open("iop-lint: 1\nkind: \n", lang: "sv")
        let items = Self.complete(harness, uri, 1, 6)
        #expect(items.map { $0["label"] } == ["iop", "overenskommelse", "kommunalt-partnerskap", "samverkan"])
        #expect(items.first?["detail"] == "Idéburet offentligt partnerskap.")
        #expect(items.first?["kind"] == 20)
    }

    @Test func partyIDsWhereAPartyReferenceIsExpectedEvenWhileTheTextIsBroken() throws {
        let text = "iop-lint: 1\nparties:\n  - id: hela-manniskan\n  - id: huddinge-kommun\ncommitments:\n  - party: \n"
        let (harness, uri) = try Self.open(text)
        #expect(Self.complete(harness, uri, 5, 11).map { $0["label"] } == ["hela-manniskan", "huddinge-kommun"])
        // A half-typed flow list: the text no longer parses; the ids of the last parse are offered.
        let broken = text + "problem:\n  agreed-by: [hela-manniskan, hu"
        _ = harness.notify(
            "textDocument/didChange",
            .object([
                "textDocument": .object(["uri": .string(uri), "version": 2]),
                "contentChanges": .array([.object(["text": .string(broken)])]),
            ]))
        let items = Self.complete(harness, uri, 7, 32)
        #expect(items.map { $0["label"] } == ["hela-manniskan", "huddinge-kommun"])
        #expect(items.first?["textEdit"]?["range"]?["start"] == ServerHarness.position(7, 30))
    }

    @Test func hoverOnAKeyShowsItsReferenceEntry() throws {
        let (harness, uri) = try Self.open("iop-lint: 1\nparties:\n  - id: a\n    mandate: { level: highest }\n")
        let key = try #require(Self.hover(harness, uri, 3, 6))
        #expect(key.contains("**`parties[].mandate`**"))
        let value = try #require(Self.hover(harness, uri, 3, 24))
        #expect(value.hasPrefix("`highest`: Decided by the party's highest decision-making body."))
        #expect(value.contains("`delegated`"))
        #expect(Self.hover(harness, uri, 0, 20) == nil, "past the end of a line")
    }
}
