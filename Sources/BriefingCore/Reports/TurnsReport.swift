/// What `briefing turns FILE --json` prints: the document's speakers with their figures, and every turn's span.
public struct TurnsReport: Codable, Sendable {
    /// One speaker of the document.
    public struct Speaker: Codable, Sendable, Equatable {
        public var name: String
        public var role: String?
        public var words: Int
        public var turns: Int
    }

    /// One turn: who, and where in the original text (Unicode scalar offsets, end exclusive).
    public struct TurnEntry: Codable, Sendable, Equatable {
        public var speaker: String
        public var start: Int
        public var end: Int
        public var time: Double?
        /// `label`, `voice` or `inferred`.
        public var source: String?
        /// For an inferred speaker, how clearly the cues favour it (0...1).
        public var confidence: Double?
    }

    public var document: String
    public var speakers: [Speaker]
    public var turns: [TurnEntry]

    public init(_ doc: Document, analysis: SpeakerAnalysis) {
        self.init(doc, turns: analysis.turns, roles: analysis.roles)
    }

    public init(_ doc: Document, turns: [Turn], roles: [String: String]? = nil) {
        document = doc.name
        var order: [String] = []
        var words: [String: Int] = [:], counts: [String: Int] = [:]
        for t in turns {
            if words[t.speaker] == nil { order.append(t.speaker) }
            words[t.speaker, default: 0] += t.pieces.reduce(0) { $0 + doc.text.wordCount($1) }
            counts[t.speaker, default: 0] += 1
        }
        let known = roles ?? Dictionary(doc.people.compactMap { p in p.role.map { (p.name, $0) } }, uniquingKeysWith: { a, _ in a })
        speakers = order.map { Speaker(name: $0, role: known[$0], words: words[$0] ?? 0, turns: counts[$0] ?? 0) }
        self.turns = turns.map { TurnEntry(speaker: $0.speaker, start: $0.span.start, end: $0.span.end, time: $0.time,
                                               source: $0.source?.rawValue, confidence: $0.confidence) }
    }
}
