import Foundation
import BriefingCore
import BriefingTestSupport
import Testing

/// Extractive summaries of the seed transcript: the promises the summary view makes.
@Suite struct SummaryTests {
    static let seeds: ([Document], [SpeakerAnalysis]) = {
        let docs = try! CorpusLoader().load([PackagePaths.seeds]).documents
        return (docs, docs.map { TurnBuilder.analyze($0) })
    }()

    var transcript: [Summarizer.Candidate] {
        Summarizer.candidates([Self.seeds.0[0]], analyses: [Self.seeds.1[0]])
    }

    @Test func aSpeakersSummaryHoldsOnlyTheirSentences() {
        let turns = Self.seeds.1[0].turns
        for name in Set(turns.map(\.speaker)) {
            let summary = Summarizer().summarize(transcript.filter { $0.speaker == name }, count: 4)
            for s in summary {
                #expect(s.speaker == name)
                // The span lies inside one of that speaker's turns.
                #expect(turns.contains { $0.speaker == name && $0.span.start <= s.start && s.end <= $0.span.end })
            }
        }
    }

    @Test func noWallsNoFragmentsNoDuplicatesRightLength() {
        for n in [1, 3, 8] {
            let summary = Summarizer().summarize(transcript, count: n)
            #expect(summary.count == n)
            let doc = Self.seeds.0[0]
            for s in summary {
                let original = doc.text.string(TextSpan(s.start, s.end))
                #expect(original.count <= 300 + 20) // the words, plus line breaks of the original
                #expect(s.text.count <= 300)
                #expect(s.text.first?.isUppercase == true)
                #expect(!s.text.hasSuffix("?"))
            }
            let texts = summary.map(\.text)
            for i in texts.indices { for j in texts.indices where i < j { #expect(Self.overlap(texts[i], texts[j]) < 0.6) } }
        }
    }

    @Test func disfluenciesTrimmedForDisplayOnly() {
        #expect(Disfluency.trim("I think uh the the troops are, um, coming.") == "I think the troops are, coming.")
        // A clean start: opening fillers and discourse words go, the first letter is a capital.
        #expect(Disfluency.trim("Uh they like soft materials with primary colours.") == "They like soft materials with primary colours.")
        #expect(Disfluency.trim("Yeah, so well we decided on the yellow case.") == "We decided on the yellow case.")
        #expect(Disfluency.trim("So the budget is twelve euros.") == "The budget is twelve euros.")
        #expect(Disfluency.trim("Okay. Right.") == "Okay. Right.") // nothing after them: kept
        #expect(Disfluency.trim("iPhones sold well.") == "iPhones sold well.") // a word written lower-case stays
        // Phrases said twice, and "you know" / "I mean" set off by commas.
        #expect(Disfluency.trim("It goes in the in the drawer.") == "It goes in the drawer.")
        #expect(Disfluency.trim("We need, you know, a cheaper case.") == "We need a cheaper case.")
        #expect(Disfluency.trim("You know, the case is cheap.") == "The case is cheap.")
        #expect(Disfluency.trim("It is cheap, I mean.") == "It is cheap.")
        #expect(Disfluency.trim("I know you know the answer.") == "I know you know the answer.")
        #expect(Disfluency.trim("What I mean is that it is cheap.") == "What I mean is that it is cheap.")
        #expect(Disfluency.trim("Very very good.") == "Very good.")
        // Words cut off and said again; a conjunction left at the start once the fillers go.
        #expect(Disfluency.trim("We need the n new case, th the yellow one.") == "We need the new case, the yellow one.")
        #expect(Disfluency.trim("Um, and I know the budget is tight.") == "I know the budget is tight.")
        #expect(Disfluency.trim("Plan b is in inside the box.") == "Plan b is in inside the box.")
        var probe = Summarizer.Candidate(document: "d", span: TextSpan(0, 1), speaker: nil, text: "Um, because it is cheap we chose the yellow case.")
        #expect(!Summarizer().eligible(probe))
        probe.text = "Um, the yellow case is cheap and we chose it for that."
        #expect(Summarizer().eligible(probe))
    }

    @Test func summarySentencesOfSpeechStartCleanly() {
        let lines = """
        ANA: Uh, so the harbour budget for the northern quay is twelve million euros this year.

        BEN: Yeah, well the the ferry timetable for the island route changes in May after the works.

        ANA: Um, the dredging contract went to a firm from Rotterdam after a long tender.

        BEN: Okay, so the fishermen asked for a second slipway near the old lighthouse.

        ANA: Right, the council will vote on the harbour lights and the new cranes next month.

        BEN: So passenger numbers on the summer ferries rose by a third since the new terminal opened.

        """
        let doc = DocumentParser.parse(SourceText(lines), path: "meeting.txt")
        let summary = Summarizer().summarize(Summarizer.candidates([doc], analyses: [TurnBuilder.analyze(doc)]), count: 4)
        #expect(summary.count == 4)
        for s in summary {
            #expect(s.text.first?.isUppercase == true, "\(s.text)")
            #expect(!s.text.hasPrefix("Uh") && !s.text.hasPrefix("So ") && !s.text.hasPrefix("Yeah") && !s.text.contains("the the"), "\(s.text)")
        }
    }

    @Test func topicSummaryAndCorpusBriefing() {
        let (docs, analyses) = Self.seeds
        let all = Summarizer.candidates(docs, analyses: analyses)
        let topics = TopicExtractor(docs, analyses: analyses).topics(limit: 10)
        let briefing = Summarizer().briefing(all, topics: topics, count: 4)
        #expect(briefing.count == 4)
        #expect(Set(briefing.map(\.document)).count >= 2) // covers more than one document
    }

    /// Copies of a sentence covering the same topics gain exactly the same, however their topics' weights add
    /// up: the first copy is the one chosen, every time.
    @Test func aBriefingChoosesTheFirstOfEqualCopies() throws {
        let text = "The council approved the budget for the new bridge."
        let documents = (0..<12).map { "d\($0).txt" }
        let candidates = documents.map { Summarizer.Candidate(document: $0, span: TextSpan(0, text.unicodeScalars.count), speaker: nil, text: text) }
        // Weights whose sum depends on the order they are added in (0.1 + 0.2 + 0.3 is not 0.3 + 0.2 + 0.1).
        let passages = documents.map { "{\"document\": \"\($0)\", \"start\": 4, \"end\": 11}" }.joined(separator: ", ")
        let topics = try [0.1, 0.2, 0.3, 0.7, 0.11].enumerated().map { k, w in
            try JSONDecoder().decode(Topic.self, from: Data("""
                {"label": "topic \(k)", "variants": [], "score": \(w), "count": 12, "passages": [\(passages)]}
                """.utf8))
        }
        for _ in 0..<5 {
            #expect(Summarizer().briefing(candidates, topics: topics, count: 1).map(\.document) == ["d0.txt"])
        }
    }

    /// Share of shared words: near-duplicates share most of theirs.
    static func overlap(_ a: String, _ b: String) -> Double {
        let x = Set(a.lowercased().split(separator: " ")), y = Set(b.lowercased().split(separator: " "))
        return Double(x.intersection(y).count) / Double(max(1, min(x.count, y.count)))
    }
}
