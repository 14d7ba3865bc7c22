import Foundation
import Testing

@testable import IOPLintCore

@Suite struct ByteStoreTests {
    /// Bytes written past the first allocation, a byte, a run and a number at a time, come out
    /// whole and in order, as data and as text.
    @Test func growingKeepsEveryByteWritten() {
        var store = ByteStore(capacity: 16)
        var expected: [UInt8] = []
        for round in 0..<5_000 {
            store.append(UInt8(ascii: "a") + UInt8(round % 26))
            expected.append(UInt8(ascii: "a") + UInt8(round % 26))
            let run = Array("å, \(round);".utf8)
            run.withUnsafeBufferPointer { store.append($0) }
            expected += run
            store.appendDecimal(UInt(round))
            expected += Array(String(round).utf8)
        }
        var copy = ByteStore(capacity: 1)
        expected.withUnsafeBufferPointer { copy.append($0) }
        #expect(store.takeData() == Data(expected))
        #expect(copy.text() == String(decoding: expected, as: UTF8.self))
    }
}
