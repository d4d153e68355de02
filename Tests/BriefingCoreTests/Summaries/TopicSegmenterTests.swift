@testable import BriefingCore
import Testing

/// Parts of a text by lexical cohesion, and the kinds of summary sentences.
@Suite struct TopicSegmenterTests {
    /// `count` sentences about one subject, each made of words from its vocabulary (rotated so that no two
    /// sentences are alike).
    static func talk(_ vocabulary: [String], _ count: Int, seed: Int) -> [String] {
        (0..<count).map { i in
            let a = vocabulary[(i + seed) % vocabulary.count], b = vocabulary[(i * 3 + 1) % vocabulary.count]
            let c = vocabulary[(i * 7 + 2) % vocabulary.count]
            return "The \(a) and the \(b) came up again when the \(c) was discussed."
        }
    }
    static let kitchen = ["oven", "flour", "butter", "recipe", "dough", "sugar", "pastry", "kettle"]
    static let football = ["striker", "goalkeeper", "penalty", "stadium", "referee", "league", "midfield", "corner"]
    static let taxes = ["income", "allowance", "deduction", "pension", "revenue", "payroll", "audit", "invoice"]

    @Test func partsBeginWhereTheVocabularyChanges() {
        let text = Self.talk(Self.kitchen, 30, seed: 0) + Self.talk(Self.football, 30, seed: 1) + Self.talk(Self.taxes, 30, seed: 2)
        let cuts = TopicSegmenter().boundaries(text)
        #expect(cuts.count == 2)
        #expect(cuts.count == 2 && abs(cuts[0] - 30) <= 2 && abs(cuts[1] - 60) <= 2)
    }

    @Test func oneSubjectIsOnePart() {
        #expect(TopicSegmenter().boundaries(Self.talk(Self.kitchen, 90, seed: 0)).isEmpty)
        // Too short to have parts at all.
        #expect(TopicSegmenter().boundaries(Self.talk(Self.kitchen, 5, seed: 0) + Self.talk(Self.taxes, 5, seed: 0)).isEmpty)
    }

    @Test func agendaCuesOpenAnItem() {
        #expect(TopicSegmenter.opensWithAgendaCue("Okay, moving on to the budget."))
        #expect(TopicSegmenter.opensWithAgendaCue("So the next item is the survey."))
        #expect(TopicSegmenter.opensWithAgendaCue("Let's move on."))
        #expect(!TopicSegmenter.opensWithAgendaCue("We did not move on the price at all."))
        #expect(!TopicSegmenter.opensWithAgendaCue("Prices will turn upwards, as they did in the next year."))
    }

    @Test func summariesCoverThePartsAndSayWhichPartEachSentenceIsFrom() {
        let text = (Self.talk(Self.kitchen, 30, seed: 0) + Self.talk(Self.football, 30, seed: 1) + Self.talk(Self.taxes, 30, seed: 2))
            .joined(separator: " ")
        let source = SourceText(text)
        let doc = Document(path: "talk.txt", text: source, format: .article, blocks: [Block(pieces: [source.whole])])
        let candidates = Summarizer.candidates([doc], analyses: [TurnBuilder.analyze(doc)])
        #expect(Set(candidates.map(\.part)) == [0, 1, 2])
        let summary = Summarizer().summarize(candidates, count: 3)
        #expect(summary.map(\.part) == [0, 1, 2])
        let parts = Summarizer.parts(candidates)
        #expect(parts.map(\.index) == [0, 1, 2])
        #expect(parts[1].label.split(separator: ",").contains { Self.football.contains($0.trimmingCharacters(in: .whitespaces)) })
        #expect(parts[0].start == 0 && parts[2].end == text.unicodeScalars.count)
    }

    @Test func decisionsAndActionsAreMarked() {
        #expect(SentenceKind.of("We decided to go with the rubber case.") == .decision)
        #expect(SentenceKind.of("So we'll go with the yellow one.") == .decision)
        #expect(SentenceKind.of("It was agreed that the report goes out in May.") == .decision)
        #expect(SentenceKind.of("I'll send everyone the minutes tomorrow.") == .action)
        #expect(SentenceKind.of("You will follow up with the supplier.") == .action)
        #expect(SentenceKind.of("That is an action item for Sam.") == .action)
        #expect(SentenceKind.of("It will run on two batteries.") == .statement)
        #expect(SentenceKind.of("The remote has twelve buttons.") == .statement)
        #expect(SentenceKind.of("I think they will send more troops.") == .statement)
    }
}
