/// Places a temporal expression on the calendar relative to an anchor: the day the words were said or
/// written, or a range of days when that is only known within bounds (an undated document). Past-tense
/// sentences look back from the anchor, future ones forward. A range anchor is resolved at both ends and
/// the results joined, so the answer is never more precise than what is known.
public struct TimeResolver: Sendable {
    public var anchor: DateRange
    /// For an inferred anchor: recent deictic days ("on Monday", "the weekend") fall after this day,
    /// the latest date the document reports as past (the news peg is newer than its background).
    public var after: Day?

    public init(anchor: DateRange, after: Day? = nil) {
        self.anchor = anchor
        self.after = after
    }

    /// The mention on the calendar; `reference` is the date the text last gave, for expressions told from it
    /// ("a year earlier", "the following week", "the quarter").
    public func resolve(_ m: TimeMention, reference: DateRange? = nil) -> DateRange? {
        if case .absolute(let r) = m.expression { return r }
        if let r = told(m.expression, from: reference) { return r }
        // "a year ago" after a quarter: that quarter a year before.
        if case .ago(365, 1) = m.expression, let ref = reference, ref.precision == .quarter {
            return told(.anaphoric(.year, -1, as: .quarter), from: ref)
        }
        // A month or day without a year, and nothing to say which way: the nearest.
        if !m.tenseKnown, anchor.days == 1, let back = resolve(m.expression, at: anchor.earliest, future: false),
           let ahead = resolve(m.expression, at: anchor.earliest, future: true), isYearless(m.expression) {
            let a = anchor.earliest.ordinal
            return a - back.earliest.ordinal <= ahead.earliest.ordinal - a ? back : ahead
        }
        guard let a = resolve(m.expression, at: anchor.earliest, future: m.future),
              let b = resolve(m.expression, at: anchor.latest, future: m.future) else { return nil }
        var r = DateRange(a.earliest, b.latest, a.precision)
        if let after, anchor.days > 1, isRecentDay(m.expression), !m.future {
            // The first such day after the bound, resolved the same way.
            if let first = resolve(m.expression, at: after.adding(days: 7), future: false), first.earliest > after, first.earliest <= r.latest {
                r = DateRange(first.earliest, r.latest, r.precision)
            } else if r.earliest <= after {
                r = DateRange(min(after.adding(days: 1), r.latest), r.latest, r.precision)
            }
        }
        return r
    }

    /// Mentions in reading order, each told from the date the text gave last (`reference`, carried from sentence
    /// to sentence; expressions told from another date do not become the reference themselves).
    public func resolve(inOrder mentions: [TimeMention], reference: inout DateRange?) -> [DateRange?] {
        mentions.map { m in
            let r = resolve(m, reference: reference)
            if let r, Self.setsReference(m.expression), r.precision != .range { reference = r }
            return r
        }
    }

    static func setsReference(_ e: TimeExpression) -> Bool {
        switch e {
        case .anaphoric, .reportedQuarter, .pastDays, .comingDays, .nextDecade: return false
        default: return true
        }
    }

    /// Expressions told from the date last given, when there is one.
    func told(_ e: TimeExpression, from reference: DateRange?) -> DateRange? {
        guard let ref = reference else { return nil }
        switch e {
        case .anaphoric(let unit, let n, let target):
            var base = ref
            if target == .quarter, ref.precision != .quarter { return nil } // from the last quarter completed instead
            if target == nil, ref.precision == .range || ref.precision == .decade || ref.precision == .century { return nil }
            let shift = { (d: Day) -> Day in
                switch unit {
                case .day: return d.adding(days: n)
                case .week: return d.adding(days: 7 * n)
                case .month: return d.adding(months: n)
                case .quarter: return d.adding(months: 3 * n)
                case .year: return d.adding(months: 12 * n)
                }
            }
            base = DateRange(shift(base.earliest), shift(base.latest), base.precision)
            if let target { return .unit(target, holding: base.earliest) }
            switch ref.precision {
            case .day: return .day(base.earliest)
            case .week: return .unit(.week, holding: base.earliest)
            case .month: return .unit(.month, holding: base.earliest)
            case .quarter: return .unit(.quarter, holding: base.earliest)
            case .half: return .part(base.earliest.month <= 6 ? 1 : 2, of: 2, year: base.earliest.year)
            case .year: return .unit(.year, holding: base.earliest)
            default: return DateRange(base.earliest, base.latest, ref.precision)
            }
        case .reportedQuarter(let year):
            guard ref.precision == .quarter else { return nil }
            let q = (ref.earliest.month - 1) / 3 + 1
            return .part(q, of: 4, year: year ?? ref.earliest.year)
        default:
            return nil
        }
    }

    func isYearless(_ e: TimeExpression) -> Bool {
        switch e {
        case .monthDay, .month: return true
        default: return false
        }
    }

    func isRecentDay(_ e: TimeExpression) -> Bool {
        switch e {
        case .weekday, .weekend, .relativeDay: return true
        default: return false
        }
    }

    /// The expression for one anchor day.
    public func resolve(_ e: TimeExpression, at a: Day, future: Bool) -> DateRange? {
        // At the calendar's ends (a year 1 or 9999 in the text) nothing relative can be placed.
        guard (2...9988).contains(a.year) else { if case .absolute(let r) = e { return r }; return nil }
        switch e {
        case .absolute(let r):
            return r
        case .monthDay(let m, let d):
            var y = a.year
            if future {
                if let c = Day(year: y, month: m, day: d), c < a { y += 1 }
            } else if let c = Day(year: y, month: m, day: d), c > a { y -= 1 }
            return Day(year: y, month: m, day: d).map(DateRange.day)
        case .month(let m):
            var y = a.year
            if future { if m < a.month { y += 1 } } else if m > a.month { y -= 1 }
            return Day.month(y, m)
        case .season(let s):
            let startMonth = [3, 6, 9, 12][s]
            var y = a.year
            let start = { (y: Int) in Day(year: y, month: startMonth, day: 1)! }
            if future { if start(y) < a { y += 1 } } else if start(y) > a { y -= 1 }
            let end = start(y).adding(months: 2).endOfMonth
            return DateRange(start(y), end, .season)
        case .weekday(let w, let weeksBack):
            if weeksBack > 0 {
                let d = a.startOfWeek.adding(days: -7 * weeksBack + (w - 1))
                return .day(d)
            }
            if future { return .day(a.adding(days: 1 + (w - a.adding(days: 1).weekday + 7) % 7)) }
            return .day(a.adding(days: -((a.weekday - w + 7) % 7)))
        case .relativeDay(let n):
            return .day(a.adding(days: n))
        case .relativeWeek(let n):
            let s = a.startOfWeek.adding(days: 7 * n)
            return DateRange(s, s.adding(days: 6), .week)
        case .pastDays(let n):
            return DateRange(a.adding(days: -n), a, n == 7 ? .week : .range)
        case .comingDays(let n):
            return DateRange(a.adding(days: 1), a.adding(days: n), .range)
        case .relativeMonth(let n):
            let d = a.adding(months: n)
            return Day.month(d.year, d.month)
        case .relativeYear(let n):
            return Day.year(a.year + n)
        case .partOfYear(let off, let part):
            let y = a.year + off
            let (m0, m1) = [(1, 4), (5, 8), (9, 12)][part]
            return DateRange(Day(year: y, month: m0, day: 1)!, Day.month(y, m1).latest, .range)
        case .weekend(let off):
            if off > 0 || future {
                let d = a.adding(days: 1 + (6 - a.adding(days: 1).weekday + 7) % 7) // the next Saturday
                return DateRange(d, d.adding(days: 1), .range)
            }
            let d = a.adding(days: -1 - (a.adding(days: -1).weekday - 7 + 7) % 7) // the last Sunday before
            return DateRange(d.adding(days: -1), d, .range)
        case .ago(let unit, let count):
            if let n = count {
                switch unit {
                case 1: return .day(a.adding(days: -n))
                case 7: let s = a.adding(days: -7 * n).startOfWeek; return DateRange(s, s.adding(days: 6), .week)
                case 30: let d = a.adding(months: -n); return Day.month(d.year, d.month)
                default: return Day.year(a.year - n)
                }
            }
            switch unit {
            case 1: return DateRange(a.adding(days: -6), a.adding(days: -2), .range)
            case 7: return DateRange(a.adding(days: -56), a.adding(days: -14), .range)
            case 30: return DateRange(a.adding(months: -11).startOfMonth, a.adding(months: -2).endOfMonth, .range)
            default: return DateRange(Day(year: a.year - 10, month: 1, day: 1)!, Day(year: a.year - 2, month: 12, day: 31)!, .range)
            }
        case .partOfYearNumbered(let n, let parts, let offset):
            if let offset { return .part(n, of: parts, year: a.year + offset) }
            let this = DateRange.part(n, of: parts, year: a.year)
            // Looking back: the last one begun. Looking ahead: the nearer of this year's and next year's, since
            // results of a quarter just ended are still to come ("third-quarter results will be reported").
            if future {
                let next = DateRange.part(n, of: parts, year: a.year + 1)
                func middle(_ r: DateRange) -> Int { (r.earliest.ordinal + r.latest.ordinal) / 2 }
                return abs(middle(this) - a.ordinal) <= abs(middle(next) - a.ordinal) ? this : next
            }
            return this.earliest > a ? .part(n, of: parts, year: a.year - 1) : this
        case .weekOfMonth(let n, let m, let year):
            guard let month = year.map({ Day.month($0, m) }) ?? resolve(.month(m), at: a, future: future) else { return nil }
            let start = n == 5 ? month.latest.adding(days: -6) : month.earliest.adding(days: 7 * (n - 1))
            return DateRange(start, min(start.adding(days: 6), month.latest), .week)
        case .relativeQuarter(let n):
            return .unit(.quarter, holding: a.adding(months: 3 * n))
        case .reportedQuarter(let year):
            // The last quarter completed before the anchor (in the year given, if any).
            let last = DateRange.unit(.quarter, holding: a.adding(months: -3))
            return .part((last.earliest.month - 1) / 3 + 1, of: 4, year: year ?? last.earliest.year)
        case .anaphoric(let unit, _, let target):
            // Nothing said before: told from the anchor itself.
            if target == .quarter {
                let last = DateRange.unit(.quarter, holding: a.adding(months: -3))
                return told(e, from: last)
            }
            return told(e, from: .unit(target ?? (unit == .year ? .year : unit), holding: a))
        case .nextDecade:
            return DateRange(a.adding(days: 1), Day(year: a.year + 10, month: 12, day: 31)!, .decade)
        }
    }
}
