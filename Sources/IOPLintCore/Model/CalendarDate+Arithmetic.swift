extension CalendarDate {
    /// The date `months` later (or earlier, when negative); a day past the end of the target
    /// month becomes its last day (31 January + 1 month = 28 or 29 February).
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
        return CalendarDate(year: newYear, month: newMonth, day: newDay)!
    }

    /// The date `days` later (or earlier, when negative).
    public func adding(days: Int) -> CalendarDate {
        var date = self
        var remaining = days
        while remaining > 0 {
            let left = CalendarDate.daysIn(month: date.month, year: date.year) - date.day
            if remaining <= left { date.day += remaining; return date }
            remaining -= left + 1
            date =
                date.month == 12
                ? CalendarDate(year: date.year + 1, month: 1, day: 1)!
                : CalendarDate(year: date.year, month: date.month + 1, day: 1)!
        }
        while remaining < 0 {
            if date.day + remaining >= 1 { date.day += remaining; return date }
            remaining += date.day
            let previous = date.month == 1 ? (date.year - 1, 12) : (date.year, date.month - 1)
            date = CalendarDate(
                year: previous.0, month: previous.1, day: CalendarDate.daysIn(month: previous.1, year: previous.0))!
        }
        return date
    }
}
