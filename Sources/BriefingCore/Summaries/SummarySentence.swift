/// A sentence chosen for a summary: its place in the original text, who says it, and its text as shown
/// (disfluencies trimmed; the span is the original's).
public struct SummarySentence: Sendable, Codable, Hashable {
    public var document: String
    public var start: Int
    public var end: Int
    public var speaker: String?
    public var text: String
    public var score: Double
}
