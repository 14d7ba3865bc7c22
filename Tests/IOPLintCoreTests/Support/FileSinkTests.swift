import Foundation
import TestSupport
import Testing

@testable import IOPLintCore

@Suite struct FileSinkTests {
    /// Text goes out as its UTF-8, byte for byte, whatever it holds: empty pieces, letters beyond
    /// ASCII, a scalar of four bytes, and a piece too long to be stored inside the string.
    @Test func textIsWrittenAsItsUTF8() throws {
        let folder = try TemporaryFolder.make("iop-lint-sink")
        defer { TemporaryFolder.remove(folder) }
        let path = folder.appendingPathComponent("report.txt").path
        let pieces = ["", "a", "Överenskommelsen åtar sig 💶\n", String(repeating: "idéburet ", count: 500), ""]
        let sink = try FileSink(path: path)
        for piece in pieces { try sink.write(piece) }
        try sink.commit()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(pieces.joined().utf8))
    }
}
