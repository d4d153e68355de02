/// Calendar arithmetic on `Day`: ordinal days, weekdays, months, seasons (proleptic Gregorian).
extension Day {
    /// Days since 0001-01-01 (that day is 0).
    public var ordinal: Int {
        let y = year - 1
        var n = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { n += Day.daysIn(month: m, year: year) }
        return n + day - 1
    }

    /// The first and last days a `Day` can be.
    public static let first = Day(year: 1, month: 1, day: 1)!
    public static let last = Day(year: 9999, month: 12, day: 31)!

    /// The day with this ordinal, saturating at `first` and `last` (arithmetic on dates from the text, such as
    /// "10,000 days before", never leaves the calendar).
    public init(ordinal given: Int) {
        let ordinal = min(max(0, given), 3_652_058) // 9999-12-31
        var y = ordinal / 366 + 1
        while y < 9999, Day(year: y + 1, month: 1, day: 1)!.ordinal <= ordinal { y += 1 }
        var rest = ordinal - Day(year: y, month: 1, day: 1)!.ordinal
        var m = 1
        while rest >= Day.daysIn(month: m, year: y) { rest -= Day.daysIn(month: m, year: y); m += 1 }
        self = Day(year: y, month: m, day: rest + 1)!
    }

    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int { (ordinal % 7) + 1 }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + max(-4_000_000, min(4_000_000, days))) }

    /// The same day `months` later (or earlier), at most the month's last day; saturating at `first` and `last`.
    public func adding(months: Int) -> Day {
        let total = (year * 12 + month - 1) + max(-120_000, min(120_000, months))
        let y = total / 12, m = total % 12 + 1
        if y < 1 { return .first }
        if y > 9999 { return .last }
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
    }

    public var startOfMonth: Day { Day(year: year, month: month, day: 1)! }
    public var endOfMonth: Day { Day(year: year, month: month, day: Day.daysIn(month: month, year: year))! }
    /// The Monday of this day's week.
    public var startOfWeek: Day { adding(days: -(weekday - 1)) }

    /// The month as a range (the year held to 1…9999, the month to 1…12).
    public static func month(_ year: Int, _ month: Int) -> DateRange {
        let s = Day(year: min(9999, max(1, year)), month: min(12, max(1, month)), day: 1)!
        return DateRange(s, s.endOfMonth, .month)
    }

    /// The year as a range (held to 1…9999).
    public static func year(_ given: Int) -> DateRange {
        let y = min(9999, max(1, given))
        return DateRange(Day(year: y, month: 1, day: 1)!, Day(year: y, month: 12, day: 31)!, .year)
    }
}
