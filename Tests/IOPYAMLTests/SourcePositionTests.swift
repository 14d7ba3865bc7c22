import Foundation
import IOPYAML
import Testing

@Suite struct SourcePositionTests {
    @Test func theStartIsLineOneColumnOneOffsetZero() {
        #expect(SourcePosition.start == SourcePosition(line: 1, column: 1, offset: 0))
    }

    @Test func aPositionIsPrintedAsLineAndColumn() {
        #expect(SourcePosition(line: 12, column: 7, offset: 200).description == "12:7")
    }

    @Test func positionsOrderByLineThenColumn() {
        let a = SourcePosition(line: 1, column: 9, offset: 8)
        let b = SourcePosition(line: 2, column: 1, offset: 10)
        let c = SourcePosition(line: 2, column: 3, offset: 12)
        #expect([c, a, b].sorted() == [a, b, c])
    }

    @Test func numbersAreReadAsWrittenAndChangedInPlace() {
        var position = SourcePosition(line: 70_000, column: 1_000_001, offset: 16 << 20)
        #expect((position.line, position.column, position.offset) == (70_000, 1_000_001, 16 << 20))
        position.line += 1
        position.column = 1
        position.offset -= 1
        #expect((position.line, position.column, position.offset) == (70_001, 1, (16 << 20) - 1))
    }

    @Test func aNumberBeyondThirtyTwoBitsIsKeptAsTheNearestOneStored() {
        let position = SourcePosition(line: Int.max, column: 5_000_000_000, offset: -5_000_000_000)
        #expect(position.line == Int(Int32.max))
        #expect(position.column == Int(Int32.max))
        #expect(position.offset == Int(Int32.min))
    }

    @Test func aPositionIsEncodedAsLineColumnAndOffset() throws {
        let position = SourcePosition(line: 3, column: 14, offset: 159)
        let json = try JSONEncoder().encode(position)
        let object = try JSONSerialization.jsonObject(with: json) as? [String: Int]
        #expect(object == ["line": 3, "column": 14, "offset": 159])
        #expect(try JSONDecoder().decode(SourcePosition.self, from: json) == position)
    }

    @Test func aPositionIsShownAsLineColumnAndOffset() {
        let children = Mirror(reflecting: SourcePosition(line: 2, column: 7, offset: 30)).children
        #expect(children.map(\.label) == ["line", "column", "offset"])
        #expect(children.map { $0.value as? Int } == [2, 7, 30])
    }
}
