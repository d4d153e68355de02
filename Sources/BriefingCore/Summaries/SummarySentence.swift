/// A sentence chosen for a summary: its place in the original text, who says it, the part of the document
/// it comes from, what it does (a statement, a decision, an action), and its text as shown (disfluencies
/// trimmed; the span is the original's).
public struct SummarySentence: Sendable, Codable, Hashable {
    public var document: String
    public var start: Int
    public var end: Int
    public var speaker: String?
    public var text: String
    public var score: Double
    /// The part of the document (`SummaryPart.index`), from 0.
    public var part: Int = 0
    public var kind: SentenceKind = .statement
}

/// One part of a document, as `TopicSegmenter` finds it: its span, its most distinctive words, and the
/// people who speak most in it.
public struct SummaryPart: Sendable, Codable, Hashable {
    public var document: String
    public var index: Int
    public var start: Int
    public var end: Int
    public var label: String
    public var speakers: [String]
}
