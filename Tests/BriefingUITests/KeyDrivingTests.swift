@testable import BriefingUI
import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

/// Key sequences drive the state as a user would.
@Suite struct KeyDrivingTests {
    func keys(_ s: inout AppState, _ ks: [Key]) {
        for k in ks { s.update(.key(k)) }
    }

    func typed(_ text: String) -> [Key] { text.map { .char($0) } }

    func briefingState() -> AppState {
        AppState(documents: [Fixtures.briefingModel()], width: 120, height: 40)
    }

    @Test func speakerFilterOnAndOff() {
        var s = briefingState()
        #expect(s.model?.speakers.map(\.name) == ["MS. ROE", "Q", "DR. ORTIZ"])
        keys(&s, [.tab])
        #expect(s.focus == .speakers)
        keys(&s, [.char("j"), .char("j"), .enter])
        #expect(s.speakerFilter == "DR. ORTIZ")
        let headings = s.readerLines.filter { $0.kind == .heading }.map { String($0.chars) }
        #expect(headings == ["DR. ORTIZ"])
        let text = s.readerLines.filter { $0.kind == .text }.map { String($0.chars) }.joined(separator: " ")
        #expect(text.contains("engineers finished") && text.contains("Only at night") && !text.contains("Good afternoon"))
        keys(&s, [.enter])
        #expect(s.speakerFilter == nil)
        #expect(s.readerLines.filter { $0.kind == .heading }.count == 7)
    }

    @Test func textBeforeTheFirstLabelStaysInTheReader() {
        let s = briefingState()
        let first = s.readerLines.first { $0.kind == .text }
        #expect(first.map { String($0.chars) } == "Budget briefing" && first?.speaker == nil)
    }

    @Test func searchIsIncrementalAndNCycles() {
        var s = briefingState()
        s.focus = .reader // in the document list, / searches every document instead
        keys(&s, [.char("/")] + typed("bri"))
        #expect(s.search.editing)
        #expect(s.search.matches.count == 5) // "bridge" ×4, and the title line "Budget briefing" above the first label
        keys(&s, typed("dge") + [.enter])
        #expect(!s.search.editing)
        #expect(s.search.query == "bridge")
        #expect(s.search.current == 0)
        keys(&s, [.char("n")])
        #expect(s.search.current == 1)
        keys(&s, [.char("N"), .char("N")])
        #expect(s.search.current == 3)
        // The current match is on screen.
        let m = s.search.matches[3]
        let line = s.line(showing: m.start)!
        #expect(line >= s.readerTop && line < s.readerTop + s.readerHeight)
        keys(&s, [.escape])
        #expect(s.search.query.isEmpty && s.search.matches.isEmpty)
    }

    @Test func searchScrollsALongDocument() throws {
        var s = try Fixtures.seedState(width: 80, height: 24)
        s.focus = .reader
        keys(&s, [.char("/")] + typed("Chechnyans") + [.enter])
        #expect(s.search.matches.count == 1)
        #expect(s.readerTop > 0)
        let line = s.line(showing: s.search.matches[0].start)!
        #expect(line >= s.readerTop && line < s.readerTop + s.readerHeight)
        let rendered = Renderer.render(s).text
        #expect(rendered.contains("Chechnyans"))
    }

    @Test func historyBackAndForwardAcrossDocumentJumps() throws {
        var s = try Fixtures.seedState(width: 120, height: 40)
        keys(&s, [.tab, .tab, .tab]) // documents → speakers → topics → reader
        #expect(s.focus == .reader)
        keys(&s, [.pageDown])
        let firstPlace = s.place
        #expect(firstPlace.top > 0)
        keys(&s, [.backTab, .backTab, .backTab, .char("j"), .char("j"), .enter])
        #expect(s.current == 2)
        keys(&s, [.ctrl("o")])
        #expect(s.place == firstPlace)
        keys(&s, [.ctrl("n")])
        #expect(s.current == 2 && s.readerTop == 0)
        keys(&s, [.backspace])
        #expect(s.place == firstPlace)
        keys(&s, [.backspace])
        #expect(s.place == firstPlace) // nothing further back
    }

    @Test func searchJumpsAreInTheHistory() {
        var s = briefingState()
        s.update(.resize(width: 80, height: 16))
        s.focus = .reader
        keys(&s, [.char("/")] + typed("night") + [.enter])
        let afterSearch = s.place
        keys(&s, [.char("g")])
        keys(&s, [.char("/")] + typed("bridge") + [.enter, .char("n")])
        keys(&s, [.ctrl("o")])
        #expect(s.search.current == 1 || s.place.top <= afterSearch.top)
    }

    @Test func overlaysOpenAndClose() {
        var s = briefingState()
        keys(&s, [.char("?")])
        #expect(s.overlay == .help)
        keys(&s, [.char("q")])
        #expect(s.overlay == nil && !s.shouldQuit)
        keys(&s, [.char("s")])
        #expect(s.overlay == .summary)
        keys(&s, [.escape])
        #expect(s.overlay == nil)
        #expect(s.update(.key(.char("q"))) == [.quit])
    }

    @Test func resizeRelayoutsAndClampsScroll() {
        var s = briefingState()
        s.focus = .reader
        keys(&s, [.char("G")])
        let bottom = s.readerTop
        s.update(.resize(width: 200, height: 50))
        #expect(s.readerTop <= bottom)
        #expect(s.layout.timeline.width > 0)
        s.update(.resize(width: 70, height: 20))
        #expect(s.layout.timeline.isEmpty)
        keys(&s, [.tab, .tab, .tab, .tab])
        #expect(s.focus != .timeline) // hidden panes are skipped
    }

    @Test func mouseClickFocusesAndSelectsAndWheelScrolls() throws {
        var s = try Fixtures.seedState(width: 120, height: 40)
        let docs = s.layout.content(of: .documents)
        s.update(.mouse(MouseEvent(kind: .press, x: docs.x + 2, y: docs.y + 1)))
        #expect(s.focus == .documents && s.current == 1)
        let reader = s.layout.content(of: .reader)
        s.update(.mouse(MouseEvent(kind: .wheelDown, x: reader.x + 3, y: reader.y + 3)))
        #expect(s.readerTop == 3)
        s.update(.mouse(MouseEvent(kind: .press, x: reader.x + 3, y: reader.y + 3)))
        #expect(s.focus == .reader)
    }
}

/// Speaker corrections from the speakers pane.
@Suite struct SpeakerCorrectionKeyTests {
    @Test func renameFromTheSpeakersPaneAppliesAndAsksToSave() {
        var s = AppState(documents: [Fixtures.briefingModel(path: "/tmp/folder/briefing.txt")], width: 120, height: 40)
        s.update(.key(.tab))
        s.update(.key(.char("j"))) // Q
        s.update(.key(.char("R")))
        #expect(s.prompt?.text == "Q")
        for _ in 0..<1 { s.update(.key(.backspace)) }
        var effects: [Effect] = []
        for c in "Reporter" { s.update(.key(.char(c))) }
        effects = s.update(.key(.enter))
        #expect(s.prompt == nil)
        #expect(s.model?.speakers.map(\.name) == ["MS. ROE", "Reporter", "DR. ORTIZ"])
        #expect(effects == [.save(Correction(documentPath: "/tmp/folder/briefing.txt", speaker: "Q", kind: .rename(to: "Reporter")))])
        #expect(Renderer.render(s).text.contains("▍Reporter"))
    }

    @Test func summariesAreMadeAgainWhenTheAnalysisArrivesAndAfterARename() {
        let model = Fixtures.briefingModel(path: "/tmp/folder/briefing.txt")
        var s = AppState(documents: [model], width: 120, height: 40)
        s.update(.key(.tab))
        s.update(.key(.char("j")))
        s.update(.key(.char("j"))) // DR. ORTIZ
        s.update(.key(.char("s")))
        // Before the corpus analysis there is nothing to summarise from.
        #expect(s.summaryTitle == "What DR. ORTIZ says" && s.summarySentences.isEmpty)
        s.update(.key(.escape))
        s.update(.analysed(CorpusAnalysis([model.document], analyses: [model.analysis])))
        s.update(.key(.char("s")))
        #expect(!s.summarySentences.isEmpty && s.summarySentences.allSatisfy { $0.speaker == "DR. ORTIZ" })
        s.update(.key(.escape))
        s.update(.key(.char("R")))
        for _ in 0..<"DR. ORTIZ".count { s.update(.key(.backspace)) }
        for c in "Ana Ortiz" { s.update(.key(.char(c))) }
        s.update(.key(.enter))
        #expect(s.model?.speakers.map(\.name).contains("Ana Ortiz") == true)
        s.update(.key(.char("s")))
        #expect(s.summaryTitle == "What Ana Ortiz says")
        #expect(!s.summarySentences.isEmpty && s.summarySentences.allSatisfy { $0.speaker == "Ana Ortiz" })
    }

    @Test func promptLinesClearWithCtrlUAndLoseAWordWithCtrlW() {
        var s = AppState(documents: [Fixtures.briefingModel()], width: 120, height: 40)
        s.update(.key(.tab))
        s.update(.key(.char("R")))
        for c in " of the press" { s.update(.key(.char(c))) }
        s.update(.key(.ctrl("w")))
        #expect(s.prompt?.text == "MS. ROE of the ")
        s.update(.key(.ctrl("w")))
        #expect(s.prompt?.text == "MS. ROE of ")
        s.update(.key(.ctrl("u")))
        #expect(s.prompt?.text == "")
    }

    @Test func roleAndEscape() {
        var s = AppState(documents: [Fixtures.briefingModel()], width: 120, height: 40)
        s.update(.key(.char("E")))
        #expect(s.prompt == nil && s.message == "select a speaker in the Speakers pane first")
        s.update(.key(.tab))
        s.update(.key(.char("E")))
        for c in "mayor" { s.update(.key(.char(c))) }
        s.update(.key(.escape))
        #expect(s.prompt == nil && s.model?.speakers[0].role == nil)
        s.update(.key(.char("E")))
        for c in "mayor" { s.update(.key(.char(c))) }
        s.update(.key(.enter))
        #expect(s.model?.speakers[0].role == "mayor")
    }
}

/// Articles list the people they quote; Enter jumps to their words.
@Suite struct QuotedSourceKeyTests {
    @Test func quotedSourcesListAndJump() throws {
        let text = """
        Bridge to close for repairs

        The council voted on Tuesday to close the bridge for a month of repairs to its piers and deck.
        Residents of both banks said they were not consulted and would lose trade.
        Engineers had warned of cracks for a year, and the vote was unanimous in the end.
        A shorter closure was considered and rejected.
        The works will be paid from the reserve fund, said Bo Chan, the council's finance chief.
        Traders plan a protest on Friday.
        """
        let model = DocumentModel(DocumentParser.parse(SourceText(text), path: "bridge.txt"))
        var s = AppState(documents: [model], width: 80, height: 16)
        #expect(s.rowCount(.speakers) == 1)
        #expect(Renderer.render(s).text.contains("Bo Chan, the…"))
        #expect(model.quoted.first?.role == "the council's finance chief")
        s.update(.key(.tab))
        s.update(.key(.enter))
        let quote = model.quoted[0].quotes[0]
        let line = s.line(showing: quote.start)!
        #expect(line >= s.readerTop && line < s.readerTop + s.readerHeight)
        s.update(.key(.ctrl("o")))
        #expect(s.readerTop == 0)
    }
}

/// The timeline sidebar: events by date, jumps to their passages, mentions of merged events, ranges.
@Suite struct TimelineKeyTests {
    func timelineRow(_ s: AppState, containing text: String) -> Int? {
        s.timelineRows.firstIndex { $0.text.contains(text) }
    }

    @Test func enterOnAnEventOpensItsDocumentAtThePassage() throws {
        var s = try Fixtures.seedState(width: 200, height: 50)
        #expect(s.timelineRows.contains { $0.entry == nil && $0.text == "October 2024" })
        let row = try #require(timelineRow(s, containing: "Oreshnik") ?? timelineRow(s, containing: "ballistic missile"))
        s.focus = .timeline
        s.lists[.timeline] = ListPosition(selected: row, top: 0)
        s.update(.key(.enter))
        #expect(s.model?.document.name.hasPrefix("001") == true)
        let target = try #require(s.highlight)
        let line = try #require(s.line(showing: target.start))
        #expect(line >= s.readerTop && line < s.readerTop + s.readerHeight)
        #expect(Renderer.render(s).text.contains("Dnipro"))
        s.update(.key(.ctrl("o")))
        #expect(s.current == 0 && s.readerTop == 0)
    }

    @Test func mentionsOfAMergedEventCycle() throws {
        var s = try Fixtures.seedState(width: 200, height: 50)
        let merged = try #require(s.timeline.firstIndex { $0.mentions.count > 1 })
        let row = try #require(s.timelineRows.firstIndex { $0.entry == merged })
        s.focus = .timeline
        s.lists[.timeline] = ListPosition(selected: row, top: 0)
        // Enter lists where the event is told; choosing one jumps there; m goes on to the next.
        s.update(.key(.enter))
        #expect(s.overlay == .mentions)
        let mentions = s.timeline[merged].mentions
        let frame = Renderer.render(s).text
        #expect(frame.contains("told \(mentions.count) times"))
        #expect(frame.contains(mentions[1].document))
        s.update(.key(.char("j")))
        s.update(.key(.enter))
        #expect(s.overlay == nil)
        #expect(s.highlight == TextSpan(mentions[1].start, mentions[1].end))
        s.update(.key(.char("m")))
        let next = 2 % mentions.count
        #expect(s.highlight == TextSpan(mentions[next].start, mentions[next].end))
        #expect(s.message?.hasPrefix("mention \(next + 1) of \(mentions.count)") == true)
    }

    @Test func rangeFilterAndCurrentDocumentMarks() throws {
        var s = try Fixtures.seedState(width: 200, height: 50)
        let all = s.timelineRows.count
        s.update(.key(.char("F")))
        for c in "2024-06..2024-08" { s.update(.key(.char(c))) }
        s.update(.key(.enter))
        #expect(s.timelineRows.count < all)
        #expect(s.timelineRows.compactMap(\.entry).allSatisfy { s.timeline[$0].date.overlaps(TimelineRows.parseRange("2024-06..2024-08")!!) })
        let frame = Renderer.render(s).text
        #expect(frame.contains("Timeline 2024-06-01…2024-08-31"))
        #expect(frame.contains("▸2024-06")) // an event told in the current document is marked
        s.update(.key(.char("F")))
        s.update(.key(.enter))
        #expect(s.timelineRows.count == all)
        s.update(.key(.char("F")))
        for c in "junk" { s.update(.key(.char(c))) }
        s.update(.key(.enter))
        #expect(s.message?.hasPrefix("not a range") == true)
    }
}

/// Claims in the reader: step through them, open the related ones, jump and come back.
@Suite struct ClaimKeyTests {
    @Test func stepOpenRelatedJumpAndComeBack() throws {
        var s = try Fixtures.seedState(width: 200, height: 50)
        #expect(!s.claims.isEmpty)
        s.update(.key(.char("]")))
        let first = try #require(s.currentClaim)
        #expect(s.highlight == s.claims[first].span)
        #expect(Renderer.render(s).text.contains("▶"))
        s.update(.key(.char("]")))
        #expect(s.currentClaim != first)
        s.update(.key(.char("[")))
        #expect(s.currentClaim == first)
        // Find a claim whose related claims include another document, and follow it.
        while let c = s.currentClaim, !s.claims[c].related.contains(where: { s.claims[$0].path != s.claims[c].path }) {
            s.update(.key(.char("]")))
            if s.currentClaim == first { break }
        }
        let from = try #require(s.currentClaim)
        s.update(.key(.char("r")))
        #expect(s.overlay == .related)
        let rows = s.relatedRows
        #expect(rows[s.relatedSelection].claim.id == from) // the panel opens on the current claim
        #expect(Renderer.render(s).text.contains("▶ "))
        let target = try #require(rows.firstIndex { $0.claim.path != s.claims[from].path })
        while s.relatedSelection < target { s.update(.key(.char("j"))) }
        while s.relatedSelection > target { s.update(.key(.char("k"))) }
        let frame = Renderer.render(s).text
        #expect(frame.contains("Related claims"))
        #expect(frame.contains(rows[target].kind?.rawValue.uppercased() ?? "SAME SUBJECT"))
        // The row says why it is linked: its figure, or the words both claims use.
        let why = ClaimLinkReason.explain(s.claims[from], rows[target].claim)
        #expect(!why.figures.isEmpty || !why.shared.isEmpty)
        #expect(frame.contains("figure: ") || frame.contains("shared words: "))
        let before = s.place
        s.update(.key(.enter))
        #expect(s.overlay == nil)
        #expect(s.model?.document.path == rows[target].claim.path)
        #expect(s.highlight == rows[target].claim.span)
        s.update(.key(.ctrl("o")))
        #expect(s.place == before)
        // Back at the claim itself, not only the scroll position: it is current and highlighted again.
        #expect(s.currentClaim == from && s.highlight == before.highlight)
        #expect(s.message?.contains("back at the claim") == true)
    }
}

/// A thread in the reader: `r` shows the claims about one subject in date order, `]`/`[` step through them.
@Suite struct ClaimThreadKeyTests {
    @Test func threadPanelStepsThroughTheThreadInDateOrder() throws {
        var s = try Fixtures.seedState(width: 200, height: 50)
        let c = try #require(s.claims.first { claim in
            claim.threads.contains { t in s.claimThreads[t].claims.count >= 3 && Set(s.claimThreads[t].claims.map { s.claims[$0].path }).count >= 2 }
        }, "a thread over two documents in the seeds")
        s.currentClaim = c.id
        s.update(.key(.char("r")))
        let thread = try #require(s.activeThread)
        #expect(Renderer.render(s).text.contains("Thread: " + s.claimThreads[thread].subject.prefix(20)))
        let members = s.relatedRows.filter { $0.thread == thread }.map(\.claim)
        let dates = members.map { $0.saidOn ?? "~" }
        #expect(dates == dates.sorted()) // date order, undated last
        var visited = [s.currentClaim!]
        for _ in 0..<members.count { s.update(.key(.char("]"))); if visited.last != s.currentClaim { visited.append(s.currentClaim!) } }
        // From the current claim to the last of the thread, each one in turn, the reader behind the panel.
        let start = try #require(members.firstIndex { $0.id == c.id })
        #expect(visited == members[start...].map(\.id))
        #expect(s.overlay == .related && s.model?.document.path == members.last?.path && s.highlight == members.last?.span)
        #expect(s.message?.contains("last claim of the thread") == true)
        s.update(.key(.char("[")))
        #expect(s.currentClaim == members[members.count - 2].id || members.count == 1)
        s.update(.key(.escape))
        #expect(s.overlay == nil && s.currentClaim == members[max(0, members.count - 2)].id)
        s.update(.key(.ctrl("o"))) // back where the last step started
        #expect(s.model?.document.path == members.last?.path)
    }
}

/// Topics in the reader, and what `s` summarises.
@Suite struct TopicAndSummaryKeyTests {
    @Test func enterOnATopicHighlightsItsPassagesAndNWalksThem() throws {
        var s = try Fixtures.seedState(width: 120, height: 40)
        #expect(!s.documentTopics.isEmpty)
        s.focus = .topics
        s.update(.key(.enter))
        let topic = try #require(s.activeTopic)
        #expect(s.topicPassages.count > 1)
        #expect(s.highlight == s.topicPassages[0])
        s.update(.key(.char("n")))
        #expect(s.highlight == s.topicPassages[1])
        s.update(.key(.char("N")))
        #expect(s.highlight == s.topicPassages[0])
        #expect(Renderer.render(s).text.contains("▸" + topic.prefix(10)))
        s.update(.key(.enter))
        #expect(s.activeTopic == nil && s.topicPassages.isEmpty)
    }

    @Test func summaryFollowsTheFocusedPane() throws {
        var s = try Fixtures.seedState(width: 120, height: 40)
        s.update(.key(.char("s")))
        #expect(s.summaryTitle == "Summary of this document")
        // Part by part: two sentences a part (6 to 12), in reading order, each under its part's heading.
        #expect(s.summaryParts.count > 1 && s.summarySentences.count == min(12, max(6, 2 * s.summaryParts.count)))
        #expect(s.summarySentences.map(\.part) == s.summarySentences.map(\.part).sorted())
        #expect(Set(s.summarySentences.map(\.part)).count > 1)
        let outline = Renderer.render(s).text
        #expect(outline.contains("Part 1 of \(s.summaryParts.count)"))
        s.update(.key(.escape))
        s.focus = .speakers
        s.update(.key(.char("j")))
        let name = s.model!.speakers[1].name
        s.update(.key(.char("s")))
        #expect(s.summaryTitle == "What \(name) says")
        #expect(!s.summarySentences.isEmpty && s.summarySentences.allSatisfy { $0.speaker == name })
        s.update(.key(.escape))
        s.focus = .topics
        s.update(.key(.char("s")))
        #expect(s.summaryTitle.hasPrefix("On "))
        let frame = Renderer.render(s).text
        #expect(frame.contains("(ours, sentences as spoken or written)"))
    }

    /// A topic's summary takes the candidates holding the start of one of its passages, in corpus order: found
    /// through each document's candidates, they are the ones a scan of the whole corpus finds.
    @Test func aTopicsSummaryTakesTheCandidatesHoldingItsPassages() throws {
        var s = try Fixtures.seedState(width: 120, height: 40)
        s.focus = .topics
        var checked = 0
        for row in 0..<s.documentTopics.count {
            var p = s.position(.topics)
            p.selected = row
            s.lists[.topics] = p
            let t = s.documentTopics[row]
            let scanned = s.candidates.filter { c in t.passages.contains { $0.document == c.document && c.span.contains($0.start) } }
            s.update(.key(.char("s")))
            #expect(s.summarySentences == Summarizer().summarize(scanned, count: 5))
            s.update(.key(.escape))
            checked += scanned.isEmpty ? 0 : 1
        }
        #expect(checked > 1)
    }

    @Test func aSpeakersSummaryWithATopicActiveTakesTheirSentencesOnItFirst() throws {
        var s = try Fixtures.seedState(width: 120, height: 40)
        s.focus = .speakers
        s.update(.key(.char("j")))
        let name = s.model!.speakers[1].name
        s.update(.key(.char("s")))
        let plain = s.summarySentences
        s.update(.key(.escape))
        // A topic this speaker mentions, made active with Enter in the topics pane.
        let topic = try #require(s.documentTopics.first { t in t.passages.contains { $0.speaker == name } })
        s.focus = .topics
        var position = s.position(.topics)
        position.selected = try #require(s.documentTopics.firstIndex(of: topic))
        s.lists[.topics] = position
        s.update(.key(.enter))
        #expect(s.activeTopic == topic.label)
        s.focus = .speakers
        s.update(.key(.char("s")))
        #expect(s.summaryTitle == "What \(name) says about \(topic.label)")
        let focus = TopicFocus(topic)
        func onTopic(_ summary: [SummarySentence]) -> Int {
            summary.filter { c in focus.relevance(Summarizer.Candidate(document: c.document, span: TextSpan(c.start, c.end),
                                                                       speaker: c.speaker, text: c.text)) == 1 }.count
        }
        #expect(s.summarySentences.allSatisfy { $0.speaker == name })
        // Their sentences on the topic first: more of them than without the topic, or nothing but them.
        #expect(onTopic(s.summarySentences) > 0)
        #expect(onTopic(s.summarySentences) > onTopic(plain) || onTopic(s.summarySentences) == s.summarySentences.count)
    }
}

/// `/` in the documents pane searches every document through the index; Enter opens the match.
@Suite struct CorpusSearchKeyTests {
    @Test func searchAllDocumentsThenOpenAHit() throws {
        let folder = TemporaryFolder()
        var warnings: [String] = []
        let index = try CorpusIndex(path: folder.path + "/index.sqlite", warnings: &warnings)
        let loaded = try index.load([PackagePaths.seeds], loader: CorpusLoader())
        var s = AppState(corpus: ReaderCorpus(loaded.documents, analyses: index.analyses(for: loaded.documents)), width: 120, height: 40)
        #expect(s.focus == .documents)
        s.update(.key(.char("/")))
        #expect(s.prompt?.kind == .corpusSearch)
        for c in "volunteers" { s.update(.key(.char(c))) }
        let effects = s.update(.key(.enter))
        #expect(effects == [.searchCorpus("volunteers")])
        let hits = try index.search("volunteers")
        #expect(Set(hits.map(\.document)).count >= 2) // found in more than one document
        s.update(.searchResults(query: "volunteers", hits: hits))
        #expect(s.overlay == .results)
        #expect(Renderer.render(s).text.contains("sentences match volunteers"))
        let target = try #require(hits.firstIndex { $0.document.hasPrefix("002") })
        for _ in 0..<target { s.update(.key(.char("j"))) }
        s.update(.key(.enter))
        #expect(s.overlay == nil)
        #expect(s.model?.document.name.hasPrefix("002") == true)
        #expect(s.highlight == TextSpan(hits[target].start, hits[target].end))
        #expect(!s.search.matches.isEmpty) // the word is highlighted in the reader
        s.update(.key(.ctrl("o")))
        #expect(s.current == 0)
    }
}

/// The corpus-wide analysis arrives after the first frame, as an event.
@Suite struct BackgroundAnalysisTests {
    @Test func firstFrameThenTimelineClaimsAndTopics() throws {
        let docs = try CorpusLoader().load([PackagePaths.seeds]).documents
        let analyses = docs.map { TurnBuilder.analyze($0) }
        var s = AppState(corpus: ReaderCorpus(models: zip(docs, analyses).map { DocumentModel($0, analysis: $1) }), width: 120, height: 40)
        s.analysing = true
        let first = Renderer.render(s).text
        #expect(first.contains("Victor Cha") && first.contains("analysing…"))
        #expect(s.timeline.isEmpty && s.documentClaims.isEmpty)
        s.update(.analysed(CorpusAnalysis(docs, analyses: analyses)))
        #expect(!s.analysing && !s.timeline.isEmpty && !s.documentClaims.isEmpty && !s.documentTopics.isEmpty)
        #expect(!Renderer.render(s).text.contains("analysing…"))
    }
}

/// The margin marks the claims another document takes up, not those related within their own document only.
@Suite struct ClaimMarginTests {
    @Test func onlyClaimsTakenUpInAnotherDocumentAreMarked() throws {
        let a = Fixtures.briefingModel(path: "a.txt"), b = Fixtures.briefingModel(path: "b.txt")
        var s = AppState(documents: [a, b], width: 120, height: 40)
        // Claims 0 and 1 relate within a.txt only; claim 2 of a.txt relates to claim 3 of b.txt.
        func claim(_ id: Int, _ path: String, _ start: Int, related: [Int]) -> String {
            """
            {"id": \(id), "document": "\(path)", "path": "\(path)", "start": \(start), "end": \(start + 10), "text": "claim \(id)",
             "kind": "assertion", "quantities": [], "negated": false, "references": [], "related": \(related),
             "links": [], "groups": [], "checkWorthiness": 0.5, "threads": []}
            """
        }
        let json = "[" + [claim(0, "a.txt", 0, related: [1]), claim(1, "a.txt", 20, related: [0]),
                          claim(2, "a.txt", 40, related: [3]), claim(3, "b.txt", 40, related: [2])].joined(separator: ",") + "]"
        var analysis = CorpusAnalysis()
        analysis.claims = try JSONDecoder().decode([Claim].self, from: Data(json.utf8))
        s.update(.analysed(analysis))
        #expect(s.model?.document.path == "a.txt")
        #expect(s.documentClaims.map(\.id) == [2])
    }
}
