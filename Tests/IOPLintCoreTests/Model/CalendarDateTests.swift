import Testing

@testable import IOPLintCore

@Suite struct CalendarDateTests {
    @Test(arguments: [(2024, true), (2025, false), (2000, true), (1900, false), (2100, false), (2400, true), (4, true)])
    func leapYearsFollowTheGregorianRule(_ year: Int, _ isLeap: Bool) {
        #expect(CalendarDate.isLeap(year) == isLeap)
        #expect(CalendarDate.daysIn(month: 2, year: year) == (isLeap ? 29 : 28))
        #expect((CalendarDate(year: year, month: 2, day: 29) != nil) == isLeap)
    }

    @Test func monthsHaveTheirLengths() {
        let lengths = (1...12).map { CalendarDate.daysIn(month: $0, year: 2025) }
        #expect(lengths == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    }

    @Test(arguments: ["2025-03-01", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "2025-12-31"])
    func realDateIsParsedAndPrintedBack(_ text: String) throws {
        let date = try #require(CalendarDate(iso: text))
        #expect(date.description == text)
        #expect(CalendarDate.looksLikeDate(text))
    }

    @Test func partsAreRead() throws {
        let date = try #require(CalendarDate(iso: "2028-02-29"))
        #expect([date.year, date.month, date.day] == [2028, 2, 29])
    }

    @Test(arguments: [
        "2025-02-29", "2023-02-29", "1900-02-29", "2025-02-30", "2025-04-31", "2025-06-31", "2025-09-31",
        "2025-11-31", "2025-00-10", "2025-13-01", "2025-01-00", "2025-01-32",
    ])
    func impossibleDateIsRejectedButHasTheShape(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
        #expect(CalendarDate.looksLikeDate(text))
    }

    @Test(arguments: [
        "", "2025-2-1", "2025-02-1", "25-02-01", "2025/02/01", "20250201", "2025-02-01x", " 2025-02-01",
        "2025-02-01 ", "+025-02-01", "-025-02-01", "2025-0a-01", "2025–02–01", "２０２５-02-01", "2025-02-01T00:00",
    ])
    func otherShapesAreRejected(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
        #expect(!CalendarDate.looksLikeDate(text))
    }

    @Test func datesAreOrderedByYearMonthAndDay() {
        let dates = ["2025-03-01", "2024-12-31", "2025-02-28", "2025-03-02"].compactMap { CalendarDate(iso: $0) }
        #expect(dates.sorted().map(\.description) == ["2024-12-31", "2025-02-28", "2025-03-01", "2025-03-02"])
        #expect(CalendarDate(iso: "2025-03-01") == CalendarDate(year: 2025, month: 3, day: 1))
    }

    @Test func smallYearsArePaddedToFourDigits() {
        #expect(CalendarDate(year: 5, month: 1, day: 2)?.description == "0005-01-02")
    }
}
