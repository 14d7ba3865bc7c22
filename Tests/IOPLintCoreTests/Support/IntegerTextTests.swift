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

    private func column(_ text: String, count: Int) -> [UInt32]? {
        IntegerText.read(text) { reader in
            let column = reader.readColumn(count: count)
            return reader.isAtEnd ? column : nil
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

    @Test func columnsReadBackAsWrittenWithTheWidthOfTheirLargest() {
        for values in [[], [0], [63, 1, 0], [64, 0], [0x10FFFF, 7, 0], [(1 << 30) - 1, 3]] {
            var writer = IntegerText.Writer()
            writer.write(column: values)
            #expect(column(writer.text, count: values.count) == values.map { UInt32($0) })
            let width = values.map { value in (1...5).first { value >> (6 * $0) == 0 }! }.max() ?? 1
            // The width, the integers, a line break.
            #expect(writer.bytes.count == width * values.count + 2)
            #expect(writer.bytes.first == UInt8(ascii: "0") + UInt8(width))
        }
    }

    @Test func aColumnOfCountsReadsAsWhereEachRunStarts() {
        var writer = IntegerText.Writer()
        writer.write(column: [2, 0, 3, 1])
        #expect(IntegerText.read(writer.text) { $0.readStarts(count: 4) } == [0, 2, 2, 5, 6])
        writer = IntegerText.Writer()
        writer.write(column: [(1 << 30) - 1, (1 << 30) - 1, 2])
        #expect(IntegerText.read(writer.text) { $0.readStarts(count: 3) } == nil)
    }

    @Test func countsBetweenStartsReadBackAsTheStarts() {
        let starts: [Int32] = [0, 2, 2, 5, 6]
        var writer = IntegerText.Writer()
        writer.write(countsBetween: starts)
        #expect(IntegerText.read(writer.text) { $0.readStarts(count: 4) } == starts)
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

    @Test func columnsAndIntegersMixOnLines() {
        var writer = IntegerText.Writer()
        writer.write(5)
        writer.write(column: [1, 2, 3])
        writer.write(700)
        writer.write(column: [4096])
        #expect(writer.text.split(separator: "\n").count == 4)
        let read = IntegerText.read(writer.text) { reader in
            (reader.read(), reader.readColumn(count: 3), reader.read(), reader.readColumn(count: 1), reader.isAtEnd)
        }
        #expect(read.0 == 5 && read.1 == [1, 2, 3] && read.2 == 700 && read.3 == [4096] && read.4)
    }

    @Test func aTextCutShortOrOutOfRangeReadsNothing() {
        // "P" (32 from "0") says more follows; "p" is past the last character.
        #expect(readAll("P") == [nil])
        #expect(readAll("1p") == [1, nil])
        #expect(readAll(" ") == [nil])
        // Seven characters of five bits pass an Int32.
        #expect(readAll("ooooooo1") == [nil])
        // A column of width 2 with three integers needs six characters.
        #expect(column("2\n00000", count: 3) == nil)
        #expect(column("2\n000000", count: 3) == [0, 0, 0])
        #expect(column("2\n00p000", count: 3) == nil)
        #expect(column("2\n00 000", count: 3) == nil)
        // Widths run from one to five.
        #expect(column("0\n", count: 0) == nil)
        #expect(column("6\n000000", count: 1) == nil)
    }
}
