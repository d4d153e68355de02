@testable import BriefingCore
import Foundation
import Testing

/// Conversations without labels or a list of people, one sentence per line as speech-to-text writes them,
/// written for these tests: who speaks each turn, and where it starts. Also: an article stays an article.
@Suite struct FloorAttributionTests {
    func document(_ body: String) -> Document { UnlabelledText.document(body) }
    func turns(_ body: String) -> [String] { UnlabelledText.turns(body) }

    /// A press briefing: the podium opens, hands over to a guest briefer, who takes questions and hands back.
    static let briefingWithAGuestBriefer = """
        Good morning, everyone.
        I have one thing at the top and then I will hand it over.
        The county opened two new shelters this week, and both are already full.
        And now I'm going to turn it over to my colleague, Commissioner Dana Whitfield, who will talk about the flood response.
        Commissioner.
        Thank you very much, Maria.
        The river crested at nine feet last night, and the levee held.
        We have moved four hundred families out of the low streets.
        Dana, how many people are still without power?
        About two thousand homes, and the utility expects to reach them by Friday.
        Commissioner, is the levee safe for another storm?
        It held, and the engineers will inspect every mile of it this weekend.
        Thank you so much, Commissioner.
        Go ahead, Lionel.
        Thanks, Maria.
        Will the county ask the state for emergency funds?
        We have already asked, and we expect an answer this week.
        """

    @Test func pressBriefingWithAGuestBrieferWhoHandsTheFloorBack() {
        let body = Self.briefingWithAGuestBriefer
        #expect(turns(body) == [
            "Maria: Good morning, everyone.",
            "Commissioner Dana Whitfield: Thank you very",
            "Reporter: Dana, how many",
            "Commissioner Dana Whitfield: About two thousand",
            "Reporter: Commissioner, is the",
            "Commissioner Dana Whitfield: It held, and",
            "Maria: Thank you so",
            "Lionel: Thanks, Maria. Will",
            "Maria: We have already",
        ])
    }

    /// Counsel questions a witness; each names the other once.
    static let counselAndWitness = """
        Mr. Okafor, you signed the contract in March?
        I did, yes.
        And who told you to sign it?
        Nobody told me to sign it, Mrs. Lindqvist.
        I read it, and I thought the terms were fair for the town.
        Were you aware of the second payment?
        No.
        I learned of it from the newspaper in May, like everyone else.
        So you never saw the invoice?
        Not until the audit, no.
        """

    @Test func interviewWhereEachSideNamesTheOther() {
        let body = Self.counselAndWitness
        let got = turns(body)
        #expect(got == [
            "Mrs. Lindqvist: Mr. Okafor, you",
            "Mr. Okafor: I did, yes.",
            "Mrs. Lindqvist: And who told",
            "Mr. Okafor: Nobody told me",
            "Mrs. Lindqvist: Were you aware",
            "Mr. Okafor: No. I learned",
            "Mrs. Lindqvist: So you never",
            "Mr. Okafor: Not until the",
        ])
        let roles = TurnBuilder.analyze(document(body)).roles
        #expect(roles["Mr. Okafor"] == "guest")
        #expect(roles["Mrs. Lindqvist"] == "host")
    }

    /// Nobody is called by name except inside reported speech: a quotation said "to you" that opens by calling
    /// someone names the one asked (the witness), though it runs on to the next line.
    @Test func reportedSpeechSaidToYouNamesTheWitness() {
        let body = """
        You were in the office when the boxes were taken out?
        Yes, sir.
        I was there the whole afternoon.
        And did the guard say anything to you like "Ms.
        Quist, you should not take those papers home"?
        No, sir.
        He never spoke to me about the papers.
        Did anyone else speak to you that evening?
        No.
        I went home and I did not call anyone.
        """
        let got = turns(body)
        #expect(got == [
            "Host: You were in",
            "Ms. Quist: Yes, sir. I",
            "Host: And did the",
            "Ms. Quist: No, sir. He",
            "Host: Did anyone else",
            "Ms. Quist: No. I went",
        ])
        // `turns --explain` says where the name came from.
        let explained = FloorAttributor.attribute(document(body)).units.map { $0.cues.summary }
        #expect(explained.contains { $0.contains("reported-addresses=Ms. Quist") })
        // Said "to me", the quotation's address names the speaker instead.
        let names = NameLexicon("She told me, \"Darnell, you can go home now.\" Darnell was tired.")
        #expect(ReportedAddress.find("She told me, \"Darnell, you can go home now.\"", names: names).map { "\($0.name) \($0.listener)" } == "Darnell false")
        #expect(ReportedAddress.find("She told me that Darnell could go home.", names: names) == nil)
        // The quotation's subject is not an address.
        #expect(ReportedAddress.find("He said to you, \"Darnell went home.\"", names: names) == nil)
    }

    /// Where one person asks and one answers, what is put to "you" is the asker's, though it is no question:
    /// counsel sets out what the witness did before asking about it.
    @Test func statementsPutToYouAreTheAskers() {
        let body = """
        Mr. Baptiste, you ran the shelter program for six years?
        Yes.
        I ran it from the start until last spring.
        You signed every contract the program made in that time.
        And you reported to the county board each quarter.
        Did the board ever question a payment?
        Never.
        The board approved every payment we made.
        """
        #expect(turns(body) == [
            "Host: Mr. Baptiste, you",
            "Mr. Baptiste: Yes. I ran",
            "Host: You signed every",
            "Mr. Baptiste: Never. The board",
        ])
        #expect(AskerLean.kind(["you", "signed", "it"]) == 2)
        #expect(AskerLean.kind(["you", "know", "i", "signed", "it"]) == 1)
        #expect(AskerLean.kind(["the", "board", "approved", "it"]) == 0)
        #expect(AskerLean.table[2] > AskerLean.table[0] && AskerLean.table[0] > AskerLean.table[1])
        // `turns --explain` shows the persons a statement speaks in.
        let names = NameLexicon(body)
        #expect(FloorCues("You signed every contract.", names: names).summary.contains("to-you"))
        #expect(FloorCues("I ran it myself.", names: names).summary.contains("as-I"))
    }

    /// A cross-examination in short exchanges: the answers echo the questions or leave their verb out
    /// ("I did."), and after a bare "Yes." the one who asked goes on with what they put to "you".
    @Test func crossExaminationInShortExchanges() {
        let body = """
        Ms. Farrow, you were at the depot that night?
        I was.
        At the depot itself?
        At the depot itself.
        Alone?
        Alone.
        And you saw the truck leave?
        I did.
        Yet the log you kept shows no truck after ten o'clock.
        You signed that log, Ms. Farrow?
        Yes.
        So you wrote down something you knew to be wrong, didn't you?
        I did not, Mr. Haskell.
        The night clerk kept the log, and I only signed the page at the end of the shift.
        """
        #expect(turns(body) == [
            "Mr. Haskell: Ms. Farrow, you",
            "Ms. Farrow: I was.",
            "Mr. Haskell: At the depot",
            "Ms. Farrow: At the depot",
            "Mr. Haskell: Alone?",
            "Ms. Farrow: Alone.",
            "Mr. Haskell: And you saw",
            "Ms. Farrow: I did.",
            "Mr. Haskell: Yet the log",
            "Ms. Farrow: Yes.",
            "Mr. Haskell: So you wrote",
            "Ms. Farrow: I did not,",
        ])
    }

    @Test func moderatedCallWithReportersNamedWhenCalledOn() {
        let body = """
        Hi, everyone, and thanks for joining.
        This is Priya Raman with the press office.
        Our briefer today is the mayor, and then we will take your questions.
        With that, I'll turn it over to Mayor Tom Oduya.
        Thanks, Priya.
        The water main on Elm Street was repaired overnight and service is back for every home.
        Our first question will go to Sam Ortiz with the Tribune.
        Thanks for doing this.
        How much did the repair cost?
        About three hundred thousand dollars, and the state will cover half of it.
        Next up, we'll go to Ana Li with the Courier.
        Mayor, when will the rest of the pipes be replaced?
        We start next spring, one street at a time.
        """
        let got = turns(body)
        #expect(got == [
            "Priya Raman: Hi, everyone, and",
            "Mayor Tom Oduya: Thanks, Priya. The",
            "Priya Raman: Our first question",
            "Sam Ortiz: Thanks for doing",
            "Mayor Tom Oduya: About three hundred",
            "Priya Raman: Next up, we'll",
            "Ana Li: Mayor, when will",
            "Mayor Tom Oduya: We start next",
        ])
    }

    @Test func inferredTurnsSayHowTheyAreKnown() {
        let body = """
        Mr. Okafor, you signed the contract in March?
        I did, yes.
        And who told you to sign it?
        Nobody told me to sign it, Mrs. Lindqvist.
        Were you aware of the second payment?
        No, I learned of it from the newspaper in May.
        """
        let turns = TurnBuilder.analyze(document(body)).turns
        #expect(!turns.isEmpty)
        #expect(turns.allSatisfy { $0.source == .inferred })
        #expect(turns.allSatisfy { ($0.confidence ?? -1) >= 0 && ($0.confidence ?? 2) <= 1 })
    }

    @Test func anArticleIsNotAConversation() {
        let body = """
        The city council voted on Tuesday to close two branch libraries at the end of the year.
        The decision, which passed by five votes to four, follows a review of the library budget.
        "We had no good choices," said council member Ruth Abara, who voted for the closures.
        Library staff will be offered jobs at the main branch, according to the council's statement.
        The two branches served about 40,000 visitors last year, a fall of a third since 2015.
        Parents' groups have said they will petition the council to reverse the decision.
        The council will hold a public hearing on the budget in March.
        """
        let doc = document(body)
        let verdict = ConversationDetector.assess(doc, sentences: doc.sentences())
        #expect(!verdict.isConversation)
        #expect(verdict.reason.hasPrefix("article"))
        #expect(TurnBuilder.analyze(doc).turns.isEmpty)
        #expect(!TurnBuilder.analyze(doc).quoted.isEmpty)
    }

    @Test func anAddressAtTheEndFollowsALowerCaseWordNotAName() {
        let names = NameLexicon("Who controlled Lake Resources, Incorporated? What do you make of it, Dana? Dana said no.")
        #expect(FloorCues("Who controlled Lake Resources, Incorporated?", names: names).addressed == nil)
        #expect(FloorCues("What do you make of it, Dana?", names: names).addressed == "Dana")
    }

    @Test func aNameThatRestatesWhatWentBeforeCallsNoOne() {
        let names = NameLexicon("Did he discuss it with you, that is, Mr. Okafor? Mr. Okafor left. Which of them, namely, Dana? Dana said no.")
        #expect(FloorCues("Did he discuss it with you, that is, Mr. Okafor?", names: names).addressed == nil)
        #expect(FloorCues("Which of them, namely, Dana?", names: names).addressed == nil)
        // A dash with no space around it joins "that" to the word before.
        #expect(FloorCues("He did discuss it with you, didn't he—that is, Mr. Okafor?", names: names).addressed == nil)
        #expect(FloorCues("What do you make of it, Dana?", names: names).addressed == "Dana")
    }

    @Test func aLineBreakInsideASentenceStartsNoAddress() {
        // A sentence quoted across a line break: the second line's first word is a name, but no one says it to anyone.
        let doc = document("Did she say to you anything like “Ms.\nOkafor, you should not sign this”?\nNo, she never did.\nOkafor, are you sure?")
        let names = NameLexicon(doc.text, in: doc.body)
        let units = AttributionUnit.units(doc.text, paragraphs: doc.paragraphs)
        let wrapped = units.first { $0.text.hasPrefix("Okafor, you") }
        #expect(wrapped?.continuesSentence == true)
        #expect(wrapped.map { FloorCues($0.text, names: names, opensSentence: !$0.continuesSentence).addressed } == .some(nil))
        let asked = units.first { $0.text.hasPrefix("Okafor, are") }
        #expect(asked?.continuesSentence == false)
        #expect(asked.map { FloorCues($0.text, names: names, opensSentence: !$0.continuesSentence).addressed } == "Okafor")
    }

    @Test func aLineHoldingOnlyANameInCapitalsNamesWhoSpeaksNext() {
        // The same hearing, where the witness no longer names the one who asks and a label names her instead.
        let body = Self.counselAndWitness
            .replacingOccurrences(of: ", Mrs. Lindqvist.", with: ".")
            .replacingOccurrences(of: "Were you aware", with: "LINDQVIST.\nWere you aware")
        let got = turns(body)
        #expect(got.first == "Lindqvist: Mr. Okafor, you")
        #expect(got.contains("Mr. Okafor: I did, yes."))
        let names = NameLexicon(body)
        #expect(FloorCues.labelLine("LINDQVIST.", names: names) == "Lindqvist")
        #expect(FloorCues.labelLine("MRS. LINDQVIST:", names: names) == "Mrs. Lindqvist")
        #expect(FloorCues.labelLine("Okafor:", names: names) == "Okafor")
        // Said aloud, not a label: a call-on in ordinary case, a reply in capitals, a word the text writes in lower case.
        #expect(FloorCues.labelLine("Okafor.", names: names) == nil)
        #expect(FloorCues.labelLine("YES.", names: names) == nil)
        #expect(FloorCues.labelLine("AUDIT.", names: names) == nil)
    }

    /// Speech-to-text without line breaks: the same label is a sentence of its own inside the paragraph.
    @Test func aSentenceHoldingOnlyANameInCapitalsNamesWhoSpeaksNextInRunOnText() {
        let lines = Self.counselAndWitness
            .replacingOccurrences(of: ", Mrs. Lindqvist.", with: ".")
            .replacingOccurrences(of: "Were you aware", with: "LINDQVIST.\nWere you aware")
        let runOn = lines.split(separator: "\n").joined(separator: " ")
        let got = turns(runOn)
        #expect(got.first == "Lindqvist: Mr. Okafor, you")
        #expect(got.contains("Mr. Okafor: I did, yes."))
        // A sentence in capitals that is no name ("YES.") labels nothing.
        let shouted = runOn.replacingOccurrences(of: "LINDQVIST.", with: "YES.")
        #expect(turns(shouted).first?.hasPrefix("Lindqvist") == false)
    }

    /// A transcriber's note in parentheses or brackets is nobody's words: "(Laughs.)" calls on no one named Laughs.
    @Test func aTranscribersNoteCallsOnNoOne() {
        let names = NameLexicon("Thanks, Laughs. (Laughs.) Steve. [Applause] Okay. (Thank you, Steve.)")
        #expect(FloorCues("Steve.", names: names).calledOn == "Steve")
        #expect(FloorCues("Thanks, Laughs.", names: names).thanked == "Laughs")
        #expect(FloorCues("(Laughs.)", names: names).calledOn == nil)
        #expect(FloorCues("[Applause]", names: names).calledOn == nil)
        #expect(FloorCues("(Thank you, Steve.)", names: names).thanked == nil)
        // Nor is a word broken off a name: "Ste- — Mr. President, …" calls on no one.
        #expect(FloorCues("Ste-", names: NameLexicon("Ste- — Mr. President, one more? Ste said no.")).calledOn == nil)
    }

    /// The same briefing as speech-to-text writes it without line breaks, and with no call by name after the
    /// hand-over: it still takes effect, at the next sentence.
    @Test func aHandOverTakesEffectInRunOnText() {
        let runOn = Self.briefingWithAGuestBriefer.replacingOccurrences(of: "Commissioner.\n", with: "")
            .split(separator: "\n").joined(separator: " ")
        let got = turns(runOn)
        #expect(got.first == "Maria: Good morning, everyone.")
        #expect(got.contains("Commissioner Dana Whitfield: Thank you very"))
    }

    /// Speech-to-text without line breaks reads as its one-sentence-per-line form: each sentence stands where a
    /// line would.
    @Test func runOnTextHasTheTurnsOfItsLines() {
        for body in [Self.counselAndWitness, Self.briefingWithAGuestBriefer] {
            let runOn = body.split(separator: "\n").joined(separator: " ")
            #expect(turns(runOn) == turns(body))
        }
    }

    @Test func namesAreWordsTheTextNeverWritesInLowerCase() {
        let names = NameLexicon("Look, Karine said so. You look well. Thanks, Karine Jean-Pierre. Well, that is fine.")
        #expect(names.isName("Karine"))
        #expect(!names.isName("Look"))
        #expect(!names.isName("Thanks"))
        #expect(!names.isName("I’m"))
        #expect(names.fullName("Karine") == "Karine Jean-Pierre")
    }
}
