import BriefingCore
import BriefingTestSupport
import Testing

/// Labelled formats: names from the labels, resolved with what the text says.
@Suite struct LabelledTranscriptTests {
    @Test func pressBriefingWithQuestionersAndNoBreakSpaces() {
        let s = """
        Press Briefing by Press Secretary Dana Holt and Council Spokesman Sam Ortiz
        Briefing Room, 1:32 P.M.

        MS. HOLT:\u{00A0} Good afternoon, everyone. Sam is here to talk about the summit.
        MR. ORTIZ:\u{00A0}\u{00A0}Thanks, Dana. The leaders met for three hours.
        Q\u{00A0}\u{00A0}\u{00A0} Did they agree on the pipeline?
        MR. ORTIZ:\tNot yet. Talks go on next week.
        MS. HOLT:  Our next question will go to Ron Kampeas.
        Q:  Thank you. Who will lead the talks?
        MR. ORTIZ:  The deputies will.
        """
        let doc = DocumentParser.parse(SourceText(s), path: "briefing.txt")
        #expect(doc.format == .transcript)
        let turns = TurnBuilder.turns(doc)
        #expect(turns.map(\.speaker) == ["Dana Holt", "Sam Ortiz", "Q", "Sam Ortiz", "Dana Holt", "Ron Kampeas", "Sam Ortiz"])
        let starts = turns.map { doc.text.joined($0.pieces).prefix(12) }
        #expect(starts == ["Good afterno", "Thanks, Dana", "Did they agr", "Not yet. Tal", "Our next que", "Thank you. W", "The deputies"])
        let report = TurnsReport(doc, turns: turns)
        #expect(report.speakers.first { $0.name == "Sam Ortiz" }?.turns == 3)
    }

    @Test func aTopicEndingInAColonInsideAnAnswerIsNotASpeaker() {
        let s = """
        MODERATOR:  Our first question goes to Lena Park.

        Q  Thanks. What is new on the port strikes?

        MR. ODUYA:  Two things.

        On Lagos: the unions meet the port tomorrow.

        In Accra: the bridge reopens on Monday.

        Q  And the buses?

        MR. ODUYA:  Running on a Sunday timetable.
        """
        let doc = DocumentParser.parse(SourceText(s), path: "gaggle.txt")
        let turns = TurnBuilder.turns(doc)
        #expect(turns.map(\.speaker) == ["MODERATOR", "Lena Park", "MR. ODUYA", "Q", "MR. ODUYA"])
        #expect(turns.allSatisfy { $0.source == .label })
        #expect(doc.text.joined(turns[2].pieces).contains("On Lagos: the unions"))
    }

    @Test func surnameLabelsTakeTheFullNameFromTheTitleAndDateHeadingsAreNotSpeakers() {
        let s = """
        ---
        title: "Press Gaggle by Press Secretary Marie-Claire Dubois-Laurent and Adviser Tom\\_Oduya"
        date: 2025-03-02
        ---

        MS. DUBOIS-LAURENT:  Good morning. Tom has an update.

        MR. ODUYA:  Thanks. Two events to note.

        March 4th: the ministers meet in Accra.

        Q  Who attends?

        MR. ODUYA:  All six ministers.
        """
        let doc = DocumentParser.parse(SourceText(s), path: "gaggle.md")
        let turns = TurnBuilder.turns(doc)
        #expect(turns.map(\.speaker) == ["Marie-Claire Dubois-Laurent", "Tom Oduya", "Q", "Tom Oduya"])
    }

    @Test func vttVoicesWithBOMAndContinuationCues() {
        let s = "\u{FEFF}WEBVTT\n\n00:00:00.500 --> 00:00:02.000\n<v Ann Lee>Welcome to the hearing.\n\n00:00:02.000 --> 00:00:04.000\nWe begin with the budget.\n\n00:00:04.000 --> 00:00:06.000\n<v Bo Chan>Thank you, chair.\n\n00:00:06.000 --> 00:00:07.500\n<v Ann Lee>Go ahead.\n"
        let doc = DocumentParser.parse(SourceText(s), path: "hearing.vtt")
        let turns = TurnBuilder.turns(doc)
        #expect(turns.map(\.speaker) == ["Ann Lee", "Bo Chan", "Ann Lee"])
        #expect(turns.map { doc.text.joined($0.pieces) } == ["Welcome to the hearing. We begin with the budget.", "Thank you, chair.", "Go ahead."])
        #expect(turns.map(\.time) == [0.5, 4.0, 6.0])
        // The span of the first turn starts at its first word, counted with the BOM.
        #expect(doc.text.string(turns[0].span).hasPrefix("Welcome"))
        let welcome = Array(s.unicodeScalars).firstIndex(of: "W")! // first "W" after the BOM and "WEBVTT"... skip the header's
        let body = Array(s.unicodeScalars)[(welcome + 1)...].firstIndex(of: "W")!
        #expect(turns[0].span.start == body) // "Welcome", counted with the BOM as one scalar
        #expect(doc.text[0] == "\u{FEFF}")
    }
}
