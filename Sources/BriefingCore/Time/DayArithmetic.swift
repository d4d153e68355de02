/// Calendar arithmetic on `Day`: ordinal days, weekdays, months, seasons (proleptic Gregorian).
extension Day {
    /// Days since 0001-01-01 (that day is 0).
    public var ordinal: Int {
        let y = year - 1
        var n = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { n += Day.daysIn(month: m, year: year) }
        return n + day - 1
    }

    public init(ordinal: Int) {
        var y = ordinal / 366 + 1
        while Day(year: y + 1, month: 1, day: 1)!.ordinal <= ordinal { y += 1 }
        var rest = ordinal - Day(year: y, month: 1, day: 1)!.ordinal
        var m = 1
        while rest >= Day.daysIn(month: m, year: y) { rest -= Day.daysIn(month: m, year: y); m += 1 }
        self = Day(year: y, month: m, day: rest + 1)!
    }

    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int { (ordinal % 7) + 1 }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    public func adding(months: Int) -> Day {
        let total = (year * 12 + month - 1) + months
        let y = total / 12, m = total % 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
    }

    public var startOfMonth: Day { Day(year: year, month: month, day: 1)! }
    public var endOfMonth: Day { Day(year: year, month: month, day: Day.daysIn(month: month, year: year))! }
    /// The Monday of this day's week.
    public var startOfWeek: Day { adding(days: -(weekday - 1)) }

    public static func month(_ year: Int, _ month: Int) -> DateRange {
        let s = Day(year: year, month: month, day: 1)!
        return DateRange(s, s.endOfMonth, .month)
    }

    public static func year(_ y: Int) -> DateRange {
        DateRange(Day(year: y, month: 1, day: 1)!, Day(year: y, month: 12, day: 31)!, .year)
    }
}
