/// A stretch of a document spoken by one speaker: consecutive blocks with the same speaker.
public struct Turn: Sendable, Hashable, Codable {
    public var speaker: String
    /// The pieces of text spoken, in order (labels and timings left out).
    public var pieces: [TextSpan]
    /// Seconds from the start of the recording, for timed formats.
    public var time: Double?

    public init(speaker: String, pieces: [TextSpan], time: Double? = nil) {
        self.speaker = speaker
        self.pieces = pieces
        self.time = time
    }

    public var span: TextSpan {
        guard let f = pieces.first, let l = pieces.last else { return TextSpan(0, 0) }
        return TextSpan(f.start, l.end)
    }
}
