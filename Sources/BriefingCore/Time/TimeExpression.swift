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

    /// Expressions that place things relative to when the words were said or written.
    public var isDeictic: Bool {
        switch self {
        case .absolute, .monthDay, .month, .season: return false
        default: return true
        }
    }
}

/// A temporal expression found in a sentence.
public struct TimeMention: Sendable, Equatable {
    public var span: TextSpan
    public var text: String
    public var expression: TimeExpression
    /// The sentence speaks of the future ("will", "come Jan. 20", "next …").
    public var future: Bool
}
