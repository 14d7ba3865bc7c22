import Testing

@testable import IOPLintCore

@Suite struct IntegerTextTests {
    private func readAll(_ text: String) -> [Int?] {
        IntegerText.read(text) { reader in
            var values: [Int?] = []
            while !reader.isAtEnd { values.append(reader.read()) }
            return values
        }
    }

    @Test func integersReadBackAsWritten() {
        let values = [0, 1, 31, 32, 33, 1023, 1024, 0x10FFFF, Int(Int32.max)] + (0..<500).map { $0 * 7919 % 100_003 }
        var writer = IntegerText.Writer()
        for value in values { writer.write(value) }
        #expect(readAll(writer.text) == values)
    }

    @Test func smallIntegersTakeOneCharacterEach() {
        var writer = IntegerText.Writer()
        for value in 0..<32 { writer.write(value) }
        #expect(writer.bytes.count == 32)
        writer.write(32)
        #expect(writer.bytes.count == 34)
        #expect(writer.text.allSatisfy { ("0"..."o").contains($0) })
    }

    @Test func wrappedIntegersAreWrittenInLinesAndReadAsWritten() {
        let values = Array(0..<300)
        var writer = IntegerText.Writer()
        for value in values {
            writer.write(value)
            writer.wrap(at: 10)
        }
        let lines = writer.text.split(separator: "\n")
        #expect(lines.count > 1)
        // A line ends once it holds ten characters: at most ten, plus one integer of two.
        #expect(lines.allSatisfy { $0.count <= 11 })
        #expect(readAll(writer.text) == values)
    }

    @Test func aTextCutShortOrOutOfRangeReadsNothing() {
        // "P" (32 from "0") says more follows; "p" is past the last character.
        #expect(readAll("P") == [nil])
        #expect(readAll("1p") == [1, nil])
        #expect(readAll(" ") == [nil])
        // Seven characters of five bits pass an Int32.
        #expect(readAll("ooooooo1") == [nil])
    }
}
