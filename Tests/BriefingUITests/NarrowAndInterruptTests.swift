@testable import BriefingUI
import BriefingCore
import BriefingTestSupport
import Testing

/// The timeline on terminals too narrow for its sidebar, side panes on wide ones, Ctrl-C and Ctrl-Z.
@Suite struct NarrowAndInterruptTests {
    func keys(_ s: inout AppState, _ ks: [Key]) -> [Effect] {
        ks.flatMap { s.update(.key($0)) }
    }

    @Test func narrowTerminalOpensTheTimelineFullScreen() throws {
        var s = try Fixtures.seedState(width: 80, height: 24)
        #expect(!s.timelineInSidebar && s.layout.timeline.isEmpty)
        #expect(!s.timeline.isEmpty)
        _ = keys(&s, [.char("t")])
        #expect(s.timelineView && s.focus == .timeline)
        #expect(s.layout.timeline == Rect(x: 0, y: 1, width: 80, height: 22))
        #expect(s.layout.reader.isEmpty && s.layout.documents.isEmpty)
        let frame = Renderer.render(s)
        #expect(frame.text.contains("Timeline (\(s.timelineRows.filter { $0.entry != nil }.count))"))
        // Enter on an event jumps to its passage and gives the reader back.
        let event = try #require(s.timelineRows.firstIndex { $0.entry != nil })
        var p = s.position(.timeline); p.selected = event; s.lists[.timeline] = p
        _ = keys(&s, [.enter])
        #expect(!s.timelineView && s.focus == .reader && s.highlight != nil)
        // t and Esc close the view without quitting; q closes it too.
        for close in [Key.char("t"), .escape, .char("q")] {
            _ = keys(&s, [.char("t")])
            #expect(s.timelineView)
            _ = keys(&s, [close])
            #expect(!s.timelineView && !s.shouldQuit)
        }
    }

    @Test func wideTerminalFocusesTheSidebarInstead() throws {
        var s = try Fixtures.seedState(width: 120, height: 40)
        _ = keys(&s, [.char("t")])
        #expect(!s.timelineView && s.focus == .timeline)
    }

    @Test func keysThatNeedTheHiddenTimelineSayHowToReachIt() throws {
        var s = try Fixtures.seedState(width: 80, height: 24)
        _ = keys(&s, [.char("m")])
        #expect(s.message?.contains("t opens it") == true)
        // F filters the timeline: on a narrow terminal it shows the timeline, so the result can be seen.
        _ = keys(&s, [.char("F")])
        #expect(s.timelineView && s.prompt?.kind == .timelineRange)
    }

    @Test func growingTheTerminalTurnsTheViewIntoTheSidebar() throws {
        var s = try Fixtures.seedState(width: 80, height: 24)
        _ = keys(&s, [.char("t"), .char("j"), .char("j")])
        let selected = s.position(.timeline).selected
        s.update(.resize(width: 130, height: 40))
        #expect(!s.timelineView && s.focus == .timeline && s.position(.timeline).selected == selected)
    }

    @Test func selectionStaysInViewAfterAShrink() throws {
        var s = try Fixtures.seedState(width: 200, height: 50)
        _ = keys(&s, [.char("t"), .char("G")])
        let last = s.position(.timeline).selected
        #expect(last > 20)
        s.update(.resize(width: 120, height: 20))
        let p = s.position(.timeline)
        let height = s.layout.content(of: .timeline).height
        #expect(p.selected == last && p.top <= last && last < p.top + height)
    }

    @Test func readerKeepsItsPlaceWhenLinesWrapAnew() throws {
        var s = try Fixtures.seedState(width: 200, height: 50)
        s.focus = .reader
        s.perform(.pageDown); s.perform(.pageDown)
        let offset = try #require(s.readerLines[s.readerTop].firstOffset)
        s.update(.resize(width: 80, height: 24))
        let line = s.readerLines[s.readerTop]
        #expect(line.offsets.contains(offset) || line.firstOffset == offset)
    }

    @Test func sidePanesGrowOnWideTerminals() {
        let at200 = Layout(width: 200, height: 50), at300 = Layout(width: 300, height: 60)
        #expect(at300.documents.width > at200.documents.width)
        #expect(at300.timeline.width > at200.timeline.width)
        #expect(at300.timeline.width >= 60 && at300.reader.width >= 150)
        // Widths asked for are kept within reason: the reader keeps 40 columns.
        let asked = Layout(width: 120, height: 40, widths: Layout.Widths(left: 100, timeline: 100))
        #expect(asked.reader.width >= 40)
        let fixed = Layout(width: 200, height: 50, widths: Layout.Widths(left: 30, timeline: 50))
        #expect(fixed.documents.width == 30 && fixed.timeline.width == 50)
    }

    @Test func ctrlCAsksThenQuits() throws {
        var s = try Fixtures.seedState(width: 120, height: 40)
        #expect(keys(&s, [.ctrl("c")]).isEmpty)
        #expect(s.message?.contains("Ctrl-C again quits") == true && !s.shouldQuit)
        // Any other key goes on.
        _ = keys(&s, [.char("j")])
        #expect(!s.quitArmed)
        #expect(keys(&s, [.ctrl("c"), .ctrl("c")]) == [.quit])
    }

    @Test func ctrlCCancelsAPromptOrSearchFirst() throws {
        var s = try Fixtures.seedState(width: 120, height: 40)
        _ = keys(&s, [.char("F"), .char("2")])
        #expect(s.prompt != nil)
        _ = keys(&s, [.ctrl("c")])
        #expect(s.prompt == nil && !s.quitArmed)
        _ = keys(&s, [.tab, .tab, .tab, .char("/"), .char("K")])
        #expect(s.search.editing)
        _ = keys(&s, [.ctrl("c")])
        #expect(!s.search.editing && s.search.query.isEmpty && !s.quitArmed)
    }

    @Test func ctrlZAsksTheLoopToSuspendFromAnywhere() throws {
        var s = try Fixtures.seedState(width: 120, height: 40)
        #expect(keys(&s, [.ctrl("z")]) == [.suspend])
        s.perform(.help)
        #expect(keys(&s, [.ctrl("z")]) == [.suspend])
        #expect(s.overlay == .help)
    }

    @Test(arguments: [(80, 24), (200, 50)]) func timelineViewAndHelpFrames(size: (Int, Int)) throws {
        var s = try Fixtures.seedState(width: size.0, height: size.1)
        s.perform(.timeline)
        s.message = nil
        let frame = Renderer.render(s)
        assertSnapshot(frame.text, named: "timeline_view_\(size.0)x\(size.1)")
        for line in frame.lines() { #expect(CellWidth.of(line) == size.0) }
        var h = try Fixtures.seedState(width: size.0, height: size.1)
        h.perform(.help)
        let help = Renderer.render(h)
        assertSnapshot(help.text, named: "overlay_help_\(size.0)x\(size.1)")
        #expect(help.text.contains("move down / scroll down"))
        if size.1 >= 50 {
            #expect(help.text.contains("the timeline: its pane, or a full-screen view"))
            #expect(help.text.contains("Ctrl-C") && help.text.contains("Ctrl-Z"))
        }
    }
}

/// The reader's `x`: a prompt with a name for the view, and an export request with the view's scope.
@Suite struct ReaderExportKeyTests {
    @Test func xAsksForAFileAndExportsTheViewsScope() throws {
        var s = try Fixtures.seedState(width: 120, height: 40)
        s.analysing = false
        s.update(.key(.char("x")))
        #expect(s.prompt?.kind == .export && s.prompt?.text == "briefing.md")
        s.update(.key(.escape))
        // A speaker filter and a timeline range narrow the export.
        s.speakerFilter = "Victor Cha"
        s.timelineRange = TimelineRows.parseRange("2024")!!
        s.update(.key(.char("x")))
        #expect(s.prompt?.text == "briefing-victor-cha.md")
        for _ in 0..<2 { s.update(.key(.backspace)) }
        for c in "html" { s.update(.key(.char(c))) }
        let effects = s.update(.key(.enter))
        guard case .export(let r)? = effects.first else { Issue.record("no export effect: \(effects)"); return }
        #expect(r.path == "briefing-victor-cha.html" && r.format == .html)
        #expect(r.scope.speaker == "Victor Cha" && r.scope.from?.iso == "2024-01-01" && r.scope.to?.iso == "2024-12-31")
        #expect(r.timeline.count == s.timeline.count && r.claims.count == s.claims.count)
        s.update(.notice("exported it"))
        #expect(s.message == "exported it")
    }

    @Test func xWaitsForTheAnalysis() throws {
        var s = try Fixtures.seedState(width: 120, height: 40)
        s.analysing = true
        s.update(.key(.char("x")))
        #expect(s.prompt == nil && s.message?.contains("still being made") == true)
    }
}

/// The corpus analysis arrives part by part, and the status line says which part is being made.
@Suite struct AnalysisProgressTests {
    @Test func partsArriveInOrderAndTheStatusLineFollows() throws {
        let corpus = try Fixtures.seedCorpus()
        let docs = corpus.models.map(\.document)
        let analyses = docs.map { TurnBuilder.analyze($0) }
        nonisolated(unsafe) var parts: [CorpusAnalysis] = []
        let full = CorpusAnalysis.make(docs, analyses: analyses) { parts.append($0) }
        #expect(parts.map { $0.pending?.next } == ["claims", "topics and summaries"])
        #expect(!parts[0].timeline.isEmpty && parts[0].claims.isEmpty && parts[1].topics.isEmpty)
        #expect(!parts[1].claims.isEmpty && full.pending == nil && !full.topics.isEmpty)
        for size in [(80, 24), (200, 50)] {
            var s = AppState(documents: corpus.models, width: size.0, height: size.1)
            s.analysing = true
            var frame = Renderer.render(s)
            #expect(frame.lines().last?.contains("analysing the corpus: timeline (step 1 of 3)…") == true)
            s.update(.analysed(parts[0]))
            #expect(s.analysing && s.timeline.count == full.timeline.count)
            frame = Renderer.render(s)
            assertSnapshot(frame.text, named: "progress_\(size.0)x\(size.1)")
            #expect(frame.lines().last?.contains("analysing the corpus: claims (step 2 of 3)…") == true)
            // The timeline is there while the claims are made; q still quits.
            if size.0 >= 200 { #expect(frame.text.contains("Timeline (") && !frame.text.contains("Timeline\n")) }
            s.update(.analysed(full))
            #expect(!s.analysing && !s.claims.isEmpty)
            #expect(Renderer.render(s).lines().last?.contains("analysing") == false)
            #expect(s.update(.key(.char("q"))) == [.quit])
        }
    }
}

/// The claim thread panel at both ends of the size range.
@Suite struct ClaimThreadFrameTests {
    @Test(arguments: [(80, 24), (200, 50)]) func threadPanel(size: (Int, Int)) throws {
        var s = try Fixtures.seedState(width: size.0, height: size.1)
        let c = try #require(s.claims.filter { !$0.threads.isEmpty }.min { ($0.path, $0.start) < ($1.path, $1.start) })
        s.currentClaim = c.id
        s.update(.key(.char("r")))
        s.message = nil
        let frame = Renderer.render(s)
        assertSnapshot(frame.text, named: "claim_thread_\(size.0)x\(size.1)")
        #expect(frame.text.contains("Thread: ") && frame.text.contains("THIS CLAIM"))
        for line in frame.lines() { #expect(CellWidth.of(line) == size.0) }
    }
}

/// A jump to a passage a speaker filter hides says so, and how to clear the filter.
@Suite struct FilterHidesPassageTests {
    @Test func jumpIntoAHiddenTurnSaysTheFilterHidesIt() throws {
        var s = AppState(documents: [Fixtures.briefingModel()], width: 120, height: 40)
        let text = Fixtures.briefingText
        let ortiz = try #require(text.range(of: "Only at night"))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: ortiz.lowerBound)
        s.speakerFilter = "MS. ROE"
        s.refresh()
        s.jump(to: "briefing.txt", TextSpan(start, start + 13))
        #expect(s.message?.contains("hidden by the filter on MS. ROE") == true)
        #expect(s.message?.contains("Esc clears the filter") == true)
        s.update(.key(.escape))
        #expect(s.speakerFilter == nil)
        // A passage the filter shows gives no such message.
        s.speakerFilter = "DR. ORTIZ"
        s.message = nil
        s.refresh()
        s.jump(to: "briefing.txt", TextSpan(start, start + 13))
        #expect(s.message == nil)
    }
}

/// The reader opens before the folder is read: the status line counts documents, then the shelf arrives.
@Suite struct ReadingProgressTests {
    @Test func readingThenShelvedThenFailed() throws {
        var s = AppState(shelf: DocumentShelf([]), width: 80, height: 24)
        s.analysing = true
        s.reading = (0, 0)
        #expect(Renderer.render(s).lines().last?.contains("reading the folder…") == true)
        s.update(.reading(done: 96, total: 300))
        #expect(Renderer.render(s).lines().last?.contains("reading documents 96 of 300…  q quits") == true)
        // Counts come from several threads: one that arrives late never takes the count back.
        s.update(.reading(done: 97, total: 300))
        s.update(.reading(done: 95, total: 300))
        #expect(s.reading?.done == 97)
        let shelf = DocumentShelf([Fixtures.briefingModel()])
        s.update(.shelved(shelf, warnings: ["a.bin: binary file, skipped", "b.txt: empty file, skipped"]))
        #expect(s.reading == nil && s.documents.count == 1 && s.model != nil)
        #expect(s.message == "a.bin: binary file, skipped (and 1 more warnings)")
        #expect(Renderer.render(s).text.contains("Documents (1)"))
        #expect(s.update(.failed("nothing readable", status: 1)) == [.quit])
        #expect(s.failure?.status == 1)
    }
}
