import Foundation
import TestSupport
import Testing

/// `iop-lint lsp` against the built binary: standard output holds protocol messages only, broken
/// input gets errors, and the exit code follows `shutdown`/`exit`.
@Suite struct LSPCommandTests {
    static func frame(_ json: String) -> String {
        "Content-Length: \(json.utf8.count)\r\n\r\n\(json)"
    }

    static let initialize = frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#)

    /// The bodies of the frames of `output`; fails when anything else is there.
    static func bodies(_ output: String) throws -> [[String: Any]] {
        var rest = Substring(output)
        var bodies: [[String: Any]] = []
        while !rest.isEmpty {
            let header = try #require(rest.range(of: "\r\n\r\n"), "not a frame: \(rest.prefix(80))")
            let field = rest[..<header.lowerBound]
            try #require(field.hasPrefix("Content-Length: "), "not a header: \(field)")
            let length = try #require(Int(field.dropFirst("Content-Length: ".count)))
            let bodyBytes = Array(rest[header.upperBound...].utf8.prefix(length))
            let body = try #require(JSONSerialization.jsonObject(with: Data(bodyBytes)) as? [String: Any])
            bodies.append(body)
            rest = Substring(String(decoding: rest[header.upperBound...].utf8.dropFirst(length), as: UTF8.self))
        }
        return bodies
    }

    @Test func aSessionWritesOnlyFramesAndExitsZeroAfterShutdown() throws {
        let folder = try CLIRunner.folder([:])
        defer { TemporaryFolder.remove(folder) }
        let uri = folder.appendingPathComponent("a.yaml").absoluteString
        let input = [
            Self.initialize,
            "Content-Length: 9\r\n\r\n{broken!}",
            "X-Nothing: 1\r\n\r\n",
            Self.frame(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#),
            Self.frame(
                #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"yaml","version":1,"text":"iop-lint: 1\ntitel: Läxhjälp\n"}}}"#
            ),
            Self.frame(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#),
            Self.frame(#"{"jsonrpc":"2.0","method":"exit"}"#),
        ].joined()
        let outcome = try CLIRunner.run(["lsp"], in: folder, stdin: input)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let bodies = try Self.bodies(outcome.stdout)
        #expect(bodies.count == 5)
        #expect((bodies[0]["result"] as? [String: Any])?["capabilities"] != nil)
        #expect((bodies[1]["error"] as? [String: Any])?["code"] as? Int == -32700)
        #expect((bodies[2]["error"] as? [String: Any])?["code"] as? Int == -32700)
        let diagnostics = (bodies[3]["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.first?["code"] as? String == "format/unknown-key")
        #expect(bodies[4]["id"] as? Int == 2)
    }

    @Test func theEndOfInputWithoutShutdownExitsOne() throws {
        let outcome = try CLIRunner.run(["lsp"], stdin: Self.initialize)
        #expect(outcome.status == 1)
        #expect(try Self.bodies(outcome.stdout).count == 1)
    }
}
