import Foundation
import TestSupport
import Testing

@testable import IOPLintServer

/// Random edits and requests at random places, in both encodings: every request is answered and
/// every edit is linted, whatever state the text is left in.
@Suite struct LanguageServerRobustnessTests {
    /// A small deterministic generator (SplitMix64), so that a failure can be replayed.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let pieces = [
        "x", "\n", "  ", "- ", ": ", "{", "}", "[", "]", ",", "\"", "#", "|", "å", "😀", "\r\n", "kind: ",
        "parties:\n  - id: a\n", "party: ", "\u{2028}", "---\n", "titel", "&a ", "*a",
    ]

    @Test(arguments: ["utf-16", "utf-32"])
    func randomEditsAndRequestsAreAllAnswered(encoding: String) throws {
        let root = try ServerHarness.folder([".iop-lint.yml": "packs: [format]\n"])
        defer { TemporaryFolder.remove(root) }
        let uri = root.appendingPathComponent("fuzz.yaml").absoluteString
        let harness = ServerHarness(positionEncodings: [encoding])
        _ = harness.open(uri, "iop-lint: 1\ntitle: Läxhjälp 😀\nparties:\n  - id: hela-manniskan\n")
        var random = Random(state: encoding == "utf-16" ? 16 : 32)
        for version in 2...60 {
            let line = random.next(8)
            let position = ServerHarness.position(line, random.next(30))
            let end = ServerHarness.position(line + random.next(2), random.next(30))
            let out = harness.notify(
                "textDocument/didChange",
                .object([
                    "textDocument": .object(["uri": .string(uri), "version": .int(version)]),
                    "contentChanges": .array([
                        .object([
                            "range": .object(["start": position, "end": end]),
                            "text": .string(Self.pieces[random.next(Self.pieces.count)]),
                        ])
                    ]),
                ]))
            #expect(out.last?["params"]?["version"] == .int(version))
            let at: JSONValue = .object(["textDocument": .object(["uri": .string(uri)]), "position": position])
            for method in ["textDocument/completion", "textDocument/hover"] {
                let response = harness.request(method, at)
                #expect(response["error"] == nil, "\(method): \(response)")
            }
            let actions = harness.request(
                "textDocument/codeAction",
                .object([
                    "textDocument": .object(["uri": .string(uri)]), "range": .object(["start": position, "end": end]),
                    "context": .object(["diagnostics": []]),
                ]))
            #expect(actions["result"]?.array != nil)
        }
    }
}
