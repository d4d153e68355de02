/// What a summary is asked to be about: a topic's phrases, its content words and its passages. A sentence
/// that holds one of the passages or says one of the phrases is fully relevant, one that shares a content
/// word half so, any other not at all; `Summarizer.summarize(_:count:focus:)` takes relevant sentences first.
public struct TopicFocus: Sendable {
    public var phrases: [String]
    public var terms: Set<String>
    public var passages: [Topic.Passage]

    /// The focus of a topic found in the documents.
    public init(_ topic: Topic) {
        self.init(phrases: [topic.label] + topic.variants, passages: topic.passages)
    }

    /// The focus of words a person typed (and of a topic's passages, when it has any).
    public init(phrases: [String], passages: [Topic.Passage] = []) {
        self.phrases = phrases.map { $0.lowercased() }.filter { !$0.isEmpty }
        terms = Set(self.phrases.flatMap(TopicSegmenter.terms))
        self.passages = passages
    }

    /// How relevant a sentence is: 1, 0.5 or 0.
    public func relevance(_ c: Summarizer.Candidate) -> Double {
        if passages.contains(where: { $0.document == c.document && c.span.contains($0.start) }) { return 1 }
        let text = c.text.lowercased()
        if phrases.contains(where: { text.contains($0) }) { return 1 }
        return TopicSegmenter.terms(c.text).contains(where: terms.contains) ? 0.5 : 0
    }
}
