@testable import BriefingCore
import Testing

/// Sentences with a time word that tell no event, and ones that do.
@Suite struct NonEventsTests {
    func reason(_ sentence: String) -> String? {
        let text = SourceText(sentence)
        guard let m = TemporalTagger().mentions(text, pieces: [text.whole]).first else { return "no time word" }
        return NonEvents.reason(sentence, m)
    }

    @Test func greetingsTalkAboutTheShowAndOwnAffairsAreNotEvents() {
        #expect(reason("Thanks so much for joining our call today.") != nil)
        #expect(reason("I'm glad to be here today with my friend, Ann Roe.") != nil)
        #expect(reason("We'll be back next week with another episode.") != nil)
        #expect(reason("I spoke to you all about this last week.") != nil)
        #expect(reason("I hope to have more to share in the coming days.") != nil)
        #expect(reason("Updated: 2021-03-04") != nil)
    }

    @Test func eventsStayEvents() {
        #expect(reason("The senate passed the budget yesterday.") == nil)
        #expect(reason("I think the strikes on Kharkiv last week changed everything.") == nil)
        #expect(reason("We signed the agreement with Canada on Monday.") == nil)
        #expect(reason("Thanks to the storm, 40 flights were cancelled on March 3, 2021.") == nil)
    }

    @Test func namesThatLookLikeDaysAreNotDates() {
        #expect(reason("The next question goes to Ann with USA Today.") == "no time word")
        #expect(reason("They fought with 1950s Soviet-era rifles.") == "no time word")
    }
}
