/// Rules for the periods of business and history news: quarters and halves ("the third quarter", "fiscal
/// second-quarter", "this year's first half"), the reporting quarter ("the latest quarter", "the year-ago
/// period"), expressions told from the date last given ("a year earlier", "the following month", "that year"),
/// "the year" and "the current fiscal year", years and decades spelled out ("nineteen ninety-six", "the
/// nineties"), and centuries ("the 20th century").
extension TemporalTagger {
    static let ordinalParts = ["first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4]
    static let units: [String: CalendarUnit] = ["day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month,
                                                "months": .month, "quarter": .quarter, "quarters": .quarter, "year": .year,
                                                "years": .year]
    static let tens = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]
    static let digitWords = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9]
    static let teens = ["ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                        "seventeen": 17, "eighteen": 18, "nineteen": 19]
    static let decadeWords = ["thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960, "seventies": 1970,
                              "eighties": 1980, "nineties": 1990]
    static let centuryOrdinals = ["eighteenth": 18, "nineteenth": 19, "twentieth": 20]
    static let centuries = ["eighteen": 18, "nineteen": 19, "twenty": 20]
    static let yearOffsets = ["this": 0, "last": -1, "next": 1]
    static let partsOfYear = ["quarter": 4, "half": 2]
    static let weeksOfMonth = ["first": 1, "second": 2, "third": 3, "fourth": 4, "last": 5, "final": 5]
    static let adjacentOffsets = ["following": 1, "next": 1, "previous": -1, "prior": -1, "preceding": -1]

    func word(_ t: [TimeToken], _ k: Int) -> String { k >= 0 && k < t.count ? t[k].lower : "" }
    func isPossessive(_ s: String) -> Bool { s == "'s" || s == "\u{2019}s" }

    /// What stands before a period: `the`, `its`, `this year's` (offset 0), `last year's` (-1), `the 1988`,
    /// `fiscal`. The first token it takes, the year offset and the year it names.
    func periodLead(_ t: [TimeToken], _ i: Int) -> (start: Int, offset: Int?, year: Int?) {
        var k = i
        var year: Int?
        var offset: Int?
        if word(t, k - 1) == "fiscal" { k -= 1 }
        if k > 0, let y = self.year(t, k - 1) { year = y; k -= 1 }
        if word(t, k - 1) == "fiscal" { k -= 1 }
        if isPossessive(word(t, k - 1)), word(t, k - 2) == "year", let off = Self.yearOffsets[word(t, k - 3)] {
            offset = off
            k -= 3
        } else if ["the", "its", "their", "his", "her", "our"].contains(word(t, k - 1)) {
            k -= 1
        }
        return (k, offset, year)
    }

    /// `the third quarter`, `third-quarter`, `the fiscal first quarter`, `the first half of 1990`,
    /// `this year's third quarter`, `the 1988 second quarter`.
    func numberedPeriodRule(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        guard let n = Self.ordinalParts[t[i].lower] else { return nil }
        var k = i + 1
        if word(t, k) == "-" { k += 1 }
        if word(t, k) == "fiscal" { k += 1 }
        if word(t, k) == "-" { k += 1 }
        guard let parts = Self.partsOfYear[word(t, k)], n <= parts else { return nil }
        k += 1
        let lead = periodLead(t, i)
        // "the first quarter of the game": a part of something else.
        if word(t, k) == "of", year(t, k + 1) == nil, !["fiscal", "this", "last", "next"].contains(word(t, k + 1)) { return nil }
        var kk = k
        if word(t, kk) == "of" || word(t, kk) == "," { kk += 1 }
        if word(t, kk) == "fiscal" { kk += 1 }
        if let y = year(t, kk), kk > k { return (kk + 1 - i, lead.start, .absolute(.part(n, of: parts, year: y))) }
        if word(t, k) == "of", let off = Self.yearOffsets[word(t, k + 1)], word(t, k + 2) == "year" {
            return (k + 3 - i, lead.start, .partOfYearNumbered(n, of: parts, yearOffset: off))
        }
        if let y = lead.year { return (k - i, lead.start, .absolute(.part(n, of: parts, year: y))) }
        return (k - i, lead.start, .partOfYearNumbered(n, of: parts, yearOffset: lead.offset))
    }

    /// `the first week of December`, `the last week of May 2024`.
    func weekOfMonthRule(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        guard let n = Self.weeksOfMonth[t[i].lower], word(t, i + 1) == "week",
              word(t, i + 2) == "of", let (m, used) = monthName(t, i + 3) else { return nil }
        var k = i + 3 + used
        var y: Int?
        if word(t, k) == "," { k += 1 }
        if let given = year(t, k) { y = given; k += 1 } else if word(t, k - 1) == "," { k -= 1 }
        return (k - i, word(t, i - 1) == "the" ? i - 1 : i, .weekOfMonth(n, month: m, year: y))
    }

    /// `this quarter`, `the current quarter`, `next quarter`, `the latest quarter`, `the quarter`, `the year-ago
    /// quarter`, `the year-earlier period`, `the 1988 period`.
    func quarterWordRule(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        let w = t[i].lower
        guard w == "quarter" || w == "period" else { return nil }
        if word(t, i + 1) == "-" || (word(t, i + 1) == "of" && year(t, i + 2) == nil) { return nil } // "quarter-point", "a quarter of"
        let prev = word(t, i - 1)
        func withThe(_ k: Int) -> Int { word(t, k - 1) == "the" ? k - 1 : k }
        if (prev == "earlier" || prev == "ago"), word(t, i - 2) == "-" || word(t, i - 2) == "year" {
            var k = word(t, i - 2) == "-" ? i - 3 : i - 2
            guard word(t, k) == "year" else { return nil }
            if ["comparable", "same"].contains(word(t, k - 1)) { k -= 1 }
            return (1, withThe(k), .anaphoric(.year, -1, as: .quarter))
        }
        if let y = year(t, i - 1), word(t, i - 2) == "the" { return (1, i - 2, .reportedQuarter(year: y)) }
        if ["latest", "recent"].contains(prev) { // the last quarter completed
            let k = prev == "recent" && word(t, i - 2) == "most" ? i - 2 : i - 1
            return (1, withThe(k), .relativeQuarter(-1))
        }
        guard w == "quarter" else { return nil }
        switch prev {
        case "this": return (1, i - 1, .relativeQuarter(0))
        case "current": return (1, withThe(i - 1), .relativeQuarter(0))
        case "next", "coming": return (1, withThe(i - 1), .relativeQuarter(1))
        case "last" where word(t, i - 2) != "the": return (1, i - 1, .relativeQuarter(-1))
        case "previous", "prior", "preceding": return (1, withThe(i - 1), .relativeQuarter(-1))
        case "that", "same": return (1, withThe(i - 1), .reportedQuarter(year: nil))
        case "the": return (1, i - 1, .reportedQuarter(year: nil))
        default: return nil
        }
    }

    /// Told from the date the text last gave: `a year earlier`, `two months later`, `year-earlier`, `the
    /// following week`, `the next day`, `the previous year`, `that year`, `the same month`.
    func anaphoricRule(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        // year-earlier, year-ago (an adjective: the date last given, a year back)
        if t[i].lower == "year", word(t, i + 1) == "-", ["earlier", "ago"].contains(word(t, i + 2)), !["quarter", "period"].contains(word(t, i + 3)) {
            return (3, word(t, i - 1) == "the" ? i - 1 : i, .anaphoric(.year, -1, as: nil))
        }
        // a year earlier, two months later, three days before.
        var count: Int?
        if let n = t[i].number, n < 100 { count = n } else { count = Self.numberWords[t[i].lower] }
        if let n = count, let unit = Self.units[word(t, i + 1)] {
            let direction = word(t, i + 2)
            let closes = i + 3 >= t.count || !t[i + 3].isWord
            let sign: Int? = direction == "earlier" || (direction == "before" && closes) ? -1
                : direction == "later" || (direction == "after" && closes) ? 1 : nil
            guard let sign else { return nil }
            return (3, i, .anaphoric(unit, sign * n, as: unit == .year ? nil : unit))
        }
        // the following week, the next day, the previous year, that year, the same month
        if let unit = Self.units[t[i].lower], !t[i].lower.hasSuffix("s") {
            let prev = word(t, i - 1)
            if let off = Self.adjacentOffsets[prev], word(t, i - 2) == "the" {
                if unit == .day && prev == "next" && word(t, i + 1) == "or" { return nil } // "the next day or two"
                return (1, i - 2, .anaphoric(unit, off, as: unit))
            }
            if prev == "that" || (prev == "same" && word(t, i - 2) == "the") {
                return (1, prev == "that" ? i - 1 : i - 2, .anaphoric(unit, 0, as: unit))
            }
        }
        return nil
    }

    /// `the year`, `the full year`, `the current fiscal year`, `this fiscal year`: the year spoken in.
    func theYearRule(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        guard t[i].lower == "year" else { return nil }
        var k = i - 1
        while ["full", "current", "fiscal", "calendar"].contains(word(t, k)) { k -= 1 }
        let adjectives = i - 1 - k
        let next = word(t, i + 1)
        guard ["the", "this"].contains(word(t, k)), !["of", "-", "in", "that", "when", "before", "after", "ago", "earlier"].contains(next)
        else { return nil }
        if adjectives == 0 {
            // A bare "the year" only where it is the time of something: "for the year", "earlier in the year".
            guard word(t, k) == "the", ["for", "in", "during", "through", "throughout", "over", "of"].contains(word(t, k - 1)),
                  i + 1 >= t.count || !t[i + 1].isWord || isPossessive(next) || ["ended", "ending", "to", "and"].contains(next)
            else { return nil }
        }
        return (1, k, .relativeYear(0))
    }

    /// `nineteen ninety-six`, `twenty twenty-four`, `the year two thousand`, `the nineties`.
    func spelledYearRule(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        let w = t[i].lower
        if let c = Self.centuries[w], let tens = Self.tens[word(t, i + 1)] {
            var y = c * 100 + tens
            var k = i + 2
            if word(t, k) == "-", let u = Self.digitWords[word(t, k + 1)] { y += u; k += 2 }
            return (k - i, i, .absolute(Day.year(y)))
        }
        if w == "two", word(t, i + 1) == "thousand", word(t, i - 1) == "year" || Self.yearPrepositions.contains(word(t, i - 1)) {
            var y = 2000
            var k = i + 2
            if word(t, k) == "and" { k += 1 }
            if let u = Self.digitWords[word(t, k)] ?? Self.teens[word(t, k)] { y += u; k += 1 }
            else if k > i + 2 { k -= 1 }
            let start = word(t, i - 1) == "year" && word(t, i - 2) == "the" ? i - 2 : i
            return (k - i, start, .absolute(Day.year(y)))
        }
        if let d = Self.decadeWords[w], word(t, i - 1) == "the" {
            return (1, i - 1, .absolute(DateRange(Day(year: d, month: 1, day: 1)!, Day(year: d + 9, month: 12, day: 31)!, .decade)))
        }
        return nil
    }

    /// `the 20th century`, `the eleventh century` (as far as the twentieth), `the twenty-first century`.
    func centuryRule(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        var n: Int?
        var k = i + 1
        let w = t[i].lower
        if let d = Self.ordinal(w) { n = d }
        else if let d = Self.centuryOrdinals[w] { n = d }
        else if w == "twenty", word(t, i + 1) == "-", word(t, i + 2) == "first" { n = 21; k = i + 3 }
        guard let n, (1...30).contains(n), word(t, k) == "century" else { return nil }
        let first = (n - 1) * 100
        guard let start = Day(year: max(1, first), month: 1, day: 1), let end = Day(year: first + 99, month: 12, day: 31) else { return nil }
        return (k + 1 - i, word(t, i - 1) == "the" ? i - 1 : i, .absolute(DateRange(start, end, .century)))
    }
}
