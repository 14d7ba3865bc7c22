import Testing

@testable import IOPLintServer

@Suite struct MessageFramerTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func bodiesComeOutWholeWhateverTheChunks() throws {
        let stream = MessageFramer.frame(bytes("{\"a\":\"å😀\"}")) + MessageFramer.frame(bytes("{}"))
        for chunkSize in [1, 2, 7, stream.count] {
            var framer = MessageFramer()
            var bodies: [[UInt8]] = []
            var index = 0
            while index < stream.count {
                framer.append(stream[index..<min(index + chunkSize, stream.count)])
                index += chunkSize
                while let body = try framer.next() { bodies.append(body) }
            }
            #expect(bodies == [bytes("{\"a\":\"å😀\"}"), bytes("{}")])
            #expect(framer.isEmpty)
        }
    }

    @Test func lengthCountsBytesNotCharacters() {
        #expect(MessageFramer.frame(bytes("\"å😀\"")).prefix(18) == ArraySlice(bytes("Content-Length: 8\r")))
    }

    @Test func headerNamesAreCaseInsensitiveAndContentTypeIsAccepted() throws {
        var framer = MessageFramer()
        framer.append(bytes("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}"))
        #expect(try framer.next() == bytes("{}"))
    }

    @Test func aHeaderWithoutLengthIsSkippedAndReadingGoesOn() throws {
        var framer = MessageFramer()
        framer.append(bytes("Content-Type: x\r\n\r\n") + MessageFramer.frame(bytes("{}")))
        #expect(throws: MessageFramer.Failure.missingContentLength(header: "Content-Type: x")) { try framer.next() }
        #expect(try framer.next() == bytes("{}"))
    }

    @Test(arguments: ["Content-Length: -3", "Content-Length: 3x", "Content-Length:"])
    func aLengthThatIsNoNumberIsRejected(header: String) {
        var framer = MessageFramer()
        framer.append(bytes(header + "\r\n\r\n"))
        #expect(throws: MessageFramer.Failure.self) { try framer.next() }
    }

    @Test func anOverlongBodyIsRefusedBeforeItIsRead() {
        var framer = MessageFramer(maximumLength: 10)
        framer.append(bytes("Content-Length: 11\r\n\r\n"))
        #expect(throws: MessageFramer.Failure.tooLong(11)) { try framer.next() }
    }

    @Test func anIncompleteBodyWaitsForMore() throws {
        var framer = MessageFramer()
        framer.append(bytes("Content-Length: 4\r\n\r\n{}"))
        #expect(try framer.next() == nil)
        framer.append(bytes("  "))
        #expect(try framer.next() == bytes("{}  "))
    }
}
