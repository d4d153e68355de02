/// How finely a date is known.
public enum Precision: String, Codable, Sendable, Comparable {
    case day, week, month, quarter, season, half, year, decade, century, range

    /// From finest to coarsest (a switch: a dictionary literal here was built again at every comparison).
    var rank: Int {
        switch self {
        case .day: 0
        case .week: 1
        case .month: 2
        case .quarter: 3
        case .season: 4
        case .half: 5
        case .year: 6
        case .decade: 7
        case .century: 8
        case .range: 9
        }
    }
    public static func < (a: Precision, b: Precision) -> Bool { a.rank < b.rank }
}

/// A date as an interval of days (both ends included) with the precision it was given at.
/// Never a made-up exact day: "June 2024" is 2024-06-01…2024-06-30 at month precision.
public struct DateRange: Sendable, Hashable, Codable {
    public var earliest: Day
    public var latest: Day
    public var precision: Precision

    public init(_ earliest: Day, _ latest: Day, _ precision: Precision) {
        self.earliest = min(earliest, latest)
        self.latest = max(earliest, latest)
        self.precision = precision
    }

    public static func day(_ d: Day) -> DateRange { DateRange(d, d, .day) }

    public var days: Int { latest.ordinal - earliest.ordinal + 1 }

    public func contains(_ d: Day) -> Bool { earliest <= d && d <= latest }
    public func overlaps(_ o: DateRange) -> Bool { earliest <= o.latest && o.earliest <= latest }

    /// The common part, if any, at the finer precision.
    public func intersection(_ o: DateRange) -> DateRange? {
        guard overlaps(o) else { return nil }
        return DateRange(max(earliest, o.earliest), min(latest, o.latest), min(precision, o.precision))
    }

    /// A quarter (1…4), half (`of` 2) or month (`of` 12) of a year.
    public static func part(_ n: Int, of parts: Int, year: Int) -> DateRange {
        let months = 12 / parts
        let y = min(9999, max(1, year))
        let start = Day(year: y, month: (n - 1) * months + 1, day: 1)!
        return DateRange(start, start.adding(months: months - 1).endOfMonth, parts == 4 ? .quarter : parts == 2 ? .half : .month)
    }

    /// The quarter, month, week … that holds a day.
    public static func unit(_ u: CalendarUnit, holding d: Day) -> DateRange {
        switch u {
        case .day: return .day(d)
        case .week: return DateRange(d.startOfWeek, d.startOfWeek.adding(days: 6), .week)
        case .month: return Day.month(d.year, d.month)
        case .quarter: return part((d.month - 1) / 3 + 1, of: 4, year: d.year)
        case .year: return Day.year(d.year)
        }
    }

    func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][n % 10]
        return "\(n)\(suffix)"
    }

    /// How a reader sees it: `2024-10-28`, `2024-06`, `summer 2024`, `2013`, `1990s`, `2024-10-21…2024-10-27`.
    public var label: String {
        switch precision {
        case .day where days == 1: return earliest.iso
        case .month where days >= 28 && earliest.day == 1 && earliest.month == latest.month && earliest.year == latest.year:
            return String(earliest.iso.prefix(7))
        case .year where earliest.year == latest.year: return String(earliest.year)
        case .decade where latest.year - earliest.year == 9: return "\(earliest.year)s"
        case .quarter where days >= 90 && earliest.day == 1 && earliest.year == latest.year:
            return "Q\((earliest.month - 1) / 3 + 1) \(earliest.year)"
        case .half where earliest.year == latest.year: return "H\(earliest.month == 1 ? 1 : 2) \(earliest.year)"
        case .century where latest.year - earliest.year == 99: return "\(ordinal(earliest.year / 100 + 1)) century"
        case .season where earliest.month == 6 && latest.month == 8: return "summer \(earliest.year)"
        case .season where earliest.month == 9 && latest.month == 11: return "fall \(earliest.year)"
        case .season where earliest.month == 3 && latest.month == 5: return "spring \(earliest.year)"
        case .season where earliest.month == 12: return "winter \(earliest.year)–\(latest.year % 100)"
        case .week where days == 7: return "week of \(earliest.iso)"
        default:
            if earliest.month == 9 && earliest.day == 1 && latest.month == 12 && latest.day == 31 && earliest.year == latest.year {
                return "late \(earliest.year)"
            }
            return "\(earliest.iso)…\(latest.iso)"
        }
    }
}
