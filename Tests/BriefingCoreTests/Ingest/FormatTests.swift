import BriefingCore
import BriefingTestSupport
import Testing

/// One small fixture per supported format, written for these tests.
@Suite struct FormatTests {
    func parse(_ s: String, path: String = "doc.txt") -> Document {
        DocumentParser.parse(SourceText(s), path: path)
    }

    func texts(_ doc: Document, _ turns: [Turn]) -> [String] {
        turns.map { doc.text.joined($0.pieces) }
    }

    @Test func webVTTWithBOMAndCRLF() {
        let s = "\u{FEFF}WEBVTT\r\n\r\nNOTE made for a test\r\n\r\n1\r\n00:00:01.000 --> 00:00:04.000\r\n<v Jane Roe>Hello there, <i>everyone</i>.\r\n\r\n00:00:04.500 --> 00:00:06.000\r\nStill me.\r\n\r\n00:01:06.250 --> 00:01:08.000 align:start\r\n<v.loud John Doe>Hi Jane.\r\n"
        let doc = parse(s, path: "talk.vtt")
        #expect(doc.format == .webvtt)
        let turns = TurnBuilder.turns(doc)
        #expect(turns.map(\.speaker) == ["Jane Roe", "John Doe"])
        #expect(texts(doc, turns) == ["Hello there, everyone. Still me.", "Hi Jane."]) // the italic tag leaves no space before the stop
        #expect(turns.map(\.time) == [1.0, 66.25])
        // Offsets count the BOM and both scalars of every CRLF, as the file reads.
        let scalars = Array(s.unicodeScalars)
        let hello = scalars.indices.first { i in String(String.UnicodeScalarView(scalars[i..<min(i + 5, scalars.count)])) == "Hello" }!
        #expect(turns[0].span.start == hello)
    }

    @Test func subRipWithLabelsInsideCues() {
        let s = "1\n00:00:01,000 --> 00:00:02,500\nJANE ROE: Good morning.\n\n2\n00:00:03,000 --> 00:00:04,000\nJOHN DOE: Morning.\nHow are you?\n\n3\n00:00:04,000 --> 00:00:05,000\nFine, thanks.\n"
        let doc = parse(s, path: "a.srt")
        #expect(doc.format == .subrip)
        let turns = TurnBuilder.turns(doc)
        #expect(turns.map(\.speaker) == ["JANE ROE", "JOHN DOE"])
        #expect(texts(doc, turns) == ["Good morning.", "Morning. How are you? Fine, thanks."])
        #expect(turns.map(\.time) == [1.0, 3.0])
    }

    @Test func subRipDetectedFromContentWithoutExtension() {
        let s = "1\n00:00:01,000 --> 00:00:02,500\nA line.\n\n2\n00:00:03,000 --> 00:00:04,000\nAnother line.\n"
        #expect(DocumentParser.detect(SourceText(s), path: "subs.txt") == .subrip)
    }

    @Test func labelledTranscriptWithNoBreakSpacesTabsAndTimestamps() {
        let s = """
        Briefing on the budget
        Room 4, 10:30 a.m.

        MS. ROE:\u{00A0}Good afternoon. Let's begin.
        Q\u{00A0}\u{00A0}What about the deficit?
        MS. ROE:\tWe will publish figures.
        They will be complete.

        Q:  And the timing?
        [00:01:02] Dr. Sam Ortiz: Next month.
        """
        let doc = parse(s)
        #expect(doc.format == .transcript)
        #expect(doc.title == "Briefing on the budget")
        let turns = TurnBuilder.turns(doc)
        #expect(turns.map(\.speaker) == ["MS. ROE", "Q", "MS. ROE", "Q", "Dr. Sam Ortiz"])
        #expect(texts(doc, turns) == ["Good afternoon. Let's begin.", "What about the deficit?",
                                      "We will publish figures. They will be complete.", "And the timing?", "Next month."])
        #expect(turns.last?.time == 62)
    }

    @Test func labelVariantsMergeAndAliasesApply() {
        let s = "MR. KIRBY: One.\nJane: Two.\nMr. Kirby: Three.\n"
        var doc = parse(s)
        #expect(Set(TurnBuilder.turns(doc).map(\.speaker)) == ["Mr. Kirby", "Jane"])
        doc.speakerAliases = ["MR. KIRBY": "John Kirby"]
        #expect(TurnBuilder.turns(doc).map(\.speaker) == ["John Kirby", "Jane", "John Kirby"])
    }

    @Test func markdownWithBrokenFrontMatterKeepsItsLines() {
        let s = "---\ntitle: Field notes\ndate: 2023-03-05\nauthor: [Jane\n  bad: : :\n---\n# A heading\n\nSome text here. More text.\n"
        let doc = parse(s, path: "notes.md")
        #expect(doc.format == .markdown)
        #expect(doc.title == "Field notes")
        #expect(doc.date?.iso == "2023-03-05")
        #expect(doc.warnings.contains { $0.contains("not valid YAML") })
        #expect(doc.blocks.map { doc.text.joined($0.pieces) } == ["A heading", "Some text here. More text."])
    }

    @Test func markdownFrontMatterFields() {
        let s = "---\ntitle: \"Panel\"\npublished_at: 2022-09-21T10:00:00Z\nauthor: Sam Ortiz\nspeakers:\n  - Ann Lee\n  - Bo Chan\n---\n**Ann Lee:** Welcome.\n\n**Bo Chan:** Thanks.\n\n**Ann Lee:** Let's start.\n"
        let doc = parse(s, path: "panel.md")
        #expect(doc.format == .markdown)
        #expect(doc.date?.iso == "2022-09-21")
        #expect(doc.authors == ["Sam Ortiz"])
        #expect(doc.people.map(\.name) == ["Ann Lee", "Bo Chan"])
        let turns = TurnBuilder.turns(doc)
        #expect(turns.map(\.speaker) == ["Ann Lee", "Bo Chan", "Ann Lee"])
        #expect(texts(doc, turns) == ["Welcome.", "Thanks.", "Let's start."])
    }

    @Test func podcastPageHeaderPeopleSummaryAndBody() {
        let s = """
        artwork for episode Budget Talks Again

        Budget Talks Again

        2023/5/7
        artwork for show Money Hour

        Money Hour

        Guests
        A
        Alice Hart
        B
        Ben Ode
        About
        本期节目讨论了预算问题以及政府如何在未来几年内平衡收入和支出，嘉宾们分享了各自的看法和建议。

        Episode notes

        Transcript

        Welcome to Money Hour. Today we talk about budgets with two guests who know them well, Alice and Ben.

        Alice, let me start with you. Why do budgets matter so much this year?
        """
        let doc = parse(s)
        #expect(doc.format == .podcastPage)
        #expect(doc.title == "Budget Talks Again")
        #expect(doc.source == "Money Hour")
        #expect(doc.date?.iso == "2023-05-07")
        #expect(doc.people.map(\.name) == ["Alice Hart", "Ben Ode"])
        #expect(doc.publisherSummary.map { doc.text.string($0) }?.hasPrefix("本期节目") == true)
        #expect(doc.text.string(doc.body).hasPrefix("Welcome to Money Hour."))
    }

    @Test func articleTitleFromFirstSentence() {
        let s = "The council voted on Tuesday to close the old bridge to all traffic after engineers found deep cracks in two of its piers.\nResidents said they were not consulted.\n"
        let doc = parse(s)
        #expect(doc.format == .article)
        #expect(doc.title == "The council voted on Tuesday to close the old bridge to all traffic…")
        #expect(doc.blocks.count == 2)
    }

    @Test func articleHeadlineIsTheTitle() {
        let doc = parse("Bridge closed after cracks found\n\nThe council voted to close the bridge. Residents objected.\n")
        #expect(doc.title == "Bridge closed after cracks found")
    }

    @Test func proseWithAColonIsNotATranscript() {
        let s = "Note: this is a draft.\nThe plan has three parts. The first is cheap.\nWarning: the second is not.\n"
        #expect(DocumentParser.detect(SourceText(s), path: "x.txt") == .article)
    }

    @Test func folderMetadataOverridesAndAliases() throws {
        let folder = TemporaryFolder()
        folder.write("call.txt", "ROE: Hello.\nORTIZ: Hi.\nROE: Bye.\n")
        folder.write("briefing.yaml", """
        documents:
          call.txt:
            title: Morning call
            date: 2024-02-03
            source: Desk notes
            speakers: { ROE: Jane Roe }
            roles: { Jane Roe: chair }
        """)
        let result = try CorpusLoader().load([folder.path])
        #expect(result.documents.count == 1)
        let doc = result.documents[0]
        #expect(doc.title == "Morning call")
        #expect(doc.date?.iso == "2024-02-03")
        #expect(doc.dateSource == "briefing.yaml")
        #expect(doc.source == "Desk notes")
        #expect(TurnBuilder.turns(doc).map(\.speaker) == ["Jane Roe", "ORTIZ", "Jane Roe"])
        #expect(doc.people.first { $0.name == "Jane Roe" }?.role == "chair")
    }
}
