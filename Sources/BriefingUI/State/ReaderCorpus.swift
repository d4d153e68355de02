import BriefingCore

/// Everything the reader needs from a loaded corpus, analysed once: a model per document and the timeline.
public struct ReaderCorpus: Sendable {
    public var models: [DocumentModel]
    public var timeline: [TimelineEntry]
    public var claims: [Claim]
    /// Topics per document path.
    public var topics: [String: [Topic]]
    /// Summary candidates of every document.
    public var candidates: [Summarizer.Candidate]

    public init(_ documents: [Document], analyses given: [SpeakerAnalysis]? = nil) {
        let analyses = given ?? documents.map(TurnBuilder.analyze)
        models = zip(documents, analyses).map { DocumentModel($0, analysis: $1) }
        let t = TimelineBuilder().build(documents, analyses: analyses)
        timeline = t.entries
        claims = ClaimBuilder().build(documents, analyses: analyses, timeline: t)
        let extractor = TopicExtractor(documents, analyses: analyses)
        topics = Dictionary(uniqueKeysWithValues: documents.map { ($0.path, extractor.topics(document: $0.path, limit: 15)) })
        candidates = Summarizer.candidates(documents, analyses: analyses)
    }
}

extension AppState {
    /// A reader on a corpus.
    public init(corpus: ReaderCorpus, width: Int, height: Int, colors: Bool = true) {
        self.init(documents: corpus.models, timeline: corpus.timeline, width: width, height: height, colors: colors)
        claims = corpus.claims
        topics = corpus.topics
        candidates = corpus.candidates
        invalidateDerived()
    }
}
