/// A stretch of a document spoken by one speaker: consecutive blocks with the same speaker.
public struct Turn: Sendable, Hashable, Codable {
    public var speaker: String
    /// The paragraphs spoken, each a list of pieces of text (labels and timings left out).
    public var paragraphs: [[TextSpan]]
    /// Seconds from the start of the recording, for timed formats.
    public var time: Double?
    /// Where the speaker came from: a label in the text, a voice tag, or inferred from conversational cues.
    public var source: Source?
    /// For an inferred speaker: how clearly the cues favour this attribution (0...1).
    public var confidence: Double?

    /// How a turn's speaker is known.
    public enum Source: String, Sendable, Hashable, Codable {
        case label, voice, inferred
    }

    public init(speaker: String, paragraphs: [[TextSpan]], time: Double? = nil) {
        self.speaker = speaker
        self.paragraphs = paragraphs
        self.time = time
    }

    public init(speaker: String, pieces: [TextSpan], time: Double? = nil) {
        self.init(speaker: speaker, paragraphs: [pieces], time: time)
    }

    /// Every piece of every paragraph, in order.
    public var pieces: [TextSpan] { paragraphs.flatMap { $0 } }

    public var span: TextSpan {
        guard let f = paragraphs.first?.first, let l = paragraphs.last?.last else { return TextSpan(0, 0) }
        return TextSpan(f.start, l.end)
    }
}

extension Array where Element == Turn {
    /// The index of the first turn that ends after `offset` (`count` when none does): binary search, since a
    /// document's turns are in text order and do not overlap.
    public func firstIndex(endingAfter offset: Int) -> Int {
        firstIndex(endingAfter: offset) { $0.span.end }
    }
}
