/// The title line (document title, date, format) and the status line (key hints from the keymap, or the search prompt).
enum BarPanes {
    static func title(_ state: AppState, theme: Theme, in rect: Rect, into buf: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        buf.fill(rect, style: theme.titleBar)
        // A document still being decoded is titled from its header.
        let header = state.documentToLoad.flatMap { state.documents.headers[safe: $0] }
        guard state.model != nil || header != nil else {
            buf.put(" briefing", x: rect.x, y: rect.y, maxWidth: rect.width, style: theme.titleBar)
            return
        }
        let (title, date, format) = state.model.map { ($0.title, $0.document.date, $0.document.format) } ?? (header!.displayTitle, header!.date, header!.format)
        let right = " \(date?.iso ?? "undated") · \(format.rawValue) "
        let rightWidth = CellWidth.of(right)
        let leftWidth = max(0, rect.width - rightWidth)
        buf.put(" " + title, x: rect.x, y: rect.y, maxWidth: leftWidth, style: theme.titleBar)
        if rect.width > rightWidth + 10 {
            buf.put(right, x: rect.maxX - rightWidth, y: rect.y, maxWidth: rightWidth, style: theme.titleBar)
        }
    }

    static func status(_ state: AppState, theme: Theme, in rect: Rect, into buf: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        buf.fill(rect, style: theme.statusBar)
        if state.search.editing {
            buf.put("/" + state.search.query + "▏", x: rect.x, y: rect.y, maxWidth: rect.width, style: theme.statusBar)
            return
        }
        if let p = state.prompt {
            let label = p.kind == .rename ? "Rename \(p.speaker) to: " : (p.kind == .role ? "Role of \(p.speaker): " : (p.kind == .corpusSearch ? "Search all documents: " : (p.kind == .export ? "Export this view to (.md or .html): " : "Timeline range: ")))
            buf.put(label + p.text + "▏", x: rect.x, y: rect.y, maxWidth: rect.width, style: theme.statusBar)
            return
        }
        if let msg = state.message {
            buf.put(" " + msg, x: rect.x, y: rect.y, maxWidth: rect.width, style: theme.statusBar)
            return
        }
        if let r = state.reading {
            let count = r.total > 0 ? "reading documents \(r.done) of \(r.total)…" : "reading the folder…"
            buf.put(" " + count + "  \(state.keyMap.label(.quit)) quits", x: rect.x, y: rect.y, maxWidth: rect.width, style: theme.statusBar)
            return
        }
        if state.analysing {
            // Progress while the corpus analysis is made: which part, of how many (parts already made are shown).
            let stage = state.analysisStage.map { "analysing the corpus: \($0.next) (step \($0.step) of \($0.of))…" }
                ?? "analysing the corpus: timeline (step 1 of 3)…"
            buf.put(" " + stage + "  " + "\(state.keyMap.label(.quit)) quits", x: rect.x, y: rect.y, maxWidth: rect.width, style: theme.statusBar)
            return
        }
        let hints = state.keyMap.hints.map { "\($0.key) \($0.word)" }.joined(separator: "  ")
        buf.put(" " + hints, x: rect.x, y: rect.y, maxWidth: rect.width, style: theme.statusBar)
    }
}
