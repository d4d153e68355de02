import BriefingCore

/// Full-screen layers: the help (generated from the keymap) and the summary view.
enum OverlayPanes {
    static func help(_ state: AppState, theme: Theme, in rect: Rect, into buf: inout ScreenBuffer) {
        let k = state.keyMap.label
        var lines: [(String, Style)] = [("Keys", theme.header), ("", .plain)]
        let entries = state.keyMap.helpLines
        let keyWidth = min(24, (entries.map { CellWidth.of($0.keys) }.max() ?? 0) + 2)
        for e in entries {
            let pad = String(repeating: " ", count: max(1, keyWidth - CellWidth.of(e.keys)))
            lines.append(("  " + e.keys + pad + e.help, .plain))
        }
        lines += [("", .plain), ("Marks", theme.header), ("", .plain),
                  ("  ┃  in the text's margin: a claim that claims in other documents take up (\(k(.nextClaim)) \(k(.prevClaim)) go through them)", .plain),
                  ("  ▶  in the margin: the current claim (\(k(.relatedClaims)) shows its thread: who said it, when, how they relate)", .plain),
                  ("  ▸  in a list: the document shown; in the timeline, an event told in it", .plain),
                  ("  ×N in the timeline: the event is told N times (×N/D: in D documents; \(k(.select)) lists them); in topics,", .plain),
                  ("     how often the topic comes up", .plain),
                  ("  █░ in speakers: the speaker's share of the words", .plain),
                  ("  AGREES, DIFFERS, DISPUTES, REPEATS: how a related claim stands to the current one; SAME SUBJECT:", .plain),
                  ("     in its thread without a direct link; the figure and the shared words under it say why", .plain),
                  ("  highlighted text: the passage a jump landed on, search matches, the active topic's passages", .plain),
                  ("", .plain), ("Mouse: click a pane to focus it and a row to select it; the wheel scrolls.", theme.dim),
                  ("\(k(.quit)), \(k(.back)) or \(k(.help)) closes this help.", theme.dim)]
        box("Help", lines, top: state.overlayTop, theme: theme, in: rect, into: &buf)
    }

    static func summary(_ state: AppState, theme: Theme, in rect: Rect, into buf: inout ScreenBuffer) {
        guard let m = state.model else { return }
        let d = m.document
        var lines: [(String, Style)] = [(m.title, theme.header), ("", .plain)]
        lines.append(("Format: \(d.format.rawValue)   Date: \(d.date?.iso ?? "undated")\(d.dateSource.map { " (\($0))" } ?? "")", .plain))
        if let s = d.source { lines.append(("Source: \(s)", .plain)) }
        if !d.authors.isEmpty { lines.append(("By: \(d.authors.joined(separator: ", "))", .plain)) }
        lines.append(("Words: \(d.wordCount)", .plain))
        let width = max(1, rect.width - 6) // the box's inner width
        lines.append(("", .plain))
        lines.append((state.summaryTitle + " (ours, sentences as spoken or written)", theme.header))
        if state.summarySentences.isEmpty { lines.append(("nothing to summarise", theme.dim)) }
        var part: Int?
        for s in state.summarySentences {
            // Part by part: a heading where a new part of the document begins.
            if state.summaryParts.count > 1, s.part != part, let p = state.summaryParts.first(where: { $0.index == s.part }) {
                part = s.part
                let heading = Array("Part \(p.index + 1) of \(state.summaryParts.count)" + (p.label.isEmpty ? "" : ": \(p.label)")
                                    + (p.speakers.isEmpty ? "" : " (\(p.speakers.joined(separator: ", ")))"))
                for (a, b) in ReaderLayout.wrap(heading, width: width) { lines.append((String(heading[a..<b]), theme.dim)) }
            }
            let mark = s.kind == .statement ? "" : s.kind.rawValue.uppercased() + ": "
            let chars = Array("• " + mark + s.text + (s.speaker.map { " — \($0)" } ?? ""))
            for (a, b) in ReaderLayout.wrap(chars, width: width) { lines.append((String(chars[a..<b]), .plain)) }
        }
        if let span = d.publisherSummary {
            lines.append(("", .plain))
            lines.append(("Publisher's summary (as published, not ours)", theme.header))
            let (chars, _) = ReaderLayout.characters(d.text, [span])
            for (a, b) in ReaderLayout.wrap(chars, width: width) { lines.append((String(chars[a..<b]), .plain)) }
        }
        if !m.speakers.isEmpty {
            lines.append(("", .plain))
            lines.append(("Speakers", theme.header))
            for s in m.speakers {
                lines.append(("  \(s.name)\(s.role.map { " — \($0)" } ?? ""): \(s.words) words, \(s.turns) turns", .plain))
            }
        }
        let unlisted = d.people.filter { p in !m.speakers.contains { $0.name == p.name } }
        if !unlisted.isEmpty {
            lines.append(("", .plain))
            lines.append(("People listed", theme.header))
            for p in unlisted { lines.append(("  \(p.name)\(p.role.map { " — \($0)" } ?? "")", .plain)) }
        }
        box("Summary", lines, top: state.overlayTop, theme: theme, in: rect, into: &buf)
    }

    /// The current claim's threads (who said what, when, in date order; `▶` marks the current claim) and the
    /// claims linked to it outside them, each with the kind of link.
    static func related(_ state: AppState, theme: Theme, in rect: Rect, into buf: inout ScreenBuffer) {
        let k = state.keyMap.label
        guard let c = state.currentClaim.flatMap({ state.claims[safe: $0] }) else { return }
        var lines: [(String, Style)] = [("“\(c.text.prefix(200))”", theme.header),
                                        ("\(c.claimant ?? "author") · \(c.document) · \(c.saidOn ?? c.date ?? "undated")", theme.dim)]
        var selectedLine = 0
        var section: Int?? = .none
        let rows = state.relatedRows // made once per frame
        for (k, row) in rows.enumerated() {
            if section != .some(row.thread) {
                section = .some(row.thread)
                lines.append(("", .plain))
                if let t = row.thread, let thread = state.claimThreads[safe: t] {
                    let count = rows.filter { $0.thread == t }.count
                    let steps = t == state.activeThread ? " · ] [ step through it" : ""
                    lines.append(("Thread: \(thread.subject) · \(count) claims in date order\(steps)", theme.header))
                    if let figures = thread.figures { lines.append(("  " + figures, theme.dim)) }
                } else {
                    lines.append(("Linked outside its threads", theme.header))
                }
            }
            let selected = k == state.relatedSelection
            if selected { selectedLine = lines.count }
            let other = row.claim
            let mark = other.id == c.id ? "▶ " : "  "
            let kind = other.id == c.id ? "THIS CLAIM" : (row.kind?.rawValue.uppercased() ?? "SAME SUBJECT")
            let head = "\(mark)\(other.saidOn ?? other.date ?? "undated") · \(other.claimant ?? "author") · \(kind) · \(other.document)"
            lines.append((head, selected ? theme.selected : .plain))
            lines.append(("    " + String(other.text.prefix(160)), selected ? theme.selected : theme.dim))
            // What links it to the current claim: its figures and the words both use.
            if other.id != c.id {
                let why = ClaimLinkReason.explain(c, other)
                var parts: [String] = []
                if !why.figures.isEmpty { parts.append("figure: " + why.figures.joined(separator: ", ")) }
                if !why.shared.isEmpty { parts.append("shared words: " + why.shared.joined(separator: ", ")) }
                if !parts.isEmpty { lines.append(("    " + parts.joined(separator: " · "), theme.dim)) }
            }
        }
        if rows.isEmpty { lines += [("", .plain), ("no related claims", theme.dim)] }
        lines += [("", .plain), ("\(k(.down))/\(k(.up)) choose · \(k(.select)) jumps there (\(k(.historyBack)) comes back) · \(k(.nextClaim)) \(k(.prevClaim)) next and previous in the thread · \(k(.back)) closes", theme.dim)]
        let top = max(0, selectedLine - (rect.height - 4) / 2) // the selected claim in the middle
        box("Related claims", lines, top: top, theme: theme, in: rect, into: &buf)
    }

    static func results(_ state: AppState, theme: Theme, in rect: Rect, into buf: inout ScreenBuffer) {
        let k = state.keyMap.label
        var lines: [(String, Style)] = [("\(state.corpusHits.count) sentences match \(state.corpusQuery)", theme.header), ("", .plain)]
        for (k, h) in state.corpusHits.enumerated() {
            let style = k == state.relatedSelection ? theme.selected : .plain
            lines.append(("\(h.document)\(h.speaker.map { " · \($0)" } ?? "")\(h.date.map { " · \($0)" } ?? "")", style))
            lines.append(("   " + h.snippet.replacingOccurrences(of: "\n", with: " "), k == state.relatedSelection ? theme.selected : theme.dim))
        }
        lines += [("", .plain), ("\(k(.down))/\(k(.up)) choose · \(k(.select)) opens the document at the match · \(k(.back)) closes", theme.dim)]
        let top = max(0, 2 + state.relatedSelection * 2 - (rect.height - 6))
        box("Search", lines, top: top, theme: theme, in: rect, into: &buf)
    }

    /// The mentions of one timeline entry: where, by whom and when each tells it, to jump to any.
    static func mentions(_ state: AppState, theme: Theme, in rect: Rect, into buf: inout ScreenBuffer) {
        let k = state.keyMap.label
        guard let e = state.mentionsEntry, let entry = state.timeline[safe: e] else { return }
        let documents = Set(entry.mentions.map(\.path)).count
        var lines: [(String, Style)] = [(entry.label, theme.header),
                                        ("\(entry.date.label) · told \(entry.mentions.count) times in \(documents) document\(documents == 1 ? "" : "s")", theme.dim),
                                        ("", .plain)]
        for (n, m) in entry.mentions.enumerated() {
            let style = n == state.relatedSelection ? theme.selected : .plain
            lines.append(("\(m.date.label) · \(m.document)\(m.speaker.map { " · \($0)" } ?? "") · “\(m.when)”", style))
            lines.append(("   " + m.label, n == state.relatedSelection ? theme.selected : theme.dim))
        }
        lines += [("", .plain), ("\(k(.down))/\(k(.up)) choose · \(k(.select)) jumps there (\(k(.historyBack)) comes back) · \(k(.nextMention)) steps through them from the text · \(k(.back)) closes", theme.dim)]
        let top = max(0, 3 + state.relatedSelection * 2 - (rect.height - 6))
        box("Mentions", lines, top: top, theme: theme, in: rect, into: &buf)
    }

    /// A bordered box filling the rect less a margin, with scrolling lines.
    static func box(_ title: String, _ lines: [(String, Style)], top: Int, theme: Theme, in rect: Rect, into buf: inout ScreenBuffer) {
        let r = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: rect.height)
        guard r.width >= 4, r.height >= 3 else { return }
        buf.fill(rect)
        let horizontal = String(repeating: "─", count: r.width - 2)
        buf.put("┌" + horizontal + "┐", x: r.x, y: r.y, maxWidth: r.width, ellipsis: false)
        buf.put("└" + horizontal + "┘", x: r.x, y: r.maxY - 1, maxWidth: r.width, ellipsis: false)
        buf.put(" \(title) ", x: r.x + 2, y: r.y, maxWidth: r.width - 4, style: theme.header)
        let inner = Rect(x: r.x + 2, y: r.y + 1, width: r.width - 4, height: r.height - 2)
        for y in inner.y..<inner.maxY {
            buf.put("│", x: r.x, y: y, maxWidth: 1)
            buf.put("│", x: r.maxX - 1, y: y, maxWidth: 1)
        }
        let start = min(top, max(0, lines.count - inner.height))
        for (k, line) in lines.dropFirst(start).prefix(inner.height).enumerated() {
            buf.put(line.0, x: inner.x, y: inner.y + k, maxWidth: inner.width, style: line.1)
        }
    }
}
