import BriefingCore

/// The text being read: speaker headings in the speaker's colour, wrapped lines, search matches highlighted.
struct ReaderPane {
    let state: AppState
    let theme: Theme

    func draw(in rect: Rect, into buf: inout ScreenBuffer) {
        var title = "Reader"
        if let f = state.speakerFilter { title += " · only \(f)" }
        if !state.search.query.isEmpty {
            let n = state.search.matches.count
            let at = state.search.current.map { "\($0 + 1)/" } ?? ""
            title += " · /\(state.search.query) \(at)\(n)"
        }
        PaneChrome.header(title, in: rect, focused: state.focus == .reader, theme: theme, into: &buf)
        let body = rect.dropTop(1)
        guard !body.isEmpty else { return }
        guard state.model != nil else {
            let why = state.documentToLoad != nil ? "reading the document…" : "no document"
            return PaneChrome.empty(why, in: body, theme: theme, into: &buf)
        }
        if state.readerLines.isEmpty { return PaneChrome.empty("nothing to show", in: body, theme: theme, into: &buf) }
        let colors = speakerColors()
        let claimSpans = state.documentClaims.map(\.span)
        let matches = state.search.matches
        let current = state.search.current.flatMap { matches[safe: $0] }
        var m = 0 // first match that may still be on screen
        let passages = state.activeTopic == nil ? [] : state.topicPassages
        var p = 0 // first topic passage that may still be on screen
        var c = 0 // first claim that may still be on screen
        for r in 0..<body.height {
            let i = state.readerTop + r
            guard i < state.readerLines.count else { break }
            let line = state.readerLines[i]
            let y = body.y + r
            switch line.kind {
            case .blank:
                continue
            case .heading:
                let style = theme.speaker(colors[line.speaker ?? ""] ?? 0)
                buf.put("▍" + String(line.chars), x: body.x, y: y, maxWidth: body.width, style: style)
            case .text:
                // A mark in the gutter beside lines that carry a claim other claims take up.
                if let first = line.firstOffset {
                    while c < claimSpans.count, claimSpans[c].end <= first { c += 1 }
                }
                if let first = line.firstOffset, let last = line.offsets.last,
                   claimSpans[c...].prefix(while: { $0.start <= last }).contains(where: { first < $0.end }) {
                    let isCurrent = state.currentClaim.flatMap { state.claims[safe: $0] }.map { $0.start <= last && first < $0.end } ?? false
                    buf.put(isCurrent ? "▶" : "┃", x: body.x, y: y, maxWidth: 1, style: isCurrent ? theme.passage : theme.marker)
                }
                var x = body.x + 1
                for (k, ch) in line.chars.enumerated() {
                    let off = line.offsets[k]
                    while m < matches.count, matches[m].end <= off { m += 1 }
                    var style = Style.plain
                    while p < passages.count, passages[p].end <= off { p += 1 }
                    if p < passages.count, passages[p].contains(off) { style = theme.topic }
                    if let h = state.highlight, h.contains(off) { style = theme.passage }
                    if m < matches.count, matches[m].contains(off), ch != " " || (k + 1 < line.offsets.count && matches[m].contains(line.offsets[k + 1])) {
                        style = matches[m] == current ? theme.currentMatch : theme.match
                    }
                    let w = buf.put(character: ch, x: x, y: y, limit: body.maxX, style: style)
                    if w < 0 { break }
                    x += w
                }
            }
        }
    }

    /// A colour index per speaker, in order of first appearance.
    func speakerColors() -> [String: Int] {
        var out: [String: Int] = [:]
        for s in state.model?.speakers ?? [] where out[s.name] == nil { out[s.name] = out.count }
        return out
    }
}
