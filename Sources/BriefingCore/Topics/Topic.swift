/// A topic: a key phrase (its variants merged), its score, and where it occurs.
public struct Topic: Sendable, Codable, Hashable {
    /// How the topic is shown: its most frequent surface form.
    public var label: String
    /// Other forms merged into it ("North Koreans", "DPRK").
    public var variants: [String]
    public var score: Double
    public var count: Int
    /// Where it occurs (Unicode scalar offsets), per document.
    public var passages: [Passage]

    /// One occurrence.
    public struct Passage: Sendable, Codable, Hashable {
        public var document: String
        public var start: Int
        public var end: Int
        public var speaker: String?
    }

    /// Occurrences per document.
    public var byDocument: [String: Int] { Dictionary(grouping: passages, by: \.document).mapValues(\.count) }
    /// Occurrences per speaker.
    public var bySpeaker: [String: Int] { Dictionary(grouping: passages.compactMap(\.speaker), by: { $0 }).mapValues(\.count) }
}
