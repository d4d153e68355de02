import BriefingCore
import Testing

/// Event labels: the clause that holds the time, made whole, without the time words.
@Suite struct HeadlineTests {
    @Test func theTimeClauseWithoutItsTimeWords() {
        #expect(Headline.make("The council approved the budget on Friday after a long debate.", time: "on Friday")
                == "The council approved the budget after a long debate")
    }

    @Test func aBareTimeClauseTakesInTheClauseItBelongsTo() {
        #expect(Headline.make("They met in Lisbon, in 2019, and again in Oslo.", time: "in 2019") == "They met in Lisbon")
        #expect(Headline.make("In May, the mayor of Leeds opened the new bridge.", time: "In May") == "The mayor of Leeds opened the new bridge")
    }

    @Test func reportedSpeechAndRelativeClausesAreMadeWhole() {
        #expect(Headline.make("Last week, the ministry confirmed that the plant had closed.", time: "Last week")
                == "The ministry confirmed the plant had closed")
        #expect(Headline.make("Nobody wrote about the merger that was agreed in March between the two banks.", time: "in March")
                == "The merger was agreed between the two banks")
    }

    @Test func longLabelsStayShortAndStartWhereAPhraseStarts() {
        let label = Headline.make("Could you talk about what the consequences are for the region of the long-range missile test carried out by the navy over the last couple days?",
                                  time: "over the last couple days")
        #expect(label.count <= 84)
        #expect(label.hasPrefix("The ") && label.contains("missile test"))
    }
}
