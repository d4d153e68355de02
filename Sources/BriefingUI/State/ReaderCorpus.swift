import BriefingCore

/// Everything the reader needs from a loaded corpus, analysed once: a model per document and the timeline.
public struct ReaderCorpus: Sendable {
    public var models: [DocumentModel]
    public var timeline: [TimelineEntry]
    public var claims: [Claim]

    public init(_ documents: [Document]) {
        let analyses = documents.map(TurnBuilder.analyze)
        models = zip(documents, analyses).map { DocumentModel($0, analysis: $1) }
        let t = TimelineBuilder().build(documents, analyses: analyses)
        timeline = t.entries
        claims = ClaimBuilder().build(documents, analyses: analyses, timeline: t)
    }
}

extension AppState {
    /// A reader on a corpus.
    public init(corpus: ReaderCorpus, width: Int, height: Int, colors: Bool = true) {
        self.init(documents: corpus.models, timeline: corpus.timeline, width: width, height: height, colors: colors)
        claims = corpus.claims
    }
}
