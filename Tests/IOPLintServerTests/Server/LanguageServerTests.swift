import Foundation
import Testing

@testable import IOPLintServer

/// The protocol's life cycle and its errors: the server answers everything and never stops on
/// bad input.
@Suite struct LanguageServerTests {
    @Test func utf32IsChosenWhenTheClientOffersIt() {
        let server = LanguageServer(options: .init()) { _ in }
        let result = server.initialize(
            try! JSONValue.object([
                "capabilities": .object(["general": .object(["positionEncodings": ["utf-8", "utf-32", "utf-16"]])])
            ]).decode(
                ClientParams.Initialize.self))
        #expect(result.capabilities.positionEncoding == .utf32)
        #expect(PositionEncoding.negotiate(offered: ["utf-8", "utf-16"]) == .utf16)
        #expect(PositionEncoding.negotiate(offered: nil) == .utf16)
    }

    @Test func initializeAnswersCapabilitiesAndTheNegotiatedEncoding() {
        var sent: [JSONValue] = []
        let server = LanguageServer(options: .init()) { sent.append(Self.decoded($0)) }
        server.receive([
            Array(
                #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{"general":{"positionEncodings":["utf-32"]}}}}"#
                    .utf8)
        ])
        let capabilities = sent.first?["result"]?["capabilities"]
        #expect(capabilities?["positionEncoding"] == "utf-32")
        #expect(capabilities?["textDocumentSync"]?["change"] == 2)
        #expect(capabilities?["hoverProvider"] == .bool(true))
        #expect(capabilities?["codeActionProvider"]?["codeActionKinds"] == .array(["quickfix"]))
        #expect(sent.first?["result"]?["serverInfo"]?["name"] == "iop-lint")
    }

    @Test func requestsBeforeInitializeAreRefused() {
        var sent: [JSONValue] = []
        let server = LanguageServer(options: .init()) { sent.append(Self.decoded($0)) }
        server.receive([Array(#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}"#.utf8)])
        #expect(sent.first?["error"]?["code"] == .int(-32002))
        #expect(sent.first?["id"] == 1)
    }

    @Test func brokenAndUnknownMessagesGetErrorsAndTheServerGoesOn() {
        let harness = ServerHarness()
        let out = harness.receive([
            "{not json", "[]", #"{"jsonrpc":"2.0","id":7,"method":"workspace/symbol","params":{}}"#,
            #"{"jsonrpc":"2.0","id":8,"method":"textDocument/hover","params":{"textDocument":1}}"#,
            #"{"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"off"}}"#,
        ])
        #expect(out.map { $0["error"]?["code"] } == [.int(-32700), .int(-32600), .int(-32601), .int(-32602)])
        #expect(out[0]["id"] == .null)
        #expect(out[2]["id"] == 7)
        let hover = harness.request(
            "textDocument/hover",
            .object([
                "textDocument": .object(["uri": "file:///nowhere.yaml"]), "position": ServerHarness.position(0, 0),
            ]))
        #expect(hover["result"] == .null)
        #expect(hover["error"] == nil)
    }

    @Test func aRequestCancelledInTheSameBatchIsAnsweredAsCancelled() {
        let harness = ServerHarness()
        let out = harness.receive([
            #"{"jsonrpc":"2.0","id":5,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///a.yaml"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"context":{"diagnostics":[]}}}"#,
            #"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":5}}"#,
        ])
        #expect(out.count == 1)
        #expect(out.first?["id"] == 5)
        #expect(out.first?["error"]?["code"] == .int(-32800))
    }

    @Test func shutdownThenExitExitsZero() {
        let harness = ServerHarness()
        #expect(harness.request("shutdown", .null)["result"] == .null)
        #expect(harness.request("textDocument/hover", .object([:]))["error"]?["code"] == .int(-32600))
        harness.notify("exit", .null)
        #expect(harness.server.exitCode == 0)
    }

    @Test func exitWithoutShutdownExitsOne() {
        let harness = ServerHarness()
        harness.notify("exit", .null)
        #expect(harness.server.exitCode == 1)
    }

    static func decoded(_ message: OutgoingMessage) -> JSONValue {
        try! JSONDecoder().decode(JSONValue.self, from: Data(message.json()))
    }
}
