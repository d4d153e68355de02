@testable import BriefingCore
import Testing

/// Question-and-answer pairs read from consecutive units, with fixtures written for these tests: an echo, an
/// answer in "I did" form, a bare answer after which the asker goes on, and what is none of these.
@Suite struct AdjacencyPairTests {
    /// The cues of each line, marked with the pairs.
    func marked(_ lines: [String]) -> [FloorCues] {
        let names = NameLexicon(lines.joined(separator: "\n"))
        let tokens = lines.map(UnitCues.tokens)
        let lowered = tokens.map { $0.map { $0.word.lowercased() } }
        var cues = lines.indices.map { FloorCues(lines[$0], tokens: tokens[$0], lowered: lowered[$0], names: names, opensSentence: true) }
        AdjacencyPairs.mark(&cues, tokens: tokens, lowered: lowered)
        return cues
    }

    @Test func anEchoOfAShortQuestionAnswersIt() {
        let c = marked(["At the depot itself?", "At the depot itself.", "The depot was closed."])
        #expect(c[1].echoes && c[1].bareAnswer)
        #expect(!c[2].echoes)
    }

    @Test func anAnswerThatLeavesTheVerbOutMirrorsWhatWasPutToYou() {
        let c = marked(["So you signed the log.", "I did.", "You kept the key?", "We did not, sir."])
        #expect(c[1].mirrors && c[1].bareAnswer)
        #expect(c[3].mirrors)
    }

    /// Speaking of the question just put ("Great question.", "I love your question.") answers it; asking one does not.
    @Test func praiseOfTheQuestionOpensAnAnswer() {
        let c = marked(["Great question.", "Dana, I love your question.", "That is a fair question, and the answer is no.",
                        "What is your question?", "The question came up at the hearing.", "Let me ask a big question next.", "I have a big question for you."])
        #expect(c[0].replyOpener && c[1].replyOpener && c[2].replyOpener)
        #expect(!c[3].replyOpener && !c[4].replyOpener)
        // A question that is put, not praised ("Let me ask a big question", "I have a big question").
        #expect(!c[5].replyOpener && !c[6].replyOpener)
    }

    @Test func aStatementThatGoesOnIsNoMirror() {
        let c = marked(["Thank you all for coming.", "We will now take some questions.", "Do you have the figures?", "I have them here in front of me."])
        #expect(!c[1].mirrors)
        #expect(!c[3].mirrors && !c[3].bareAnswer)
    }

    @Test func aBareAnswerIsShortAndFollowsAQuestion() {
        let c = marked(["Were you there?", "Yes.", "Yes.", "And what did you see there that night?"])
        #expect(c[1].bareAnswer)
        #expect(!c[2].bareAnswer) // follows an answer, not a question
        #expect(c[3].putsToYou)
    }
}
