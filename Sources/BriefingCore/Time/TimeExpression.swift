/// A temporal expression as written, before it is placed on the calendar.
public enum TimeExpression: Sendable, Equatable {
    /// Fully given: `2024/11/1`, `June 2024`, `fall 2022`, `in 2013`, `the 1990s`.
    case absolute(DateRange)
    /// Month and day without a year: `October 28th`, `Nov. 21`.
    case monthDay(month: Int, day: Int)
    /// A month without a year: `in June`, `since August`, `this past June`.
    case month(Int)
    /// A season without a year: `in the summer`.
    case season(Int) // 0 spring, 1 summer, 2 fall, 3 winter
    /// A weekday: `on Monday`; `weeksBack` 1 for `Friday of last week`.
    case weekday(Int, weeksBack: Int)
    /// `yesterday` (-1), `today`, `this morning` (0), `tomorrow` (1), `last night` (-1).
    case relativeDay(Int)
    /// `last week` (-1), `this week` (0), `next week` (1).
    case relativeWeek(Int)
    /// `in the last week`, `the past few weeks`: the days up to the anchor.
    case pastDays(Int)
    case relativeMonth(Int)
    case relativeYear(Int)
    /// `late last year` (offset -1, part 2), `early this year` (0, part 0).
    case partOfYear(offset: Int, part: Int)
    /// `the weekend`, `weekend battles`, `last weekend`.
    case weekend(Int)
    /// `months ago`, `three weeks ago`: unit in days, count (nil for "some").
    case ago(unitDays: Int, count: Int?)
    /// `next decade`, `the coming decade`.
    case nextDecade
    /// `in the coming weeks`, `in the months ahead`.
    case comingDays(Int)
    /// A quarter (1…4) or half (`quarters` 2: 1…2) of a year given by tense, or `yearOffset` years from the
    /// anchor's: `the third quarter`, `this year's first half` (0), `next year's first quarter` (1).
    case partOfYearNumbered(Int, of: Int, yearOffset: Int?)
    /// `the first week of December` (1), `the last week of May` (5), with the year when given.
    case weekOfMonth(Int, month: Int, year: Int?)
    /// `this quarter`, `the current quarter` (0), `last quarter` (-1), `next quarter` (1).
    case relativeQuarter(Int)
    /// `the quarter`, `the latest quarter`: the quarter last spoken of, else the last one completed; with a year,
    /// that quarter in the year (`the 1988 quarter`).
    case reportedQuarter(year: Int?)
    /// Told from the date the text last gave: `a year earlier` (year, -1, keeping that date's granularity),
    /// `the year-ago quarter` (year, -1, as a quarter), `the following month` (month, 1), `that year` (year, 0).
    case anaphoric(CalendarUnit, Int, as: CalendarUnit?)

    /// Expressions that place things relative to when the words were said or written.
    public var isDeictic: Bool {
        switch self {
        case .absolute, .monthDay, .month, .season, .anaphoric, .weekOfMonth: return false
        default: return true
        }
    }
}

/// A unit of the calendar, for expressions told from another date.
public enum CalendarUnit: Sendable, Equatable {
    case day, week, month, quarter, year
}

/// A temporal expression found in a sentence.
public struct TimeMention: Sendable, Equatable {
    public var span: TextSpan
    public var text: String
    public var expression: TimeExpression
    /// Its clause speaks of the future ("will", "come Jan. 20", "is scheduled to").
    public var future: Bool
    /// Whether anything in the sentence says which way it looks (else a date without a year is the nearest).
    public var tenseKnown: Bool = true
}
