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
}
