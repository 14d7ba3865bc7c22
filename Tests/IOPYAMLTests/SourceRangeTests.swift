import IOPYAML
import Testing

@Suite struct SourceRangeTests {
    private let first = SourcePosition(line: 1, column: 4, offset: 3)
    private let later = SourcePosition(line: 3, column: 2, offset: 20)

    @Test func aRangeIsPrintedAsStartDashEnd() {
        #expect(SourceRange(start: first, end: later).description == "1:4-3:2")
    }

    @Test func anEndBeforeTheStartIsMovedToTheStart() {
        let range = SourceRange(start: later, end: first)
        #expect(range.start == later)
        #expect(range.end == later)
    }

    @Test func anEmptyRangeStartsAndEndsAtItsPosition() {
        #expect(SourceRange(at: first) == SourceRange(start: first, end: first))
    }

    @Test func rangesOrderByStartThenEnd() {
        let short = SourceRange(start: first, end: first)
        let long = SourceRange(start: first, end: later)
        let next = SourceRange(at: later)
        #expect([next, long, short].sorted() == [short, long, next])
    }
}
