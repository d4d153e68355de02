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
                  analysis: CorpusAnalysis(documents, analyses: analyses))
    }

    /// Documents now, corpus-wide analysis later (`CorpusAnalysis`, delivered as an event).
    public init(models: [DocumentModel], analysis extras: CorpusAnalysis? = nil) {
        self.models = models
        timeline = extras?.timeline ?? []
        claims = extras?.claims ?? []
        threads = extras?.threads ?? []
        topics = extras?.topics ?? [:]
        candidates = extras?.candidates ?? []
    }
}

extension AppState {
    /// Takes in the corpus-wide analysis when it arrives.
    public mutating func apply(_ extras: CorpusAnalysis) {
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
        indexCandidates()
        invalidateDerived()
    }
}
