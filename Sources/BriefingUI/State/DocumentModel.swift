import BriefingCore

/// What the reader shows of one document: the document, its turns (or paragraphs for prose) and
/// per-speaker figures. Built once per document from BriefingCore's values.
public struct DocumentModel: Sendable {
    /// A stretch to show under one heading: a speaker's turn, or a paragraph of prose (no speaker).
    public struct Segment: Sendable {
        public var speaker: String?
        public var paragraphs: [[TextSpan]]
    }

    /// One speaker's share of the document.
    public struct SpeakerStat: Sendable, Equatable {
        public var name: String
        public var role: String?
        public var words: Int
        public var turns: Int
        public var share: Double
    }

    public let document: Document
    /// The speaker analysis the model was built from.
    public let analysis: SpeakerAnalysis
    public let turns: [Turn]
    public let segments: [Segment]
    public let speakers: [SpeakerStat]
    /// The speakers were inferred from conversational cues, not read from labels.
    public let speakersInferred: Bool
    /// People the document quotes (articles).
    public let quoted: [QuotedSource]
    let cache = ParagraphCache()

    public init(_ document: Document) {
        self.init(document, analysis: TurnBuilder.analyze(document))
    }

    public init(_ document: Document, analysis: SpeakerAnalysis) {
        self.document = document
        self.analysis = analysis
        let turns = analysis.turns
        self.turns = turns
        speakersInferred = turns.contains { $0.source == .inferred }
        quoted = analysis.quoted
        if turns.isEmpty {
            segments = document.blocks.filter { !$0.pieces.isEmpty }.map { Segment(speaker: nil, paragraphs: [$0.pieces]) }
        } else {
            // Every character stays reachable: text outside every turn (a dateline, an introduction before the
            // first label) is shown unattributed, in its place.
            let outside = document.blocks(outside: turns).filter { !$0.pieces.isEmpty }
            segments = (turns.map { Segment(speaker: $0.speaker, paragraphs: $0.paragraphs) }
                        + outside.map { Segment(speaker: nil, paragraphs: [$0.pieces]) })
                .sorted { ($0.paragraphs.first?.first?.start ?? 0) < ($1.paragraphs.first?.first?.start ?? 0) }
        }
        let report = TurnsReport(document, analysis: analysis)
        let total = max(1, report.speakers.reduce(0) { $0 + $1.words })
        speakers = report.speakers.map {
            SpeakerStat(name: $0.name, role: $0.role, words: $0.words, turns: $0.turns, share: Double($0.words) / Double(total))
        }
    }

    public var title: String { document.title.isEmpty ? document.name : document.title }
}
