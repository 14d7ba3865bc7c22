import Testing

@testable import IOPLintServer

@Suite struct IncomingMessageTests {
    private func read(_ text: String) throws(ProtocolViolation) -> IncomingMessage {
        try IncomingMessage(body: Array(text.utf8))
    }

    @Test func requestsNotificationsAndResponsesAreTold() throws {
        #expect(try read(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#).kind == .request(.number(3)))
        #expect(try read(#"{"jsonrpc":"2.0","id":"a","method":"x","params":{}}"#).kind == .request(.string("a")))
        #expect(try read(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#).kind == .notification)
        #expect(try read(#"{"jsonrpc":"2.0","id":1,"result":null}"#).kind == .response)
    }

    @Test(arguments: [
        (#"{"jsonrpc":"2.0","id":1"#, -32700), ("[1,2]", -32600), (#"{"id":1,"method":"x"}"#, -32600),
        (#"{"jsonrpc":"2.0","id":1,"method":7}"#, -32600), (#"{"jsonrpc":"2.0","id":[1],"method":"x"}"#, -32600),
        (#"{"jsonrpc":"2.0","id":null,"method":"x"}"#, -32600),
    ])
    func brokenMessagesAreTheRightError(text: String, code: Int) {
        #expect(throws: ProtocolViolation.self) { try read(text) }
        do {
            _ = try read(text)
        } catch {
            #expect(error.error.code == code)
        }
    }

    @Test func theIDOfAnInvalidRequestIsKeptWhenItCanBeRead() {
        do {
            _ = try read(#"{"jsonrpc":"1.0","id":9,"method":"x"}"#)
            Issue.record("accepted")
        } catch {
            #expect(error.id == .number(9))
        }
    }

    @Test func paramsOfTheWrongShapeAreInvalidParams() throws {
        let message = try read(#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"position":1}}"#)
        #expect(throws: ResponseError.self) { try message.params(ClientParams.AtPosition.self) }
        do {
            _ = try message.params(ClientParams.AtPosition.self)
        } catch {
            #expect(error.code == -32602)
        }
    }
}
