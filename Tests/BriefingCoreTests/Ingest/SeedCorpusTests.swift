import BriefingCore
import BriefingTestSupport
import Testing

/// The seeds as fixtures: what `briefing list` must show for them.
@Suite struct SeedCorpusTests {
    @Test func seedsLoadWithTheirFormats() throws {
        let r = try CorpusLoader().load([PackagePaths.seeds])
        #expect(r.warnings.isEmpty)
        #expect(r.documents.map(\.format) == [.podcastPage, .article, .article])
        let transcript = r.documents[0]
        #expect(transcript.date?.iso == "2024-11-01")
        #expect(transcript.people.count == 4)
        #expect(transcript.text.string(transcript.body).hasPrefix("A discussion of North Korean troops"))
        #expect(r.documents[1].date == nil && r.documents[2].date == nil)
    }

    @Test func noSentenceOfTheSeedsIsAWall() throws {
        let r = try CorpusLoader().load([PackagePaths.seeds])
        for doc in r.documents {
            let paragraphs = doc.blocks.map(\.pieces)
            let sentences = SentenceSegmenter().sentences(doc.text, paragraphs: paragraphs)
            #expect(sentences.count > 10)
            #expect(sentences.allSatisfy { $0.span.length <= 400 }) // 280 of words, plus page-break gaps
        }
    }
}
