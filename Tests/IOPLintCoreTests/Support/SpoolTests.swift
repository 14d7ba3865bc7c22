import Testing

@testable import IOPLintCore

struct SpoolTests {
    @Test func whatIsAppendedComesBackInOrderAlsoPastTheMemoryLimit() throws {
        let spool = Spool()
        // Lines of two-byte characters, so that a cut in the middle of one would show.
        let lines = (0..<40_000).map { "rad \($0): Människan i Flemingsberg åäö\n" }
        for line in lines { try spool.append(line) }
        #expect(lines.joined().utf8.count > Spool.memoryLimit)
        let sink = StringSink()
        try spool.drain(into: sink)
        #expect(sink.text == lines.joined())
        #expect(spool.isEmpty)
        let again = StringSink()
        try spool.drain(into: again)
        #expect(again.text.isEmpty)
    }
}
