import Foundation
import BriefingCore

/// What `update` asks the outside world to do.
public enum Effect: Sendable, Equatable {
    case quit
    /// Save a speaker correction to the folder's `briefing.yaml`.
    case save(Correction)
    /// Search every document (the index answers with `Event.searchResults`).
    case searchCorpus(String)
    /// Give the terminal back and stop (Ctrl-Z); the loop redraws when the shell resumes us.
    case suspend
    /// Write a briefing of what the view shows to a new file (the loop answers with `Event.notice`).
    case export(ExportRequest)
}

/// What `x` exports: the view's scope (speaker filter, active topic, timeline range), the file, and the
/// corpus analysis the reader holds, so the export shows what the reader shows.
public struct ExportRequest: Sendable, Equatable {
    public var scope: BriefingExport.Scope
    public var path: String
    public var format: ExportWriter.Format
    public var timeline: [TimelineEntry]
    public var claims: [Claim]
    public var threads: [ClaimThread]
    public var topics: [String: [Topic]]
    public var candidates: [Summarizer.Candidate]

    public static func == (a: ExportRequest, b: ExportRequest) -> Bool { a.scope == b.scope && a.path == b.path && a.format == b.format }
}

extension AppState {
    /// Handles one event. Pure and quick: no I/O; returns the effects for the run loop.
    @discardableResult
    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .resize(let w, let h):
            // The text at the top of the reader stays at the top when lines wrap anew.
            let shown = readerLines[safe: readerTop]?.firstOffset
            width = max(0, w)
            height = max(0, h)
            // Grown wide enough for the sidebar: the full-screen timeline becomes the pane beside the text.
            if timelineView, timelineInSidebar { timelineView = false; focus = .timeline }
            refresh()
            if let shown, readerTop > 0, let line = line(showing: shown) { readerTop = min(line, maxReaderTop) }
        case .key(let key):
            handle(key)
        case .mouse(let m):
            handle(m)
        case .analysed(let extras):
            apply(extras)
        case .notice(let text):
            message = text
        case .reading(let done, let total):
            // Counts come from several threads and may arrive out of order: the count never goes back.
            let before = reading.map { $0.total == total ? $0.done : 0 } ?? 0
            reading = (max(done, before), total)
        case .shelved(let shelf, let warnings):
            reading = nil
            documents = shelf
            current = 0
            lists = [:]
            readerTop = 0
            show(warnings: warnings)
            invalidateDerived()
        case .failed(let text, let status):
            failure = (text, status)
            shouldQuit = true
        case .documentLoaded(let i):
            guard i == current else { break }
            readerKey = nil
            refresh()
            if model == nil { message = "\(documents.headers[i].path): can no longer be read (changed or removed since it was indexed)" }
            switch pendingPlace {
            case .top(let top): readerTop = min(top, maxReaderTop)
            case .reveal(let offset): if let line = line(showing: offset) { readerTop = min(max(0, line - readerHeight / 3), maxReaderTop) }
            case nil: break
            }
            pendingPlace = nil
        case .searchResults(let query, let hits):
            corpusHits = hits
            corpusQuery = query
            relatedSelection = 0
            overlay = .results
            message = hits.isEmpty ? "no matches for \(query) in any document" : nil
            if hits.isEmpty { overlay = nil }
        }
        refresh()
        var effects = pendingEffects
        pendingEffects = []
        if shouldQuit { effects.append(.quit) }
        return effects
    }

    mutating func handle(_ key: Key) {
        message = nil
        // Ctrl-C and Ctrl-Z work everywhere: in a prompt, a search and an overlay too.
        switch keyMap.action(for: key) {
        case .interrupt: return interrupt()
        case .suspend: pendingEffects.append(.suspend); return
        default: quitArmed = false
        }
        if search.editing { return editSearch(key) }
        if prompt != nil { return editPrompt(key) }
        if overlay == .related || overlay == .results || overlay == .mentions { return handleRelated(key) }
        if overlay != nil {
            switch keyMap.action(for: key) {
            case .quit, .back: overlay = nil
            case .help where overlay == .help: overlay = nil
            case .summary where overlay == .summary: overlay = nil
            case .down: overlayTop += 1
            case .up: overlayTop = max(0, overlayTop - 1)
            case .pageDown: overlayTop += max(1, height - 4)
            case .pageUp: overlayTop = max(0, overlayTop - max(1, height - 4))
            case .top: overlayTop = 0
            case .help: overlay = .help; overlayTop = 0
            case .summary: makeSummary(); overlay = .summary; overlayTop = 0
            default: break
            }
            return
        }
        guard let action = keyMap.action(for: key) else { return }
        if timelineView, action == .quit || action == .back || action == .timeline { return closeTimelineView() }
        perform(action)
    }

    /// Ctrl-C: cancels a prompt or a search being typed; otherwise asks, and a second Ctrl-C quits.
    mutating func interrupt() {
        if search.editing { search = SearchState(); return }
        if prompt != nil { prompt = nil; return }
        if quitArmed { shouldQuit = true; return }
        quitArmed = true
        message = "quit briefing? \(k(.interrupt)) again quits (so does \(k(.quit))); any other key goes on"
    }

    /// `t`: focuses the timeline beside the reader, or opens it full-screen when there is no room for it.
    mutating func showTimeline() {
        if timelineInSidebar { focus = .timeline; return }
        timelineView = true
        focus = .timeline
        refresh()
        var p = position(.timeline)
        p.follow(height: layout.content(of: .timeline).height)
        lists[.timeline] = p
        message = "timeline: \(k(.select)) jumps to the event, \(k(.nextMention)) to its next mention, \(k(.filterTimeline)) filters, \(k(.timeline)) or \(k(.back)) closes"
    }

    mutating func closeTimelineView() {
        timelineView = false
        focus = .reader
    }

    public mutating func perform(_ action: Action) {
        switch action {
        case .down: move(1)
        case .up: move(-1)
        case .pageDown: move(pageSize)
        case .pageUp: move(-pageSize)
        case .top: move(-Int.max / 2)
        case .bottom: move(Int.max / 2)
        case .nextPane: cycleFocus(1)
        case .prevPane: cycleFocus(-1)
        case .select: select()
        case .back:
            highlight = nil
            if !search.query.isEmpty { search = SearchState() } else { speakerFilter = nil }
        case .quit: shouldQuit = true
        case .interrupt: interrupt()
        case .suspend: pendingEffects.append(.suspend)
        case .timeline: showTimeline()
        case .export:
            guard !analysing else { message = "the corpus analysis is still being made: export when it is ready"; return }
            prompt = Prompt(kind: .export, speaker: "", text: suggestedExportName)
        case .help: overlay = .help; overlayTop = 0
        case .summary: makeSummary(); overlay = .summary; overlayTop = 0
        case .search where focus == .documents:
            prompt = Prompt(kind: .corpusSearch, speaker: "", text: "")
        case .search:
            search = SearchState(query: "", editing: true)
            focus = .reader
        case .nextMatch: jumpToMatch(1)
        case .prevMatch: jumpToMatch(-1)
        case .historyBack: if let p = history.back(from: place) { go(to: p) }
        case .historyForward: if let p = history.forward(from: place) { go(to: p) }
        case .nextMention:
            guard let row = timelineRows[safe: position(.timeline).selected], let e = row.entry else {
                message = timelineInSidebar || timelineView ? "select an event in the Timeline pane first"
                    : "select an event in the timeline first: \(k(.timeline)) opens it (the terminal is too narrow to show it beside the text)"
                return
            }
            let mentions = timeline[e].mentions
            mentionIndex = (mentionIndex + 1) % mentions.count
            message = "mention \(mentionIndex + 1) of \(mentions.count): \(mentions[mentionIndex].document)"
            jump(to: mentions[mentionIndex].path, TextSpan(mentions[mentionIndex].start, mentions[mentionIndex].end))
        case .nextClaim, .prevClaim:
            let list = documentClaims
            guard !list.isEmpty else { message = "no linked claims in this document"; return }
            let here = currentClaim.flatMap { c in claims[safe: c]?.path == model?.document.path ? claims[c].start : nil }
                ?? (action == .nextClaim ? -1 : Int.max)
            let next = action == .nextClaim ? (list.first { $0.start > here } ?? list[0]) : (list.last { $0.start < here } ?? list[list.count - 1])
            currentClaim = next.id
            history.recordJump(from: place)
            highlight = next.span
            if let line = line(showing: next.start) { readerTop = min(max(0, line - readerHeight / 3), maxReaderTop) }
            let threads = next.threads.count == 1 ? ", in a thread" : next.threads.count > 1 ? ", in \(next.threads.count) threads" : ""
            message = "claim by \(next.claimant ?? "the author")\(next.saidOn.map { ", " + $0 } ?? ""): \(next.related.count) related\(threads) (\(k(.relatedClaims)) shows them)"
        case .relatedClaims:
            guard let c = currentClaim else { message = "no claim selected: \(k(.nextClaim)) goes to the next claim"; return }
            activeThread = claims[safe: c]?.threads.first
            relatedSelection = relatedRows.firstIndex { $0.claim.id == c } ?? 0
            overlay = .related
            if let t = activeThread, let thread = claimThreads[safe: t] {
                message = "thread: \(thread.subject) · \(k(.nextClaim)) and \(k(.prevClaim)) step through it in date order"
            }
        case .filterTimeline:
            // The filter applies to the timeline: on a narrow terminal, show it, so the result can be seen.
            if !timelineInSidebar, !timelineView { showTimeline() }
            prompt = Prompt(kind: .timelineRange, speaker: "", text: "")
        case .renameSpeaker, .setRole:
            guard focus == .speakers, let s = model?.speakers[safe: position(.speakers).selected] else {
                message = "select a speaker in the Speakers pane first"
                return
            }
            prompt = Prompt(kind: action == .renameSpeaker ? .rename : .role, speaker: s.name,
                            text: action == .renameSpeaker ? s.name : (s.role ?? ""))
        }
    }

    /// Keys in the related-claims panel: move, Enter to jump there, `]`/`[` to step through the thread (the
    /// reader follows behind the panel), Esc or q to close.
    mutating func handleRelated(_ key: Key) {
        let count = overlay == .results ? corpusHits.count
            : overlay == .mentions ? (mentionsEntry.flatMap { timeline[safe: $0]?.mentions.count } ?? 0) : relatedRows.count
        switch keyMap.action(for: key) {
        case .nextClaim where overlay == .related: stepThread(1)
        case .prevClaim where overlay == .related: stepThread(-1)
        case .down: relatedSelection = min(relatedSelection + 1, max(0, count - 1))
        case .up: relatedSelection = max(0, relatedSelection - 1)
        case .quit, .back, .relatedClaims: overlay = nil
        case .select where overlay == .mentions:
            overlay = nil
            guard let e = mentionsEntry, let m = timeline[safe: e]?.mentions[safe: relatedSelection] else { return }
            mentionIndex = relatedSelection
            if timelineView { closeTimelineView() }
            jump(to: m.path, TextSpan(m.start, m.end))
        case .select where overlay == .results:
            overlay = nil
            guard let hit = corpusHits[safe: relatedSelection] else { return }
            jump(to: hit.path, TextSpan(hit.start, hit.end))
            search = SearchState(query: corpusQuery, editing: false)
            updateMatches()
            highlight = TextSpan(hit.start, hit.end)
        case .select:
            overlay = nil
            guard let c = relatedRows[safe: relatedSelection]?.claim else { return }
            jump(to: c.path, c.span)
            currentClaim = c.id
        default: break
        }
    }

    mutating func editPrompt(_ key: Key) {
        guard var p = prompt else { return }
        switch key {
        case .escape: prompt = nil
        case .backspace: if !p.text.isEmpty { p.text.removeLast() }; prompt = p
        case .ctrl("u"): p.text = ""; prompt = p // as in readline: the whole line
        case .ctrl("w"): // the word before the cursor, and the spaces after it
            while p.text.last == " " { p.text.removeLast() }
            while let c = p.text.last, c != " " { p.text.removeLast(); _ = c }
            prompt = p
        case .char(let c): p.text.append(c); prompt = p
        case .enter:
            prompt = nil
            let text = p.text.trimmingCharacters(in: .whitespaces)
            if p.kind == .corpusSearch {
                if !text.isEmpty { pendingEffects.append(.searchCorpus(text)) }
                return
            }
            if p.kind == .export {
                guard !text.isEmpty else { return }
                let lower = text.lowercased()
                let format: ExportWriter.Format = lower.hasSuffix(".html") || lower.hasSuffix(".htm") ? .html : .markdown
                pendingEffects.append(.export(ExportRequest(scope: exportScope, path: text, format: format, timeline: timeline,
                                                            claims: claims, threads: claimThreads, topics: topics, candidates: candidates)))
                message = "exporting to \(text)…"
                return
            }
            if p.kind == .timelineRange {
                guard let range = TimelineRows.parseRange(text) else {
                    message = "not a range: use YYYY, YYYY-MM, YYYY-MM-DD, or FROM..TO"
                    return
                }
                timelineRange = range
                lists[.timeline] = ListPosition()
                message = range.map { "timeline: \($0.earliest.iso)…\($0.latest.iso)" } ?? "timeline: all dates"
                return
            }
            guard !text.isEmpty, let m = model else { return }
            let correction = Correction(documentPath: m.document.path, speaker: p.speaker,
                                        kind: p.kind == .rename ? .rename(to: text) : .role(text))
            var doc = m.document
            correction.apply(to: &doc)
            documents.replace(current, with: DocumentModel(doc))
            if speakerFilter == p.speaker { speakerFilter = nil }
            // The summary candidates of this document name the speaker anew, and summaries are made again.
            if case .rename(let name) = correction.kind {
                for i in candidates.indices where candidates[i].document == doc.name && candidates[i].speaker == p.speaker {
                    candidates[i].speaker = name
                }
            }
            summaryCache.clear()
            readerKey = nil
            pendingEffects.append(.save(correction))
        default: break
        }
    }

    /// What the view shows, as an export's scope: the speaker filter, the active topic, the timeline's range.
    var exportScope: BriefingExport.Scope {
        BriefingExport.Scope(speaker: speakerFilter, topic: activeTopic, from: timelineRange?.earliest, to: timelineRange?.latest)
    }

    /// `briefing.md`, or `briefing-SPEAKER-TOPIC.md` for a narrowed view (letters, digits and dashes only).
    var suggestedExportName: String {
        let words = [speakerFilter, activeTopic].compactMap { $0 }.joined(separator: "-")
        let slug = String(words.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
            .split(separator: "-").joined(separator: "-")
        return "briefing" + (slug.isEmpty ? "" : "-" + slug.prefix(40)) + ".md"
    }

    /// The key the user has for an action (the configured one), for messages that name it.
    func k(_ action: Action) -> String { keyMap.label(action) }

    var pageSize: Int {
        focus == .reader ? max(1, readerHeight - 1) : max(1, layout.content(of: focus).height - 1)
    }

    mutating func move(_ delta: Int) {
        if focus == .reader {
            readerTop = min(max(0, readerTop + delta), maxReaderTop)
            return
        }
        var p = position(focus)
        let n = rowCount(focus)
        p.selected = n == 0 ? 0 : min(max(0, p.selected.addingReportingOverflow(delta).partialValue), n - 1)
        p.follow(height: layout.content(of: focus).height)
        lists[focus] = p
    }

    mutating func cycleFocus(_ step: Int) {
        let panes = layout.visiblePanes
        guard !panes.isEmpty else { return }
        let i = panes.firstIndex(of: focus) ?? 0
        focus = panes[(i + step + panes.count) % panes.count]
    }

    mutating func select() {
        switch focus {
        case .documents:
            let i = position(.documents).selected
            guard documents.indices.contains(i), i != current else { return }
            history.recordJump(from: place)
            open(document: i)
        case .speakers:
            if let m = model, m.speakers.isEmpty, let q = m.quoted[safe: position(.speakers).selected], !q.quotes.isEmpty {
                // A quoted source: each Enter jumps to the next sentence with their words.
                let top = readerLines[safe: readerTop]?.firstOffset ?? -1
                let next = q.quotes.first { $0.start > top } ?? q.quotes[0]
                history.recordJump(from: place)
                readerTop = line(showing: next.start).map { max(0, $0 - 1) } ?? readerTop
                return
            }
            guard let s = model?.speakers[safe: position(.speakers).selected] else { return }
            speakerFilter = speakerFilter == s.name ? nil : s.name
            readerTop = 0
        case .timeline:
            guard let row = timelineRows[safe: position(.timeline).selected], let e = row.entry else { return }
            mentionIndex = 0
            // An event told in several places: the list of them, to choose one.
            if timeline[e].mentions.count > 1 {
                mentionsEntry = e
                relatedSelection = 0
                overlay = .mentions
                return
            }
            let m = timeline[e].mentions[0]
            if timelineView { closeTimelineView() }
            jump(to: m.path, TextSpan(m.start, m.end))
        case .topics:
            guard let t = documentTopics[safe: position(.topics).selected], let doc = model?.document.name else { return }
            if activeTopic == t.label {
                activeTopic = nil; topicPassages = []; topicIndex = nil
                return
            }
            activeTopic = t.label
            topicPassages = t.passages.filter { $0.document == doc }.map { TextSpan($0.start, $0.end) }.sorted()
            topicIndex = nil
            message = "\(t.label): \(topicPassages.count) passages (\(k(.nextMatch))/\(k(.prevMatch)) to go through them)"
            jumpToMatch(1)
        case .reader:
            break
        }
    }

    /// Makes the next (or previous) claim of the panel's thread, in date order, the current one, and shows it
    /// in the reader; Ctrl-O comes back.
    mutating func stepThread(_ step: Int) {
        guard let c = currentClaim, let t = activeThread, let thread = claimThreads[safe: t] else {
            message = "this claim is in no thread: \(k(.select)) jumps to a linked claim"
            return
        }
        let members = relatedRows.filter { $0.thread == t }.map(\.claim)
        guard let k = members.firstIndex(where: { $0.id == c }) else { return }
        guard members.indices.contains(k + step) else {
            message = step > 0 ? "the last claim of the thread (\(members.count))" : "the first claim of the thread"
            return
        }
        let target = members[k + step]
        jump(to: target.path, target.span)
        currentClaim = target.id
        relatedSelection = relatedRows.firstIndex { $0.claim.id == target.id && $0.thread == t } ?? 0
        message = "thread: \(k + step + 1) of \(members.count) · \(thread.subject)"
    }

    /// Opens a document at a passage, highlighted, remembering where we were.
    mutating func jump(to path: String, _ span: TextSpan) {
        guard let doc = documents.index(ofPath: path) else { return }
        history.recordJump(from: place)
        if doc != current { open(document: doc) }
        refresh()
        highlight = span
        if let line = line(showing: span.start) { readerTop = min(max(0, line - readerHeight / 3), maxReaderTop) }
        if documents.isPending(current) { pendingPlace = .reveal(span.start) }
        // A speaker filter can hide the passage: say so, and how to show it, rather than scroll to nothing.
        if let filter = speakerFilter, !readerLines.contains(where: { l in
            guard let first = l.firstOffset, let last = l.offsets.last else { return false }
            return first <= span.start && span.start <= last
        }) {
            message = "the passage is hidden by the filter on \(filter): \(k(.back)) clears the filter, then \(k(.historyBack)) \(k(.historyForward)) come back to it"
        }
    }

    /// The summary the `s` key shows: of the selected speaker (on the active topic first, when one is
    /// active) or topic when that pane has focus, else of the document, part by part.
    mutating func makeSummary() {
        guard let m = model else { return }
        let selected = focus == .speakers ? position(.speakers).selected : (focus == .topics ? position(.topics).selected : -1)
        let key = "\(m.document.path)|\(focus)|\(selected)|\(activeTopic ?? "")"
        if let cached = summaryCache.get(key) {
            (summaryTitle, summarySentences, summaryParts) = (cached.title, cached.sentences, cached.parts)
            return
        }
        defer { summaryCache.set(key, ShownSummary(title: summaryTitle, sentences: summarySentences, parts: summaryParts)) }
        var summarizer = Summarizer()
        summaryParts = []
        let ofDocument = (candidatesByDocument[m.document.name] ?? []).map { candidates[$0] }
        if focus == .speakers, let s = m.speakers[safe: position(.speakers).selected] {
            summarizer.partBonus = 0
            let topic = activeTopic.flatMap { label in documentTopics.first { $0.label == label } }
            summaryTitle = "What \(s.name) says" + (topic.map { " about \($0.label)" } ?? "")
            summarySentences = summarizer.summarize(ofDocument.filter { $0.speaker == s.name }, count: 5, focus: topic.map(TopicFocus.init))
        } else if focus == .topics, let t = documentTopics[safe: position(.topics).selected] {
            summaryTitle = "On \(t.label), across the documents"
            // The candidates that hold the start of one of the topic's passages, in corpus order.
            let starts = Dictionary(grouping: t.passages, by: \.document).mapValues { $0.map(\.start).sorted() }
            let held = starts.flatMap { doc, starts in
                (candidatesByDocument[doc] ?? []).filter { i in
                    let span = candidates[i].span
                    let k = starts.firstIndex(endingAfter: span.start - 1) { $0 }
                    return k < starts.count && starts[k] < span.end
                }
            }
            summarySentences = summarizer.summarize(held.sorted().map { candidates[$0] }, count: 5)
        } else {
            summaryTitle = "Summary of this document"
            summaryParts = Summarizer.parts(ofDocument, topics: documentTopics)
            summarySentences = summarizer.summarize(ofDocument, count: max(6, min(12, summaryParts.count * 2)))
        }
    }

    mutating func open(document i: Int) {
        activeTopic = nil
        topicPassages = []
        topicIndex = nil
        current = i
        highlight = nil
        readerTop = 0
        speakerFilter = nil
        search = SearchState()
        pendingPlace = nil
        lists[.speakers] = ListPosition()
        var d = position(.documents)
        d.selected = i
        lists[.documents] = d
        if model == nil, !documents.isPending(i) { message = "\(documents.headers[i].path): can no longer be read (changed or removed since it was indexed)" }
        refresh()
    }

    mutating func go(to p: ReaderPlace) {
        if p.document != current { open(document: p.document) }
        readerTop = p.top
        if documents.isPending(current) { pendingPlace = .top(p.top) }
        currentClaim = p.claim
        highlight = p.highlight
        if let c = p.claim.flatMap({ claims[safe: $0] }) {
            message = "back at the claim by \(c.claimant ?? "the author")\(c.saidOn.map { ", " + $0 } ?? "") (\(k(.relatedClaims)) shows its thread)"
        }
        refresh()
    }

    mutating func editSearch(_ key: Key) {
        switch key {
        case .enter:
            search.editing = false
        case .escape:
            search = SearchState()
        case .backspace:
            if !search.query.isEmpty { search.query.removeLast() }
            updateMatches()
        case .char(let c):
            search.query.append(c)
            updateMatches()
        default:
            break
        }
    }

    /// Incremental search: recompute matches and show the first one at or after the top of the screen.
    mutating func updateMatches() {
        guard let model else { return }
        search.matches = SearchState.find(search.query, in: model)
        search.current = nil
        guard !search.matches.isEmpty else { return }
        let topOffset = readerLines[safe: readerTop]?.firstOffset ?? 0
        let i = search.matches.firstIndex { $0.start >= topOffset } ?? 0
        search.current = i
        reveal(search.matches[i].start)
    }

    mutating func jumpToMatch(_ step: Int) {
        // With no search, n/N go through the active topic's passages.
        if search.matches.isEmpty, !topicPassages.isEmpty {
            let n = topicPassages.count
            let next = topicIndex.map { ($0 + step + n) % n } ?? (step > 0 ? 0 : n - 1)
            history.recordJump(from: place)
            topicIndex = next
            highlight = topicPassages[next]
            reveal(topicPassages[next].start)
            return
        }
        guard !search.matches.isEmpty else {
            message = search.query.isEmpty ? "no search: press \(k(.search)) to search" : "no match for \(search.query)"
            return
        }
        let n = search.matches.count
        let next = search.current.map { ($0 + step + n) % n } ?? (step > 0 ? 0 : n - 1)
        history.recordJump(from: place)
        search.current = next
        reveal(search.matches[next].start)
    }

    /// Scrolls so that the line showing `offset` is on screen, a third of the way down.
    mutating func reveal(_ offset: Int) {
        guard let line = line(showing: offset) else { return }
        if line < readerTop || line >= readerTop + readerHeight {
            readerTop = min(max(0, line - readerHeight / 3), maxReaderTop)
        }
    }

    mutating func handle(_ m: MouseEvent) {
        let l = layout
        guard let pane = l.visiblePanes.first(where: { l.rect(for: $0).contains(x: m.x, y: m.y) }) else { return }
        switch m.kind {
        case .wheelUp, .wheelDown:
            let saved = focus
            focus = pane
            move(m.kind == .wheelUp ? -3 : 3)
            if pane != .reader { focus = saved }
        case .press:
            focus = pane
            let row = m.y - l.content(of: pane).y
            guard row >= 0, pane != .reader else { return }
            var p = position(pane)
            let target = p.top + row
            guard target < rowCount(pane) else { return }
            p.selected = target
            lists[pane] = p
            select()
        }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
