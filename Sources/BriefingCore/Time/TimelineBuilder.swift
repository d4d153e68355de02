/// One dated mention of an event: a sentence with a temporal expression, placed on the calendar.
public struct TimelineMention: Sendable, Hashable, Codable {
    public var document: String
    public var path: String
    /// The sentence (Unicode scalar offsets, end exclusive).
    public var start: Int
    public var end: Int
    /// The temporal expression as written.
    public var when: String
    public var speaker: String?
    /// The mention's own date (an entry's date is what its mentions agree on).
    public var date: DateRange
    /// What this passage tells, as a label (an entry's label is its first mention's).
    public var label: String
}

/// A timeline entry: an event, once, with every place it is told and the date they agree on.
public struct TimelineEntry: Sendable, Codable, Hashable {
    public var id: Int
    public var date: DateRange
    public var label: String
    public var speaker: String?
    public var mentions: [TimelineMention]
}

/// Builds the timeline of a corpus: dates documents, finds temporal expressions sentence by sentence,
/// resolves them against each document's anchor, and merges mentions of one event into one entry.
public struct TimelineBuilder: Sendable {
    public struct Result: Sendable {
        public var entries: [TimelineEntry]
        /// Per document: its dating (stated, spoken or inferred, with the reason).
        public var dating: [String: DocumentDating]
    }

    public init() {}

    public func build(_ docs: [Document], analyses: [SpeakerAnalysis]? = nil) -> Result {
        let dated = docs.compactMap(\.date).sorted()
        let reference = dated.isEmpty ? nil : dated[dated.count / 2]
        var entries: [TimelineEntry] = []
        var profiles: [EventSimilarity.Profile] = []
        var byEntity: [String: [Int]] = [:] // entity stem → entries whose first mention has it
        var dating: [String: DocumentDating] = [:]
        let tagger = TemporalTagger()
        for (n, doc) in docs.enumerated() {
            let analysis = analyses?[n] ?? TurnBuilder.analyze(doc)
            let paragraphs = doc.paragraphs
            let flat = paragraphs.flatMap { $0 }
            let sentences = SentenceSegmenter().sentences(doc.text, paragraphs: paragraphs)
            let tagged = sentences.map { s -> (Sentence, String, [TimeMention]) in
                let pieces = SentenceSegmenter.pieces(of: s, in: flat)
                return (s, doc.text.joined(pieces), tagger.mentions(doc.text, pieces: pieces))
            }
            let d = DocumentDating.date(doc, sentences: tagged.map { ($0.1, $0.2) }, reference: reference)
            dating[doc.path] = d
            // The date the text last gave, for "a year earlier", "the following week", "the quarter".
            var reference: DateRange?
            let resolver = d.anchor.map { TimeResolver(anchor: $0, after: d.after) }
            for (sentence, text, mentions) in tagged where !mentions.isEmpty {
                // Each expression is its own mention, with its own date.
                let dates = resolver?.resolve(inOrder: mentions, reference: &reference)
                    ?? mentions.map { m in if case .absolute(let a) = m.expression { return a } else { return nil } }
                let resolved = zip(mentions, dates).compactMap { m, r in r.map { (m, $0) } }
                    .filter { NonEvents.reason(text, $0.0) == nil }
                guard !resolved.isEmpty else { continue }
                // Compared without its time words, with the first mention of each entry (no chaining).
                var plain = text
                for (m, _) in resolved { plain = plain.replacingOccurrences(of: m.text, with: " ") }
                let profile = EventSimilarity.profile(plain)
                let who = speaker(at: sentence.span, analysis)
                for (m, date) in resolved {
                let label = Headline.make(text, time: m.text, others: resolved.map(\.0.text).filter { $0 != m.text })
                let mention = TimelineMention(document: doc.name, path: doc.path, start: sentence.span.start, end: sentence.span.end,
                                              when: m.text, speaker: who, date: date, label: label)
                var shared: [Int: Int] = [:]
                for e in profile.entities { for k in byEntity[e] ?? [] { shared[k, default: 0] += 1 } }
                let candidates = shared.filter { $0.value >= 2 }.keys.sorted()
                if let k = candidates.first(where: { EventSimilarity.same(profiles[$0], profile) && entries[$0].date.intersection(date) != nil }) {
                    entries[k].date = entries[k].date.intersection(date)!
                    entries[k].mentions.append(mention)
                } else {
                    for e in profile.entities { byEntity[e, default: []].append(entries.count) }
                    entries.append(TimelineEntry(id: entries.count, date: date, label: label, speaker: mention.speaker, mentions: [mention]))
                    profiles.append(profile)
                }
                }
            }
        }
        let order = entries.indices.sorted { (entries[$0].date.earliest, entries[$0].date.latest, $0) < (entries[$1].date.earliest, entries[$1].date.latest, $1) }
        var sorted = order.map { entries[$0] }
        for i in sorted.indices { sorted[i].id = i }
        return Result(entries: sorted, dating: dating)
    }

    /// Who says the sentence: the turn's speaker, or the source the article quotes there.
    func speaker(at span: TextSpan, _ a: SpeakerAnalysis) -> String? {
        if let speaker = a.speaker(at: span.start) { return speaker }
        return a.quoted.first { q in q.quotes.contains { $0.overlaps(span) } }?.name
    }
}
