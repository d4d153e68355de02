/// What `briefing topics --json` prints: the corpus's topics, each document's, and (when asked) a speaker's.
public struct TopicsReport: Codable, Sendable {
    /// One document's topics.
    public struct DocumentTopics: Codable, Sendable {
        public var document: String
        public var topics: [Topic]
        public init(document: String, topics: [Topic]) {
            self.document = document
            self.topics = topics
        }
    }

    public var corpus: [Topic]
    public var documents: [DocumentTopics]
    public var speaker: String?
    public var speakerTopics: [Topic]?

    public init(corpus: [Topic], documents: [DocumentTopics], speaker: String?, speakerTopics: [Topic]?) {
        self.corpus = corpus
        self.documents = documents
        self.speaker = speaker
        self.speakerTopics = speakerTopics
    }
}

/// What `briefing summary --json` prints.
public struct SummaryReport: Codable, Sendable {
    /// What was summarised: `document`, `speaker`, `topic` or `corpus`.
    public var scope: String
    public var name: String
    /// The subject a speaker's summary was asked about (`--speaker X --topic T`), if any.
    public var about: String?
    /// The parts of the summarised documents (`TopicSegmenter`); each sentence names its part.
    public var parts: [SummaryPart]
    public var sentences: [SummarySentence]
    /// Publishers' own summaries, shown as such and never mixed with ours.
    public var publisherSummaries: [String: String]

    public init(scope: String, name: String, about: String? = nil, parts: [SummaryPart] = [], sentences: [SummarySentence],
                publisherSummaries: [String: String]) {
        self.scope = scope
        self.name = name
        self.about = about
        self.parts = parts
        self.sentences = sentences
        self.publisherSummaries = publisherSummaries
    }
}
