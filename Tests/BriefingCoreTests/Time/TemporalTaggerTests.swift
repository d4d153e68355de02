import BriefingCore
import BriefingTestSupport
import Testing

/// Marked-text fixtures: ⟦…⟧ marks each expression the tagger must find; the resolved dates follow in order.
@Suite struct TemporalTaggerTests {
    /// Monday, 28 October 2024.
    let anchor = Day(year: 2024, month: 10, day: 28)!

    func check(_ marked: String, _ dates: [String], anchor: Day? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let m = MarkedText(marked)
        let text = m.source
        let found = TemporalTagger().mentions(text, pieces: [text.whole])
        #expect(MarkedText.mark(m.text, found.map(\.span)) == marked, sourceLocation: sourceLocation)
        let resolver = TimeResolver(anchor: .day(anchor ?? self.anchor))
        var reference: DateRange?
        #expect(resolver.resolve(inOrder: found, reference: &reference).map { $0?.label ?? "nil" } == dates, sourceLocation: sourceLocation)
    }

    @Test func absoluteForms() {
        check("The page is dated ⟦2024/11/1⟧ and the call was ⟦on October 28th⟧.", ["2024-11-01", "2024-10-28"])
        check("The treaty was signed ⟦in June 2024⟧; the draft began ⟦in September 2022⟧.", ["2024-06", "2022-09"])
        check("The first wave was announced ⟦in fall 2022⟧ and the uncle was killed ⟦in 2013⟧.", ["fall 2022", "2013"])
        check("Prices were lower ⟦in the 1990s⟧, and higher ⟦August of ’23⟧.", ["1990s", "2023-08"])
        check("It was first used ⟦on Nov. 21⟧ and ends ⟦on Jan. 20, 2025⟧.", ["2023-11-21", "2025-01-20"])
    }

    @Test func relativeDays() {
        check("⟦Yesterday⟧ it rained, ⟦last night⟧ it froze, ⟦this morning⟧ it cleared.", ["2024-10-27", "2024-10-27", "2024-10-28"])
        check("She arrived ⟦today⟧.", ["2024-10-28"])
        check("The officials met ⟦on Monday⟧ and ⟦Friday of last week⟧.", ["2024-10-28", "2024-10-25"])
        check("The convoy left ⟦as early as Sunday⟧.", ["2024-10-27"])
        check("The convoy will leave ⟦as early as Sunday⟧.", ["2024-11-03"])
    }

    @Test func relativeWeeksMonthsYears() {
        check("⟦Last week⟧ the report came out; ⟦in the last week⟧ more followed.", ["week of 2024-10-21", "2024-10-21…2024-10-28"])
        check("The count rose ⟦last month⟧ and fell ⟦late last year⟧.", ["2024-09", "late 2023"])
        check("The visit took place ⟦months ago⟧.", ["2023-11-01…2024-08-31"])
        check("War is possible ⟦in the next decade⟧.", ["2024-10-29…2034-12-31"])
    }

    @Test func monthsAndSeasonsWithoutYears() {
        check("The guarantee given ⟦this past June⟧ held ⟦since August⟧.", ["2024-06", "2024-08"])
        check("The agreement was made ⟦in the summer⟧.", ["summer 2024"])
        check("Trump needs to act ⟦come Jan. 20⟧.", ["2025-01-20"])
    }

    @Test func wordsThatOnlyLookLikeDates() {
        check("You may go now. The crowds march on. It gave me a Monday-morning feeling. There were 2024 troops and 3000 tanks.", [])
        check("May I ask a question?", [])
        check("It costs 1,000 dollars.", [])
    }

    @Test func quartersHalvesAndFiscalPeriods() {
        check("Profit rose ⟦in the third quarter⟧ and ⟦fourth-quarter⟧ sales will grow.", ["Q3 2024", "Q4 2024"])
        check("⟦The fiscal first quarter⟧ was weak; ⟦the first half of 1990⟧ and ⟦fiscal 1989⟧ were not.", ["Q1 2024", "H1 1990", "1989"])
        check("Sales ⟦in this year's third quarter⟧ beat ⟦the 1988 third quarter⟧ and ⟦the 1988 period⟧.", ["Q3 2024", "Q3 1988", "Q3 1988"])
        check("Profit for ⟦the quarter⟧ doubled; ⟦the current quarter⟧ looks better.", ["Q3 2024", "Q4 2024"])
        check("The first quarter of the game was slow.", [])
        check("A quarter of the staff left.", [])
    }

    @Test func expressionsToldFromTheDateLastGiven() {
        check("Net income rose ⟦in the third quarter⟧ from a loss ⟦a year earlier⟧; ⟦year-earlier⟧ sales were flat.", ["Q3 2024", "Q3 2023", "Q3 2023"])
        check("Revenue ⟦in the latest quarter⟧ beat ⟦the year-ago quarter⟧.", ["Q3 2024", "Q3 2023"])
        check("The war began ⟦in 1995⟧ and ended ⟦the following year⟧.", ["1995", "1996"])
        check("They met ⟦on Nov. 15, 2024⟧ and again ⟦the next day⟧.", ["2024-11-15", "2024-11-16"])
        check("She left ⟦in March 2020⟧; ⟦that year⟧ was hard.", ["2020-03", "2020"])
    }

    @Test func todayPossessivesSpelledYearsAndModifiers() {
        check("⟦Friday⟧'s meeting followed ⟦last year⟧'s talks.", ["2024-10-25", "2023"])
        check("The talks happening ⟦right now⟧ began ⟦overnight⟧.", ["2024-10-28", "2024-10-28"])
        check("It was ⟦nineteen ninety-six⟧, not ⟦the year two thousand⟧, and not ⟦the nineties⟧.", ["1996", "2000", "1990s"])
        check("A relic of ⟦the 20th century⟧.", ["20th century"])
        check("After its ⟦1990⟧ invasion, a ⟦1971⟧ convention was held.", ["1990", "1971"])
        check("The index closed at 2050 and rose to 1995, up 1990 points.", [])
    }

    @Test func tenseIsDecidedPerExpression() {
        check("The dividend is payable ⟦Jan. 3⟧ to holders of record ⟦Nov. 16⟧.", ["2025-01-03", "2024-11-16"], anchor: Day(year: 2024, month: 12, day: 1)!)
        check("He said ⟦on Tuesday⟧ that the vote will be held ⟦on Friday⟧.", ["2024-10-22", "2024-11-01"])
        check("The rally will be held ⟦Saturday, April 25⟧.", ["2025-04-25"], anchor: Day(year: 2025, month: 4, day: 24)!)
    }

    @Test func theCalendarsEndsPlaceNothingRelative() {
        // An anchor at the last day there is (a text that gives the year 9999): no answer, and no endless search.
        let last = Day(year: 9999, month: 12, day: 31)!
        for e: TimeExpression in [.weekday(1, weeksBack: 0), .weekend(0), .weekend(1), .season(3), .nextDecade, .partOfYear(offset: 1, part: 2)] {
            #expect(TimeResolver(anchor: .day(last)).resolve(e, at: last, future: true) == nil)
            #expect(TimeResolver(anchor: .day(Day.first)).resolve(e, at: Day.first, future: false) == nil)
        }
        check("They will meet ⟦on Monday⟧, ⟦this weekend⟧.", ["nil", "nil"], anchor: last)
    }

    @Test func tenseDecidesDirection() {
        check("The bridge closed ⟦on Nov. 21⟧.", ["2023-11-21"])
        check("The bridge will close ⟦on Nov. 21⟧.", ["2024-11-21"])
        check("They met ⟦in December⟧.", ["2023-12"])
        check("They will meet ⟦in December⟧.", ["2024-12"])
    }
}

/// Which day the words were said or written.
@Suite struct DocumentDatingTests {
    func dating(_ text: String, date: Day?, reference: Day? = nil) -> (DocumentDating, [TimeMention]) {
        var doc = DocumentParser.parse(SourceText(text), path: "d.txt")
        doc.date = date
        let paragraphs = doc.blocks.map(\.pieces)
        let flat = paragraphs.flatMap { $0 }
        let sentences = SentenceSegmenter().sentences(doc.text, paragraphs: paragraphs).map { s -> (String, [TimeMention]) in
            let pieces = SentenceSegmenter.pieces(of: s, in: flat)
            return (doc.text.joined(pieces), TemporalTagger().mentions(doc.text, pieces: pieces))
        }
        return (DocumentDating.date(doc, sentences: sentences, reference: reference), sentences.flatMap(\.1))
    }

    @Test func spokenDateWinsOverPublishedDate() {
        let published = Day(year: 2024, month: 11, day: 1)!
        let (d, mentions) = dating("Hello. This morning, we're talking on Monday, October 28th, about the vote. Yesterday the council voted.", date: published)
        #expect(d.anchor == .day(Day(year: 2024, month: 10, day: 28)!))
        let yesterday = mentions.first { $0.text == "Yesterday" }!
        #expect(TimeResolver(anchor: d.anchor!).resolve(yesterday)?.label == "2024-10-27")
        let (plain, _) = dating("Hello. Yesterday the council voted.", date: published)
        #expect(plain.anchor == .day(published))
    }

    @Test func undatedArticleGetsARangeFromItsOwnContent() {
        let text = """
        The missile was first used against the city on Nov. 21. On Monday, officials acknowledged the strikes.
        The President-elect must act come Jan. 20, and the envoy said talks would start soon.
        """
        let (d, mentions) = dating(text, date: nil, reference: Day(year: 2024, month: 11, day: 1)!)
        #expect(d.inferred)
        #expect(d.anchor?.earliest.iso == "2024-11-21")
        #expect(d.anchor?.latest.iso == "2025-01-19")
        #expect(d.reason.contains("after on Nov. 21") && d.reason.contains("before come Jan. 20"))
        let monday = mentions.first { $0.text == "On Monday" }!
        let r = TimeResolver(anchor: d.anchor!, after: d.after).resolve(monday)!
        #expect(r.earliest > Day(year: 2024, month: 11, day: 21)! && r.latest <= d.anchor!.latest)
        #expect(r.earliest.weekday == 1 && r.latest.weekday == 1)
    }

    @Test func undatedArticleWithoutDatesStaysUndated() {
        let (d, _) = dating("Officials said more troops were coming. Nobody knows how many.", date: nil, reference: Day(year: 2024, month: 11, day: 1)!)
        #expect(d.anchor == nil && d.inferred)
    }
}
