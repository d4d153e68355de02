/// Finds temporal expressions in a sentence, rule by rule in the spirit of HeidelTime and SUTime:
/// absolute dates in their many forms, and relative ones to be resolved against an anchor later.
/// Words that only look like dates are left alone: the modal "may", the verb "march", "a Monday-morning
/// feeling", numbers that count things ("2024 troops").
public struct TemporalTagger: Sendable {
    public init() {}

    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let seasons = ["spring": 0, "summer": 1, "fall": 2, "autumn": 2, "winter": 3]
    static let yearPrepositions: Set<String> = ["in", "since", "by", "from", "until", "till", "to", "of", "after", "before", "during",
                                               "early", "late", "mid", "circa", "around", "between", "and", "through", "year", "spring",
                                               "summer", "fall", "autumn", "winter", "throughout", "as", "for"]
    /// Words after a number that make it a quantity or level, not a year.
    static let levelUnits: Set<String> = ["points", "point", "shares", "share", "barrels", "tons", "tonnes", "percent", "units",
                                          "people", "troops", "soldiers", "votes", "dollars", "cents", "miles", "feet", "pounds",
                                          "kilometers", "kilometres", "meters", "metres", "acres", "employees", "jobs", "cars"]
    /// Verbs of a price or level moving to a figure ("rose to 2050").
    static let movementVerbs: Set<String> = ["rose", "fell", "climbed", "dropped", "closed", "jumped", "slipped", "gained", "declined",
                                             "ended", "finished", "surged", "tumbled", "plunged", "soared", "edged", "eased", "opened",
                                             "stood", "rising", "falling", "closing", "trading", "traded", "sank", "slid", "advanced"]
    static let futureWords: Set<String> = ["will", "'ll", "’ll", "shall", "gonna", "upcoming", "coming", "until", "next"]
    static let numberWords = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "few": 3, "several": 4, "couple": 2]

    /// Every temporal expression in a sentence given as pieces of the original text.
    public func mentions(_ text: SourceText, pieces: [TextSpan]) -> [TimeMention] {
        let t = TimeToken.tokens(text, pieces: pieces)
        let sentenceFuture = sentenceSpeaksOfFuture(t)
        var out: [TimeMention] = []
        var i = 0
        var previousEnd = 0
        while i < t.count {
            if let (len, start0, expr) = match(t, i) {
                // The preposition that introduces it belongs to the expression ("on Monday", "in 1992").
                var start = start0
                if start > 0, ["on", "in", "since", "by", "until", "from", "during", "as", "come", "fiscal"].contains(t[start - 1].lower) { start -= 1 }
                if start >= 2, t[start].lower == "as", t[start - 1].lower == "early" || t[start - 1].lower == "late", t[start - 2].lower == "as" { start -= 2 }
                let span = TextSpan(t[start].span.start, t[i + len - 1].span.end)
                let comeBefore = start0 > 0 && t[start0 - 1].lower == "come"
                let clause = clauseSpeaksOfFuture(t, from: start, to: i + len, floor: previousEnd)
                let future = comeBefore || (clause ?? sentenceFuture)
                let known = comeBefore || clause != nil || sentenceFuture
                // A longer expression that takes in the one before ("this year" of "this year's third quarter") replaces it.
                while let last = out.last, last.span.start >= span.start { out.removeLast() }
                out.append(TimeMention(span: span, text: text.string(span), expression: expr, future: future, tenseKnown: known))
                i += len
                previousEnd = i
            } else {
                i += 1
            }
        }
        return out
    }

    func sentenceSpeaksOfFuture(_ t: [TimeToken]) -> Bool {
        for (k, tok) in t.enumerated() {
            if Self.futureWords.contains(tok.lower) && tok.lower != "next" && tok.lower != "coming" && tok.lower != "until" { return true }
            if tok.lower == "going", k + 1 < t.count, t[k + 1].lower == "to" { return true }
            if (tok.lower == "'" || tok.lower == "’"), k + 1 < t.count, t[k + 1].lower == "ll" { return true }
        }
        return false
    }

    /// Words that can open a temporal expression (besides numbers, months, weekdays and seasons).
    static let openers: Set<String> = ["yesterday", "today", "tonight", "tomorrow", "overnight", "right", "last", "this", "next",
                                       "past", "recent", "coming", "early", "late", "mid", "earlier", "later", "weekend", "a", "an",
                                       "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                                       "twelve", "few", "several", "couple", "months", "weeks", "days", "years", "month", "week",
                                       "year", "day", "quarter", "period", "first", "second", "third", "fourth", "eighteen",
                                       "nineteen", "twenty", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                                       "nineties", "eighteenth", "nineteenth", "twentieth", "final"]

    /// The longest rule that matches at token i: (tokens used from i, first token of the span, expression).
    func match(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        let tok = t[i]
        guard let first = tok.lower.unicodeScalars.first else { return nil }
        let numeric = first.isASCIIDigit || first == "'" || first == "\u{2019}"
        guard numeric || Self.openers.contains(tok.lower) || MonthNames.number(tok.text) != nil
                || Self.weekdays.contains(tok.lower) || Self.seasons[tok.lower] != nil else { return nil }
        var best: (Int, Int, TimeExpression)?
        func take(_ m: (Int, Int, TimeExpression)?) { if let m, m.0 > (best?.0 ?? 0) { best = m } }
        if numeric {
            take(numericDate(t, i)); take(dayMonth(t, i)); take(agoRule(t, i)); take(decadeRule(t, i)); take(yearRule(t, i))
            take(numberedPeriodRule(t, i)); take(centuryRule(t, i)); take(anaphoricRule(t, i))
        } else {
            take(monthRule(t, i)); take(seasonRule(t, i)); take(weekdayRule(t, i)); take(relativeDayRule(t, i))
            take(relativeUnit(t, i)); take(agoRule(t, i)); take(numberedPeriodRule(t, i)); take(quarterWordRule(t, i))
            take(weekOfMonthRule(t, i))
            take(anaphoricRule(t, i)); take(theYearRule(t, i)); take(spelledYearRule(t, i)); take(centuryRule(t, i))
        }
        return best
    }

    // MARK: - Rules

    /// `2024/11/1`, `2024-11-01`, `11/1/2024`.
    func numericDate(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        guard i + 4 < t.count, t[i].isNumber, ["/", "-"].contains(t[i + 1].text), t[i + 2].isNumber, t[i + 3].text == t[i + 1].text,
              t[i + 4].isNumber, let a = t[i].number, let b = t[i + 2].number, let c = t[i + 4].number else { return nil }
        let day: Day?
        if t[i].text.count == 4 { day = Day(year: a, month: b, day: c) }
        else if t[i + 4].text.count == 4 { day = Day(year: c, month: a, day: b) }
        else { day = nil }
        return day.map { (5, i, .absolute(.day($0))) }
    }

    /// A month name at i, with its abbreviation full stop: (month, tokens used).
    func monthName(_ t: [TimeToken], _ i: Int) -> (Int, Int)? {
        guard i < t.count, t[i].isWord, let m = MonthNames.number(t[i].text) else { return nil }
        let w = t[i].lower
        let abbreviation = w.count <= 4 && !["june", "july", "may"].contains(w)
        if abbreviation && t[i].text.first?.isUppercase != true { return nil }
        // "may" and "march" are words too: only capitalised and in a date-like place.
        if w == "may" || w == "march" {
            guard t[i].text.first?.isUppercase == true else { return nil }
            let prev = i > 0 ? t[i - 1].lower : ""
            let next = i + 1 < t.count ? t[i + 1] : nil
            let dateLike = next?.isNumber == true || ["in", "since", "of", "last", "this", "next", "until", "by", "early", "late", "mid", "past", "from", "before", "after"].contains(prev)
            guard dateLike else { return nil }
        }
        let used = i + 1 < t.count && t[i + 1].text == "." && abbreviation ? 2 : 1
        return (m, used)
    }

    /// The number of an ordinal written in digits: `28th` → 28, `1st` → 1.
    static func ordinal(_ w: String) -> Int? {
        guard w.count >= 3, ["st", "nd", "rd", "th"].contains(String(w.suffix(2))) else { return nil }
        let digits = w.dropLast(2)
        return digits.allSatisfy(\.isASCIIDigit) ? Int(digits) : nil
    }

    /// A day of the month at i: `28`, `28th`, `1st`.
    func dayNumber(_ t: [TimeToken], _ i: Int) -> Int? {
        guard i < t.count else { return nil }
        let s = t[i].lower
        let digits = Self.ordinal(s) != nil ? String(s.dropLast(2)) : s
        guard !digits.isEmpty, digits.count <= 2, digits.allSatisfy(\.isASCIIDigit), let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }

    func year(_ t: [TimeToken], _ i: Int) -> Int? {
        guard i < t.count else { return nil }
        if let y = t[i].number, t[i].text.count == 4, (1000...2199).contains(y) { return y }
        // ’23
        let s = t[i].text
        if (s.hasPrefix("'") || s.hasPrefix("\u{2019}")), s.count == 3, let y = Int(s.dropFirst()) { return y < 50 ? 2000 + y : 1900 + y }
        return nil
    }

    /// `[this past|last|next|since|in|early|late] Month [day[,] [year]] | Month [of] year`.
    func monthRule(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        guard let (m, used) = monthName(t, i) else { return nil }
        var k = i + used
        var start = i
        if i >= 2, t[i - 2].lower == "this", t[i - 1].lower == "past" { start = i - 2 }
        // "this September": the month of the year spoken in.
        if i >= 1, t[i - 1].lower == "this", !(k < t.count && dayNumber(t, k) != nil) {
            return (used, i - 1, .partOfYearNumbered(m, of: 12, yearOffset: 0))
        }
        if let d = dayNumber(t, k), !(k + 1 < t.count && (t[k + 1].text == ":" || t[k + 1].lower == "percent")) {
            k += 1
            var kk = k
            if kk < t.count, t[kk].text == "," { kk += 1 }
            if let y = year(t, kk), let day = Day(year: y, month: m, day: d) { return (kk + 1 - i, start, .absolute(.day(day))) }
            return (k - i, start, .monthDay(month: m, day: d))
        }
        var kk = k
        if kk < t.count, t[kk].lower == "of" || t[kk].text == "," { kk += 1 }
        if let y = year(t, kk) { return (kk + 1 - i, start, .absolute(Day.month(y, m))) }
        return (k - i, start, .month(m))
    }

    /// `28 October [2024]`.
    func dayMonth(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        guard let d = dayNumber(t, i), let (m, used) = monthName(t, i + 1) else { return nil }
        let k = i + 1 + used
        if let y = year(t, k), let day = Day(year: y, month: m, day: d) { return (k + 1 - i, i, .absolute(.day(day))) }
        return (k - i, i, .monthDay(month: m, day: d))
    }

    /// `fall 2022`, `summer of 2023`, `in the summer`, `this past winter`.
    func seasonRule(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        guard let s = Self.seasons[t[i].lower] else { return nil }
        var k = i + 1
        if k < t.count, t[k].lower == "of" { k += 1 }
        if let y = year(t, k) {
            let start: Day, end: Day
            switch s {
            case 0: start = Day(year: y, month: 3, day: 1)!; end = Day(year: y, month: 5, day: 31)!
            case 1: start = Day(year: y, month: 6, day: 1)!; end = Day(year: y, month: 8, day: 31)!
            case 2: start = Day(year: y, month: 9, day: 1)!; end = Day(year: y, month: 11, day: 30)!
            default: start = Day(year: y, month: 12, day: 1)!; end = Day(year: y + 1, month: 2, day: Day.isLeap(y + 1) ? 29 : 28)!
            }
            return (k + 1 - i, i, .absolute(DateRange(start, end, .season)))
        }
        guard i > 0, ["the", "this", "last", "past"].contains(t[i - 1].lower) else { return nil }
        let start = i >= 2 && t[i - 2].lower == "this" && t[i - 1].lower == "past" ? i - 2 : i - 1
        return (1, start, .season(s))
    }

    /// `on Monday`, `last Friday`, `Friday of last week`, `as early as Sunday`; not `Monday-morning`.
    func weekdayRule(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        guard let w = Self.weekdays.firstIndex(of: t[i].lower), t[i].text.first?.isUppercase == true else { return nil }
        if i + 1 < t.count, t[i + 1].text == "-" { return nil }
        var start = i
        var back = 0
        if i > 0, t[i - 1].lower == "last" { start = i - 1; back = 1 }
        if i + 3 < t.count, t[i + 1].lower == "of", t[i + 2].lower == "last", t[i + 3].lower == "week" {
            return (4, i, .weekday(w + 1, weeksBack: 1))
        }
        // "Saturday, April 25": the date says which Saturday.
        let k = i + 1 < t.count && t[i + 1].text == "," ? i + 2 : i + 1
        if k < t.count, let (len, _, expr) = monthRule(t, k) ?? dayMonth(t, k) {
            switch expr {
            case .monthDay, .absolute: return (k + len - i, start, expr)
            default: break
            }
        }
        return (1, start, .weekday(w + 1, weeksBack: back))
    }

    /// `yesterday`, `today`, `tomorrow`, `last night`, `this morning`.
    func relativeDayRule(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        // "USA Today", "the Today show": a name, when a capitalised word runs into it.
        if t[i].text == "Today" || t[i].text == "Tonight", i > 0, t[i - 1].isWord, t[i - 1].text.first?.isUppercase == true { return nil }
        switch t[i].lower {
        case "yesterday": return (1, i, .relativeDay(-1))
        case "tomorrow": return (1, i, .relativeDay(1))
        case "today", "tonight", "overnight": return (1, i, .relativeDay(0))
        case "right" where i + 1 < t.count && t[i + 1].lower == "now": return (2, i, .relativeDay(0))
        case "last" where i + 1 < t.count && t[i + 1].lower == "night": return (2, i, .relativeDay(-1))
        case "this" where i + 1 < t.count && ["morning", "afternoon", "evening"].contains(t[i + 1].lower): return (2, i, .relativeDay(0))
        default: return nil
        }
    }

    /// `last week`, `this month`, `next year`, `in the last week`, `late last year`, `the weekend`, `in the coming weeks`, `next decade`.
    func relativeUnit(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        func word(_ k: Int) -> String { k < t.count && k >= 0 ? t[k].lower : "" }
        let w = word(i)
        // in the last week / the past few weeks / recent weeks
        if (w == "last" || w == "past") && word(i - 1) == "the" {
            var k = i + 1
            var n = 1
            if let c = Self.numberWords[word(k)] { n = c; k += 1 }
            if ["week", "weeks"].contains(word(k)) { return (k + 1 - i, i - 1 - (word(i - 2) == "in" ? 1 : 0), .pastDays(7 * n)) }
            if ["days"].contains(word(k)) { return (k + 1 - i, i - 1, .pastDays(n)) }
            let spans = ["month": 30, "year": 365, "decade": 3650]
            if let d = spans[word(k)] { return (k + 1 - i, i - 1 - (["in", "over", "during"].contains(word(i - 2)) ? 1 : 0), .pastDays(d * n)) }
        }
        if w == "recent", word(i + 1) == "weeks" { return (2, i, .pastDays(21)) }
        if (w == "coming" || w == "next"), word(i - 1) == "the", ["weeks", "days", "months"].contains(word(i + 1)) {
            let days = word(i + 1) == "days" ? 7 : (word(i + 1) == "weeks" ? 28 : 90)
            return (2, i - 1 - (word(i - 2) == "in" ? 1 : 0), .comingDays(days))
        }
        if (w == "next" || w == "coming"), word(i + 1) == "decade" { return (2, word(i - 1) == "the" ? i - 1 : i, .nextDecade) }
        let offsets = ["last": -1, "this": 0, "next": 1, "past": -1]
        if let off = offsets[w] {
            switch word(i + 1) {
            case "week": return (2, i, .relativeWeek(off))
            case "month": return (2, i, .relativeMonth(off))
            case "year": return (2, i, .relativeYear(off))
            case "weekend": return (2, i, .weekend(off))
            default: break
            }
        }
        if ["early", "late", "mid", "earlier", "later"].contains(w), let off = offsets[word(i + 1)], word(i + 2) == "year" {
            let part = ["early": 0, "earlier": 0, "mid": 1, "late": 2, "later": 2][w]!
            return (3, i, .partOfYear(offset: off, part: part))
        }
        if w == "weekend" && ["the", "weekend"].contains(word(i - 1)) == false && !(["last", "this", "next"].contains(word(i - 1))) {
            return (1, i, .weekend(0))
        }
        if w == "weekend" && word(i - 1) == "the" { return (1, i - 1, .weekend(0)) }
        return nil
    }

    /// The days in a unit of `agoRule`.
    static let agoUnits = ["day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365]

    /// `three weeks ago`, `months ago`, `a year ago`.
    func agoRule(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        var k = i
        var count: Int?
        if let n = t[k].number, n < 100 { count = n; k += 1 }
        else if let n = Self.numberWords[t[k].lower] { count = n; k += 1; if k < t.count, t[k].lower == "few" || t[k].lower == "couple" { k += 1 } }
        if k < t.count, t[k].lower == "of" { k += 1 }
        guard k + 1 < t.count, let u = Self.agoUnits[t[k].lower], t[k + 1].lower == "ago" else { return nil }
        return (k + 2 - i, i, .ago(unitDays: u, count: count))
    }

    /// `the 1990s`, `1950s`, `the ’90s`.
    func decadeRule(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        let s = t[i].lower
        // Digits and apostrophes before the "s" (checked first: most words ending in "s" are not decades).
        guard s.hasSuffix("s"), s.dropLast().allSatisfy({ $0.isASCIIDigit || $0 == "'" || $0 == "\u{2019}" }) else { return nil }
        let digits = s.dropLast().replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "\u{2019}", with: "")
        guard digits.allSatisfy(\.isASCIIDigit), let n = Int(digits) else { return nil }
        let y: Int
        if digits.count == 4, n % 10 == 0, (1000...2190).contains(n) { y = n }
        else if digits.count == 2, n % 10 == 0, s.hasPrefix("'") || s.hasPrefix("\u{2019}") { y = n < 30 ? 2000 + n : 1900 + n }
        else { return nil }
        let start = i > 0 && t[i - 1].lower == "the" ? i - 1 : i
        // "1950s Korean War-era weapons", "1970s-style": a vintage, not a time.
        if start == i, i + 1 < t.count, t[i + 1].isWord || t[i + 1].text == "-", !Self.yearPrepositions.contains(t[i + 1].lower),
           !["when", "that", "which", "with", "on", "at", "the", "was", "were", "is", "are", "had"].contains(t[i + 1].lower) { return nil }
        return (1, start, .absolute(DateRange(Day(year: y, month: 1, day: 1)!, Day(year: y + 9, month: 12, day: 31)!, .decade)))
    }

    /// A bare year where a year is meant: after `in`, `since`, … or before punctuation; not `2024 troops`.
    func yearRule(_ t: [TimeToken], _ i: Int) -> (Int, Int, TimeExpression)? {
        guard let y = t[i].number, t[i].text.count == 4, (1900...2099).contains(y) else { return nil }
        let prev = i > 0 ? t[i - 1].lower : ""
        let next = i + 1 < t.count ? t[i + 1] : nil
        let nextIsBoundary = next == nil || !(next!.isWord) || ["and", "or", "to", "when", "after", "before", "until", "they", "he", "she", "we", "it", "the"].contains(next!.lower)
        // A modifier: "its 1990 invasion", "the 1988 period", "a 1971 convention", "fiscal 1989".
        let modifier = ["the", "a", "its", "their", "his", "her", "our", "this", "that", "'s", "\u{2019}s", "fiscal"].contains(prev)
            && next.map { $0.isWord && $0.text.first?.isLowercase == true && !Self.levelUnits.contains($0.lower) } ?? (prev == "fiscal")
        guard Self.yearPrepositions.contains(prev) || nextIsBoundary || modifier else { return nil }
        if let n = next, n.text == ",", i + 2 < t.count, t[i + 2].isNumber { return nil } // "2,024"
        if prev == "," || prev == "." , i >= 2, t[i - 2].isNumber { return nil }
        // A price or an index level: "closed at 2050", "rose to 1995.5", "1990 points", "$1990".
        if let n = next, Self.levelUnits.contains(n.lower) || (n.text == "." && i + 2 < t.count && t[i + 2].isNumber) { return nil }
        if prev == "$" || (["to", "at", "from"].contains(prev) && i >= 2 && Self.movementVerbs.contains(t[i - 2].lower)) { return nil }
        return (1, i, .absolute(Day.year(y)))
    }
}
