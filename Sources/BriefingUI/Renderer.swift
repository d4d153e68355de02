import BriefingCore

/// Draws a whole frame from the state: `(state) -> ScreenBuffer`. No terminal I/O.
public enum Renderer {
    public static func render(_ state: AppState) -> ScreenBuffer {
        var buf = ScreenBuffer(width: state.width, height: state.height)
        let theme = Theme(colors: state.colors, palette: state.palette)
        let layout = state.layout
        if layout.tooSmall {
            tooSmall(state, into: &buf)
            return buf
        }
        BarPanes.title(state, theme: theme, in: layout.title, into: &buf)
        for sep in layout.separators {
            for y in sep.y..<sep.maxY { buf.put("│", x: sep.x, y: y, maxWidth: 1, style: theme.separator) }
        }
        documentsPane(state).draw(in: layout.documents, theme: theme, into: &buf)
        speakersPane(state).draw(in: layout.speakers, theme: theme, into: &buf)
        ListPane(title: "Topics", rows: state.documentTopics.map { ListPane.Row(text: $0.label, trailing: "×\($0.count)", mark: $0.label == state.activeTopic) },
                 position: state.position(.topics), focused: state.focus == .topics,
                 emptyText: state.analysing ? "analysing…" : "no topics").draw(in: layout.topics, theme: theme, into: &buf)
        ReaderPane(state: state, theme: theme).draw(in: layout.reader, into: &buf)
        timelinePane(state, theme: theme).draw(in: layout.timeline, theme: theme, into: &buf)
        BarPanes.status(state, theme: theme, in: layout.status, into: &buf)
        let overlayArea = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
        switch state.overlay {
        case .help: OverlayPanes.help(state, theme: theme, in: overlayArea, into: &buf)
        case .summary: OverlayPanes.summary(state, theme: theme, in: overlayArea, into: &buf)
        case .related: OverlayPanes.related(state, theme: theme, in: overlayArea, into: &buf)
        case .results: OverlayPanes.results(state, theme: theme, in: overlayArea, into: &buf)
        case .mentions: OverlayPanes.mentions(state, theme: theme, in: overlayArea, into: &buf)
        case nil: break
        }
        return buf
    }

    static func documentsPane(_ state: AppState) -> ListPane {
        let rows = state.documents.headers.enumerated().map { i, h in
            ListPane.Row(text: h.displayTitle, trailing: h.date.map { String($0.iso.prefix(7)) } ?? "", mark: i == state.current)
        }
        return ListPane(title: "Documents", rows: rows, position: state.position(.documents),
                        focused: state.focus == .documents, emptyText: "no documents")
    }

    static func timelinePane(_ state: AppState, theme: Theme) -> ListPane {
        let rows = state.timelineRows.map { r -> ListPane.Row in
            guard let e = r.entry else { return ListPane.Row(text: r.text, style: theme.header) }
            let entry = state.timeline[e]
            let documents = Set(entry.mentions.map(\.path)).count
            let trailing = entry.mentions.count < 2 ? "" : documents < 2 ? "×\(entry.mentions.count)" : "×\(entry.mentions.count)/\(documents)"
            return ListPane.Row(text: r.text, trailing: trailing,
                                mark: state.entryInCurrentDocument(entry))
        }
        let events = state.timelineRows.filter { $0.entry != nil }.count
        var title = "Timeline"
        if let r = state.timelineRange { title += " \(r.earliest.iso)…\(r.latest.iso)" }
        var pane = ListPane(title: title, rows: rows, position: state.position(.timeline), focused: state.focus == .timeline,
                            emptyText: state.analysing ? "analysing…" : (state.timeline.isEmpty ? "no dated events" : "none in this range"))
        pane.count = events
        return pane
    }

    static func speakersPane(_ state: AppState) -> ListPane {
        let speakers = state.model?.speakers ?? []
        if speakers.isEmpty, let quoted = state.model?.quoted, !quoted.isEmpty {
            let rows = quoted.map { q in
                ListPane.Row(text: q.name + (q.role.map { ", \($0)" } ?? ""), trailing: "quoted \(q.quotes.count)×")
            }
            return ListPane(title: "Quoted", rows: rows, position: state.position(.speakers),
                            focused: state.focus == .speakers, emptyText: "")
        }
        let rows = speakers.map { s -> ListPane.Row in
            let filled = Int((s.share * 5).rounded())
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 5 - filled)
            let name = s.name + (s.role.map { ", \($0)" } ?? "")
            return ListPane.Row(text: name, trailing: "\(bar) \(Int((s.share * 100).rounded()))%", mark: s.name == state.speakerFilter)
        }
        // Speakers worked out from the words are said to be so: the reader should weigh them accordingly.
        let title = state.model?.speakersInferred == true ? "Speakers, inferred" : "Speakers"
        return ListPane(title: title, rows: rows, position: state.position(.speakers),
                        focused: state.focus == .speakers, emptyText: "no labelled speakers")
    }

    /// Below the minimum size: a short message, centred, as much of it as fits.
    static func tooSmall(_ state: AppState, into buf: inout ScreenBuffer) {
        guard state.width > 0, state.height > 0 else { return }
        let msg = "terminal too small (\(state.width)x\(state.height)); need \(Layout.minimumWidth)x\(Layout.minimumHeight)"
        let w = min(CellWidth.of(msg), state.width)
        buf.put(msg, x: max(0, (state.width - w) / 2), y: state.height / 2, maxWidth: state.width)
    }
}
