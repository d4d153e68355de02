/// How two claims relate.
public enum LinkKind: String, Codable, Sendable {
    /// The same figure or assertion.
    case agrees
    /// Another figure for the same quantity.
    case differs
    /// Explicit disagreement, or the same assertion with the opposite polarity.
    case disputes
    /// The same claimant says it again.
    case repeats
}

/// A link from one claim to another.
public struct ClaimLink: Codable, Sendable, Hashable {
    public var id: Int
    public var kind: LinkKind
}

/// What makes a sentence a claim.
public enum ClaimKind: String, Codable, Sendable {
    case quantity, reported, stance, assertion
}

/// Something a document asserts that can be checked: a figure, reported speech, a stance. Its span is one
/// sentence (a clause of an ASR run-on), never a paragraph.
public struct Claim: Codable, Sendable {
    public var id: Int
    public var document: String
    public var path: String
    public var start: Int
    public var end: Int
    public var text: String
    /// Who makes it: the speaker of the turn, or the source the article quotes; nil for the article's author.
    public var claimant: String?
    public var kind: ClaimKind
    public var quantities: [Quantity]
    /// The date the timeline gives this sentence, or the document's date.
    public var date: String?
    public var negated: Bool
    /// People the claim answers by name ("I disagree with Mark").
    public var references: [String]
    public var related: [Int]
    public var links: [ClaimLink]
    /// Named groups the claim is about (stemmed), for linking by event frame.
    public var groups: [String] = []
    /// How likely people would call the sentence worth checking (`CheckWorthiness`).
    public var checkWorthiness: Double = 0
    /// When it was said: the document's date (nil when undated).
    public var saidOn: String? = nil
    /// The threads (`ClaimThread.id`) the claim belongs to.
    public var threads: [Int] = []

    public var span: TextSpan { TextSpan(start, end) }
}
