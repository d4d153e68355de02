import BriefingCore
import Foundation

/// Everything the reader needs from a loaded corpus, analysed once: a model per document and the timeline.
public struct ReaderCorpus: Sendable {
    public var models: [DocumentModel]
    public var timeline: [TimelineEntry]
    public var claims: [Claim]
    /// Threads of claims about one subject across documents.
    public var threads: [ClaimThread]
    /// Topics per document path.
    public var topics: [String: [Topic]]
    /// Summary candidates of every document.
    public var candidates: [Summarizer.Candidate]

    /// The whole corpus analysed now (tests, benchmarks, small folders).
    public init(_ documents: [Document], analyses given: [SpeakerAnalysis]? = nil) {
        let analyses = given ?? documents.map { TurnBuilder.analyze($0) }
        self.init(models: zip(documents, analyses).map { DocumentModel($0, analysis: $1) },
                  extras: ReaderExtras(documents, analyses: analyses))
    }

    /// Documents now, corpus-wide analysis later (`ReaderExtras`, delivered as an event).
    public init(models: [DocumentModel], extras: ReaderExtras? = nil) {
        self.models = models
        timeline = extras?.timeline ?? []
        claims = extras?.claims ?? []
        threads = extras?.threads ?? []
        topics = extras?.topics ?? [:]
        candidates = extras?.candidates ?? []
    }
}

/// What the reader learns from the whole corpus at once: the timeline, linked claims and their threads,
/// topics and summary candidates. Slow on a large corpus, so the reader computes it in the background.
public struct ReaderExtras: Sendable, Codable {
    public var timeline: [TimelineEntry]
    public var claims: [Claim]
    public var threads: [ClaimThread]
    public var topics: [String: [Topic]]
    public var candidates: [Summarizer.Candidate]
    /// While the analysis is published part by part: what is being made next ("claims", "topics"), with the
    /// step and the number of steps; nil once everything is here.
    public var pending: Stage? = nil

    /// A step of the corpus analysis still to come.
    public struct Stage: Sendable, Codable, Equatable {
        public var next: String
        public var step: Int
        public var of: Int
    }

    /// The analysis of documents paired with their speaker analyses.
    public init(_ pairs: [(Document, SpeakerAnalysis)]) {
        self.init(pairs.map(\.0), analyses: pairs.map(\.1))
    }

    public init(_ documents: [Document], analyses: [SpeakerAnalysis]) {
        self = ReaderExtras.make(documents, analyses: analyses, publish: nil)
    }

    init() {
        timeline = []; claims = []; threads = []; topics = [:]; candidates = []
    }

    /// Makes the analysis a part at a time (timeline, then claims, then topics and summary candidates), handing
    /// each partial result to `publish` as soon as it is ready, so the reader can show the timeline while the
    /// claims are still being linked.
    public static func make(_ documents: [Document], analyses: [SpeakerAnalysis], publish: ((ReaderExtras) -> Void)?) -> ReaderExtras {
        var x = ReaderExtras()
        let t = TimelineBuilder().build(documents, analyses: analyses)
        x.timeline = t.entries
        x.pending = Stage(next: "claims", step: 2, of: 3)
        publish?(x)
        (x.claims, x.threads) = ClaimBuilder().buildWithThreads(documents, analyses: analyses, timeline: t)
        x.pending = Stage(next: "topics and summaries", step: 3, of: 3)
        publish?(x)
        let extractor = TopicExtractor(documents, analyses: analyses)
        x.topics = extractor.allTopics(documentLimit: 15, corpusLimit: 0).documents
        x.candidates = Summarizer.candidates(documents, analyses: analyses)
        x.pending = nil
        return x
    }
}

extension ReaderExtras {
    /// The corpus-wide analysis of a shelf's documents: from the index when it keeps one for exactly these
    /// documents (`fingerprint`), else made now and kept there for the next time.
    /// `publish` receives each part as it is made (not when the index had it all).
    public static func load(_ shelf: DocumentShelf, index: CorpusIndex?, fingerprint: String?,
                            publish: ((ReaderExtras) -> Void)? = nil) -> ReaderExtras {
        if let index, let fingerprint, let data = index.storedAnalysis(fingerprint),
           var stored = try? JSONDecoder().decode(ReaderExtras.self, from: data) {
            stored.pending = nil
            return stored
        }
        let pairs = shelf.all()
        let extras = ReaderExtras.make(pairs.map(\.0), analyses: pairs.map(\.1), publish: publish)
        if let index, let fingerprint, let data = try? JSONEncoder().encode(extras) {
            try? index.storeAnalysis(data, fingerprint: fingerprint)
        }
        return extras
    }
}

extension AppState {
    /// Takes in the corpus-wide analysis when it arrives.
    public mutating func apply(_ extras: ReaderExtras) {
        timeline = extras.timeline
        claims = extras.claims
        claimThreads = extras.threads
        topics = extras.topics
        candidates = extras.candidates
        analysing = extras.pending != nil
        analysisStage = extras.pending
        invalidateDerived()
    }

    /// A reader on a corpus.
    public init(corpus: ReaderCorpus, width: Int, height: Int, colors: Bool = true) {
        self.init(documents: corpus.models, timeline: corpus.timeline, width: width, height: height, colors: colors)
        claims = corpus.claims
        claimThreads = corpus.threads
        topics = corpus.topics
        candidates = corpus.candidates
        invalidateDerived()
    }
}
