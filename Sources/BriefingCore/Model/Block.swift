/// A run of a document's text that belongs together: a paragraph, a labelled turn, a subtitle cue.
/// `pieces` are the spans that hold the words (labels, timings and markup left out);
/// `span` covers them all.
public struct Block: Sendable, Hashable, Codable {
    public var pieces: [TextSpan]
    /// The speaker label exactly as written (`MR. KIRBY`, `Q`, a `<v Name>` voice), when there is one.
    public var label: String?
    /// Where the label itself stands in the text.
    public var labelSpan: TextSpan?
    /// Seconds from the start of the recording, for timed formats.
    public var time: Double?

    public init(pieces: [TextSpan], label: String? = nil, labelSpan: TextSpan? = nil, time: Double? = nil) {
        self.pieces = pieces
        self.label = label
        self.labelSpan = labelSpan
        self.time = time
    }

    public var span: TextSpan {
        guard let first = pieces.first, let last = pieces.last else { return labelSpan ?? TextSpan(0, 0) }
        return TextSpan(first.start, last.end)
    }
}
