import BriefingCore

/// Everything the reader shows, as plain values. `update` changes it in response to events; panes only read it.
public struct AppState: Sendable {
    /// A full-screen layer over the panes.
    public enum Overlay: Sendable, Equatable { case help, summary, related, results, mentions }

    public var documents: DocumentShelf
    /// The timeline of the whole corpus, and the sidebar's rows for the current range.
    public var timeline: [TimelineEntry] = []
    public var timelineRange: DateRange?
    public private(set) var timelineRows: [TimelineRow] = []
    /// Which mention of the selected timeline entry the last jump went to.
    public var mentionIndex = 0
    /// The timeline entry whose mentions the mentions list shows.
    public var mentionsEntry: Int?
    /// A passage to show highlighted (the target of the last jump).
    public var highlight: TextSpan?
    /// Where the reader is to be put once the document it went to is decoded (a jump or a way back).
    var pendingPlace: PendingPlace?
    /// All claims of the corpus, and the one the reader is on.
    public var claims: [Claim] = []
    public var currentClaim: Int?
    /// Threads of claims about one subject (`ClaimThread`), by id.
    public var claimThreads: [ClaimThread] = []
    /// The thread the related-claims panel steps through (`]`/`[`).
    public var activeThread: Int?
    /// The related-claims (or search results) panel's selected row.
    public var relatedSelection = 0
    /// True while the corpus-wide analysis (timeline, claims, topics) is still being made.
    public var analysing = false
    /// While the folder is read into the index: documents read, of how many (0 of 0 before the count is known).
    public var reading: (done: Int, total: Int)?
    /// Why the reader closed without the user asking (reading the folder failed), with the exit status.
    public var failure: (message: String, status: Int32)?
    /// The part of the corpus analysis being made while some parts are already shown.
    public var analysisStage: CorpusAnalysis.Stage?
    /// The last corpus search and what it found.
    public var corpusQuery = ""
    public var corpusHits: [SearchHit] = []
    /// Topics per document path, and summary candidates of the corpus.
    public var topics: [String: [Topic]] = [:]
    public var candidates: [Summarizer.Candidate] = [] {
        didSet { indexCandidates() }
    }
    /// The positions in `candidates` of each document's candidates, in order: a summary of a document or a
    /// topic looks at its documents' candidates only, not at the whole corpus's on every key.
    private(set) var candidatesByDocument: [String: [Int]] = [:]
    /// Makes `candidatesByDocument` (on every change of the candidates; an initialiser, which sets them
    /// without their observer, calls it itself).
    mutating func indexCandidates() {
        candidatesByDocument = Dictionary(grouping: candidates.indices) { candidates[$0].document }
    }
    /// The topic whose passages are highlighted, and the passages in the current document.
    public var activeTopic: String?
    public var topicPassages: [TextSpan] = []
    public var topicIndex: Int?
    /// What the summary view shows: a title and our sentences.
    public var summaryTitle = ""
    public var summarySentences: [SummarySentence] = []
    /// The parts of the summarised document, when the summary goes part by part.
    public var summaryParts: [SummaryPart] = []
    /// Summaries already made, by scope (they depend on nothing else).
    let summaryCache = SummaryCache()

    /// The current document's topics (the first `CorpusAnalysis.listedTopics` the analysis keeps).
    public var documentTopics: [Topic] { model.map { Array((topics[$0.document.path] ?? []).prefix(CorpusAnalysis.listedTopics)) } ?? [] }
    public var width: Int
    public var height: Int
    public var focus: Pane = .documents
    /// The document shown in the reader.
    public var current = 0
    public var lists: [Pane: ListPosition] = [:]
    /// First reader line on screen.
    public var readerTop = 0
    /// When set, the reader shows only this speaker's turns.
    public var speakerFilter: String?
    public var search = SearchState()
    public var overlay: Overlay?
    public var overlayTop = 0
    public var history = JumpHistory()
    public var keyMap = KeyMap.standard
    public var colors: Bool
    public var shouldQuit = false
    /// True after one Ctrl-C: a second one quits, any other key goes on.
    public var quitArmed = false
    /// The timeline as a full-screen view (`t` on terminals too narrow for the sidebar).
    public var timelineView = false
    /// Pane widths and colours from the configuration.
    public var paneWidths = Layout.Widths()
    public var palette = Palette()

    /// Shows the warnings of loading once, in the status line.
    public mutating func show(warnings: [String]) {
        guard let first = warnings.first else { return }
        message = warnings.count == 1 ? first : "\(first) (and \(warnings.count - 1) more warnings)"
    }

    /// Takes the configuration's keys, colours and pane widths.
    public mutating func apply(_ config: ReaderConfig) {
        keyMap = config.keyMap
        palette = config.palette
        paneWidths = config.widths
        refresh()
    }
    /// A one-line prompt in the status line (speaker corrections).
    public var prompt: Prompt?
    var pendingEffects: [Effect] = []
    /// Warnings from loading, shown once in the status line.
    public var message: String?

    /// The reader's lines for the current document, width and filter (kept fresh by `update`).
    public private(set) var readerLines: [ReaderLine] = []
    var readerKey: ReaderKey?
    var timelineRowsKey: TimelineRowsKey?

    struct TimelineRowsKey: Equatable, Sendable {
        var count: Int
        var range: DateRange?
    }

    struct ReaderKey: Equatable, Sendable {
        var document: Int
        var width: Int
        var filter: String?
    }

    /// What the status-line prompt is asking for.
    public struct Prompt: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case rename, role, timelineRange, corpusSearch, export }
        public var kind: Kind
        public var speaker: String
        public var text: String
    }

    public init(documents: [DocumentModel], timeline: [TimelineEntry] = [], width: Int, height: Int, colors: Bool = true) {
        self.init(shelf: DocumentShelf(documents), timeline: timeline, width: width, height: height, colors: colors)
    }

    public init(shelf: DocumentShelf, timeline: [TimelineEntry] = [], width: Int, height: Int, colors: Bool = true) {
        self.documents = shelf
        self.timeline = timeline
        self.width = width
        self.height = height
        self.colors = colors
        refresh()
    }

    public var layout: Layout { Layout(width: width, height: height, timelineView: timelineView, widths: paneWidths) }
    /// Whether the terminal is wide enough for the timeline beside the reader.
    public var timelineInSidebar: Bool { !Layout(width: width, height: height, widths: paneWidths).timeline.isEmpty }
    public var model: DocumentModel? { documents[current] }
    /// The document the run loop is to decode off the loop: the one shown, while its model is not made.
    public var documentToLoad: Int? { documents.isPending(current) ? current : nil }
    public func position(_ pane: Pane) -> ListPosition { lists[pane] ?? ListPosition() }

    /// Rows a list pane has.
    public func rowCount(_ pane: Pane) -> Int {
        switch pane {
        case .documents: return documents.count
        case .speakers: return model.map { $0.speakers.isEmpty ? $0.quoted.count : $0.speakers.count } ?? 0
        case .timeline: return timelineRows.count
        case .topics: return documentTopics.count
        case .reader: return 0
        }
    }

    public var readerHeight: Int { max(1, layout.content(of: .reader).height) }
    public var maxReaderTop: Int { max(0, readerLines.count - readerHeight) }

    public var place: ReaderPlace { ReaderPlace(document: current, top: readerTop, claim: currentClaim, highlight: highlight) }

    /// Forgets values derived from the corpus (after claims or topics are set) and derives them again.
    public mutating func invalidateDerived() {
        // Summaries are made from the candidates, topics and speakers, which have changed.
        summaryCache.clear()
        documentClaimsFor = nil
        timelineRowsKey = nil
        readerKey = nil
        refresh()
    }

    /// The current document's claims that claims in other documents take up, in reading order (kept fresh by `refresh`).
    public private(set) var documentClaims: [Claim] = []
    private var documentClaimsFor: String?

    /// The related-claims panel's rows for the current claim: the claims of its threads in date order (one row
    /// per statement: a transcript's copy is left out), then the claims linked to it outside them.
    public var relatedRows: [RelatedRow] {
        guard let c = currentClaim, let claim = claims[safe: c] else { return [] }
        let kinds = Dictionary(claim.links.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        var rows: [RelatedRow] = []
        var shown = Set<Int>()
        // The thread being stepped through first, then the claim's other threads.
        for t in claim.threads.filter({ $0 == activeThread }) + claim.threads.filter({ $0 != activeThread }) {
            guard let thread = claimThreads[safe: t], thread.id == t else { continue }
            // One row per statement and date: the current claim's own version first, then dated before undated
            // (a transcript's copy without its date adds nothing).
            let members = thread.claims.filter { $0 == c } + thread.claims.filter { $0 != c && claims[safe: $0]?.saidOn != nil }
                + thread.claims.filter { $0 != c && claims[safe: $0]?.saidOn == nil }
            var dated = [String: Set<String>]()
            var keep = Set<Int>()
            for id in members {
                guard let other = claims[safe: id] else { continue }
                let when = other.saidOn ?? ""
                if when.isEmpty, dated[other.text] != nil, id != c { continue }
                if dated[other.text, default: []].insert(when).inserted || id == c { keep.insert(id) }
            }
            for id in thread.claims where keep.contains(id) {
                rows.append(RelatedRow(claim: claims[id], kind: id == c ? nil : kinds[id], thread: thread.id))
                shown.insert(id)
            }
        }
        for l in claim.links where !shown.contains(l.id) {
            if let other = claims[safe: l.id] { rows.append(RelatedRow(claim: other, kind: l.kind, thread: nil)) }
        }
        return rows
    }

    /// Whether a timeline entry is told in the current document.
    public func entryInCurrentDocument(_ e: TimelineEntry) -> Bool {
        guard let path = model?.document.path else { return false }
        return e.mentions.contains { $0.path == path }
    }

    /// Recomputes derived values after a change: the reader's lines, and scroll limits.
    public mutating func refresh() {
        let key = ReaderKey(document: current, width: layout.reader.width, filter: speakerFilter)
        if key != readerKey {
            readerLines = model.map { ReaderLayout.lines($0, width: max(1, layout.reader.width - 1), speaker: speakerFilter) } ?? []
            readerKey = key
        }
        readerTop = min(max(0, readerTop), maxReaderTop)
        // The sidebar's rows change only with the timeline or its range, not with every key.
        let rowsKey = TimelineRowsKey(count: timeline.count, range: timelineRange)
        if rowsKey != timelineRowsKey {
            timelineRows = TimelineRows.rows(timeline, range: timelineRange)
            timelineRowsKey = rowsKey
        }
        if let path = model?.document.path, path != documentClaimsFor {
            // The claims of this document that another document takes up (related claims within the document
            // alone do not mark it: the margin would mark most of a long transcript).
            documentClaims = claims.filter { c in c.path == path && c.related.contains { claims[safe: $0].map { $0.path != path } ?? false } }
                .sorted { $0.start < $1.start }
            documentClaimsFor = path
        }
        for pane in [Pane.documents, .speakers, .timeline, .topics] {
            var p = position(pane)
            p.move(0, count: rowCount(pane), height: layout.content(of: pane).height)
            lists[pane] = p
        }
    }

    /// The reader line that shows an original offset (the first line at or after it).
    public func line(showing offset: Int) -> Int? {
        readerLines.firstIndex { line in
            guard let last = line.offsets.last, let first = line.firstOffset else { return false }
            return offset <= last && (offset >= first || line.kind == .text)
        }
    }
}

/// Where to put the reader in a document still being decoded: a top line to go back to, or an offset to show.
enum PendingPlace: Sendable, Equatable {
    case top(Int)
    case reveal(Int)
}

/// A row of the related-claims panel: a claim of the current claim's thread (`thread` set) or one linked to
/// it, with the kind of link when the two are linked directly.
public struct RelatedRow: Sendable {
    public var claim: Claim
    public var kind: LinkKind?
    public var thread: Int?
}
