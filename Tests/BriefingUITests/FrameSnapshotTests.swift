@testable import BriefingUI
import BriefingCore
import BriefingTestSupport
import Testing

/// Frames rendered into the cell grid without a terminal, compared with stored plain-text snapshots.
@Suite struct FrameSnapshotTests {
    static let sizes = [(80, 24), (120, 40), (200, 50)]

    func state(_ w: Int, _ h: Int) throws -> AppState {
        try Fixtures.seedState(width: w, height: h)
    }

    @Test(arguments: sizes) func wholeFrame(size: (Int, Int)) throws {
        let s = try state(size.0, size.1)
        let frame = Renderer.render(s)
        assertSnapshot(frame.text, named: "frame_seeds_\(size.0)x\(size.1)")
        // Nothing overflows: every row is exactly the width of the screen, measured in cells.
        for line in frame.lines() { #expect(CellWidth.of(line) == size.0) }
    }

    @Test(arguments: sizes) func eachPaneAlone(size: (Int, Int)) throws {
        var corpus = try Fixtures.seedCorpus()
        corpus.models.append(Fixtures.briefingModel())
        var s = AppState(corpus: corpus, width: size.0, height: size.1)
        s.perform(.bottom) // select the labelled transcript
        s.perform(.select)
        let theme = Theme(colors: false)
        let area = Rect(x: 0, y: 0, width: size.0, height: size.1)
        var panes: [(String, ScreenBuffer)] = []
        var b = ScreenBuffer(width: size.0, height: size.1)
        Renderer.documentsPane(s).draw(in: area, theme: theme, into: &b); panes.append(("documents", b))
        b = ScreenBuffer(width: size.0, height: size.1)
        Renderer.speakersPane(s).draw(in: area, theme: theme, into: &b); panes.append(("speakers", b))
        b = ScreenBuffer(width: size.0, height: size.1)
        ReaderPane(state: s, theme: theme).draw(in: area, into: &b); panes.append(("reader", b))
        b = ScreenBuffer(width: size.0, height: size.1)
        BarPanes.title(s, theme: theme, in: Rect(x: 0, y: 0, width: size.0, height: 1), into: &b)
        BarPanes.status(s, theme: theme, in: Rect(x: 0, y: 1, width: size.0, height: 1), into: &b)
        panes.append(("bars", b))
        for (name, buf) in panes {
            assertSnapshot(buf.text, named: "pane_\(name)_\(size.0)x\(size.1)")
            for line in buf.lines() { #expect(CellWidth.of(line) == size.0) }
        }
    }

    @Test func degenerateSizesDrawNothingOrAMessage() throws {
        for (w, h) in [(0, 0), (1, 1), (0, 5), (5, 0)] {
            let frame = Renderer.render(try state(w, h))
            #expect(frame.width == w && frame.height == h)
            #expect(frame.lines().allSatisfy { CellWidth.of($0) == w })
        }
        // Every pane alone in a 0x0 and a 1x1 area.
        let s = try state(120, 40)
        let theme = Theme(colors: true)
        for size in [0, 1] {
            var b = ScreenBuffer(width: size, height: size)
            let r = Rect(x: 0, y: 0, width: size, height: size)
            Renderer.documentsPane(s).draw(in: r, theme: theme, into: &b)
            Renderer.speakersPane(s).draw(in: r, theme: theme, into: &b)
            ReaderPane(state: s, theme: theme).draw(in: r, into: &b)
            BarPanes.title(s, theme: theme, in: r, into: &b)
            BarPanes.status(s, theme: theme, in: r, into: &b)
            OverlayPanes.help(s, theme: theme, in: r, into: &b)
            OverlayPanes.summary(s, theme: theme, in: r, into: &b)
            #expect(b.lines().allSatisfy { CellWidth.of($0) == size })
        }
    }

    @Test func tooSmallShowsAMessage() throws {
        let frame = Renderer.render(try state(50, 12))
        assertSnapshot(frame.text, named: "frame_too_small_50x12")
        #expect(frame.text.contains("terminal too small (50x12); need 60x15"))
    }

    @Test func publisherSummaryInChineseAtCorrectWidth() throws {
        var s = try state(80, 24)
        s.perform(.summary)
        // Scroll the summary view down to the publisher's summary.
        var frame = Renderer.render(s)
        for _ in 0..<60 where !frame.text.contains("认为") {
            s.update(.key(.char("j")))
            frame = Renderer.render(s)
        }
        assertSnapshot(frame.text, named: "overlay_summary_80x24")
        let chinese = frame.lines().filter { $0.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } }
        #expect(!chinese.isEmpty)
        for line in frame.lines() { #expect(CellWidth.of(line) == 80, "\(line)") }
        // A wide character never straddles the box's right border.
        for line in chinese { #expect(line.hasSuffix("│ ") || line.hasSuffix("│")) }
    }

    @Test func helpOverlayComesFromTheKeyMap() throws {
        var s = try state(120, 40)
        s.perform(.help)
        let frame = Renderer.render(s)
        assertSnapshot(frame.text, named: "overlay_help_120x40")
        for (keys, help) in KeyMap.standard.helpLines {
            #expect(frame.text.contains(keys) && frame.text.contains(help))
        }
    }

    @Test func controlCharactersShowAsPlaceholders() {
        let text = "Title\n\nHello \u{1B}]0;pwned\u{07} and \u{1B}[2J and \u{202E}reversed text here.\n"
        let model = DocumentModel(DocumentParser.parse(SourceText(text), path: "evil.txt"))
        let s = AppState(documents: [model], width: 80, height: 24)
        let frame = Renderer.render(s)
        let all = frame.cells.map(\.text).joined()
        #expect(!all.unicodeScalars.contains { TextSanitizer.isUnsafe($0) })
        #expect(frame.text.contains("\u{241B}]0;pwned\u{2407}"))
        #expect(frame.text.contains("\u{241B}[2J"))
        #expect(frame.text.contains("\u{FFFD}reversed"))
    }
}
