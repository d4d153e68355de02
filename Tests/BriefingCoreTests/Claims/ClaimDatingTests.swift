@testable import BriefingCore
import Testing

/// A claim takes the date of the first timeline mention (in the timeline's order) whose sentence holds it.
@Suite struct ClaimDatingTests {
    func mention(_ start: Int, _ end: Int) -> TimelineMention {
        TimelineMention(document: "d", path: "d", start: start, end: end, when: "then", speaker: nil,
                        date: DateRange(Day(year: 2024, month: 1, day: 1)!, Day(year: 2024, month: 1, day: 1)!, .day), label: "x")
    }

    /// What a search one mention after another finds.
    func linear(_ mentions: [(TimelineMention, String)], _ position: Int) -> String? {
        mentions.first { $0.0.start <= position && position < $0.0.end }?.1
    }

    @Test func theSearchBySentenceFindsWhatTheSearchOneByOneFinds() {
        // Sentences one after another, some with two mentions (the first in the timeline's order wins), some
        // with none, one empty; positions before, between, inside and after them.
        let disjoint = [(mention(50, 80), "B"), (mention(0, 20), "A"), (mention(50, 80), "B2"), (mention(20, 30), "C"),
                        (mention(90, 90), "E"), (mention(120, 200), "D")]
        // Mentions whose sentences overlap (not what a segmenter gives): searched one by one.
        let overlapping = disjoint + [(mention(10, 60), "O")]
        for mentions in [disjoint, overlapping, []] {
            let dates = ClaimExtractor.MentionDates(mentions)
            for position in -1...210 {
                #expect(dates.label(at: position) == linear(mentions, position), "at \(position)")
            }
        }
        #expect(ClaimExtractor.MentionDates(disjoint).sentences != nil && ClaimExtractor.MentionDates(overlapping).sentences == nil)
    }
}
