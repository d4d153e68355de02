import BriefingCore
import Testing

/// Calendar arithmetic stays inside the calendar, whatever the text asks ("10,000 years ago" from year 1).
@Suite struct DayArithmeticTests {
    @Test func arithmeticSaturatesAtTheCalendarsEnds() throws {
        let start = try #require(Day(year: 1, month: 1, day: 3))
        #expect(start.adding(days: -10) == Day.first)
        #expect(try #require(Day(year: 9999, month: 12, day: 30)).adding(days: 5) == Day.last)
        #expect(start.adding(days: Int.max / 2) == Day.last && start.adding(days: Int.min / 2) == Day.first)
        #expect(start.adding(months: -13) == Day.first && Day.last.adding(months: 1) == Day.last)
        #expect(Day.year(12_000).earliest == Day(year: 9999, month: 1, day: 1) && Day.month(0, 13).earliest == Day(year: 1, month: 12, day: 1))
        #expect(Day.first.startOfWeek.year == 1)
    }

    @Test func ordinaryArithmeticIsUnchanged() throws {
        let d = try #require(Day(year: 2024, month: 2, day: 28))
        #expect(d.adding(days: 1) == Day(year: 2024, month: 2, day: 29) && d.adding(days: 2) == Day(year: 2024, month: 3, day: 1))
        #expect(Day(ordinal: d.ordinal) == d)
        #expect(try #require(Day(year: 2024, month: 1, day: 31)).adding(months: 1) == Day(year: 2024, month: 2, day: 29))
    }
}
