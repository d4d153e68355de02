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
        /// Per document and sentence (in the order `build` was given them): where its temporal expressions
        /// stand, so that claim extraction need not tag the same sentences again. Nil when not made.
        var timeSpans: [[[TextSpan]]]?

        public init(entries: [TimelineEntry], dating: [String: DocumentDating]) {
            self.entries = entries
            self.dating = dating
        }
    }

    public init() {}

    /// One dated mention before merging, with what it is compared by.
    struct Dated: Sendable {
        var mention: TimelineMention
        var profile: EventSimilarity.Profile
    }

    /// `sentences`: each document's sentences (segmented once for all the steps: `DocumentSentences`), when the caller has them.
    /// `products`: where each document's dating and mentions are kept between runs (read back when made from
    /// the same document and, for an undated one, the same reference date).
    public func build(_ docs: [Document], analyses: [SpeakerAnalysis]? = nil, sentences: DocumentSentences? = nil,
                      products: DocumentProducts? = nil) -> Result {
        build(reading: analyses.map { DocumentReader(docs, analyses: $0) } ?? DocumentReader(analysing: docs), sentences: sentences, products: products)
    }

    /// The same, each document read when its mentions are made (none held after).
    public func build(reading docs: DocumentReader, sentences: DocumentSentences? = nil, products: DocumentProducts? = nil) -> Result {
        let dated = docs.dates.compactMap { $0 }.sorted()
        let reference = dated.isEmpty ? nil : dated[dated.count / 2]
        // Each document on its own, on all cores: its dating and its dated mentions. WordNet is loaded here, once,
        // not lazily inside the workers.
        let lexicon = MeaningLexicon()
        products?.prepare(.timeline)
        let perDocument = parallelMap(count: docs.count, minimumChunk: 1) { n -> AnalysisCodec.TimelineProduct in
            let make = { () -> AnalysisCodec.TimelineProduct in
                let (doc, analysis) = docs[n]
                let (dating, dated, times) = mentions(doc, analysis: analysis, sentences: sentences?.of(n, doc), reference: reference, lexicon: lexicon)
                return (dating, dated, times)
            }
            guard let products else { return make() }
            // Only an undated document's dating reads the reference (the dated documents beside it).
            let dependency = docs.dates[n] == nil ? "reference " + (reference?.iso ?? "none") : ""
            return products.product(.timeline, path: docs.paths[n], dependency: dependency, make: make,
                                    encode: AnalysisCodec.encode(timelineProduct:), decode: { AnalysisCodec.decodeTimelineProduct($0, path: docs.paths[n]) })
        }
        var dating: [String: DocumentDating] = [:]
        for (n, path) in docs.paths.enumerated() { dating[path] = perDocument[n].0 }
        let timeSpans = perDocument.map(\.2)
        // Names most documents share ("Washington" in a corpus of White House briefings) tell events apart less.
        var documentFrequency: [String: Int] = [:]
        for (_, list, _) in perDocument { for e in Set(list.flatMap(\.profile.entities)) { documentFrequency[e, default: 0] += 1 } }
        let limit = max(2, docs.count / 4)
        let common = Set(documentFrequency.filter { $0.value > limit }.keys)
        var entries: [TimelineEntry] = []
        var profiles: [EventSimilarity.Profile] = []
        var byEntity: [String: [Int]] = [:] // entity stem → entries whose first mention has it
        var byDay: [Day: [Int]] = [:] // day → entries whose first mention is dated that day
        // Per entry, how many names a mention shares with it (the entries touched listed, to reset them after).
        var sharedCount: [Int] = [], touched: [Int] = []
        for (_, list, _) in perDocument {
            for item in list {
                var profile = item.profile
                profile.rare = profile.entities.subtracting(common)
                let (mention, date) = (item.mention, item.mention.date)
                // Candidates: entries that share a name (through names on at most `fanOut` entries: one that nearly
                // every entry has finds nothing a rarer one would not) or, for a day, that day.
                // (-1: not a candidate.)
                for k in touched { sharedCount[k] = -1 }
                touched.removeAll(keepingCapacity: true)
                for e in profile.entities {
                    guard let posting = byEntity[e], posting.count <= Self.fanOut else { continue }
                    for k in posting {
                        if sharedCount[k] < 0 { sharedCount[k] = 0; touched.append(k) }
                        sharedCount[k] += 1
                    }
                }
                if date.days == 1 { for k in byDay[date.earliest] ?? [] where sharedCount[k] < 0 { sharedCount[k] = 0; touched.append(k) } }
                // Compared with the first mention of each entry (no chaining); the closest such entry wins (the most
                // names shared, then the first made).
                // Within one text, the same event comes back with the same date or one inside the other; across texts,
                // dates need only overlap.
                let fits = touched.filter { k in
                    let first = entries[k].mentions[0]
                    let fine = first.date == date && date.precision < .month
                    let dayElsewhere = first.date == date && date.days == 1 && first.path != mention.path
                    return EventSimilarity.same(profiles[k], profile, sameFineDate: fine, sameDayElsewhere: dayElsewhere)
                        && entries[k].date.intersection(date) != nil
                        && !entries[k].mentions.contains { $0.path == mention.path && !Self.nested($0.date, date) }
                }
                if let k = fits.max(by: { (sharedCount[$0], -$0) < (sharedCount[$1], -$1) }) {
                    entries[k].date = entries[k].date.intersection(date)!
                    entries[k].mentions.append(mention)
                } else {
                    for e in profile.entities { byEntity[e, default: []].append(entries.count) }
                    if date.days == 1 { byDay[date.earliest, default: []].append(entries.count) }
                    entries.append(TimelineEntry(id: entries.count, date: date, label: mention.label, speaker: mention.speaker, mentions: [mention]))
                    profiles.append(profile)
                    sharedCount.append(-1)
                }
            }
        }
        let order = entries.indices.sorted { (entries[$0].date.earliest, entries[$0].date.latest, $0) < (entries[$1].date.earliest, entries[$1].date.latest, $1) }
        var sorted = order.map { entries[$0] }
        for i in sorted.indices { sorted[i].id = i }
        var result = Result(entries: sorted, dating: dating)
        if sentences != nil { result.timeSpans = timeSpans }
        return result
    }

    /// The most entries a name may point to and still propose candidates.
    static let fanOut = 400

    /// One date inside the other.
    static func nested(_ a: DateRange, _ b: DateRange) -> Bool { a.intersection(b) == a || a.intersection(b) == b }

    /// A document's dating and its dated mentions in reading order: every time expression its own mention,
    /// greetings and other non-events left out; and where each sentence's temporal expressions stand.
    func mentions(_ doc: Document, analysis: SpeakerAnalysis, sentences given: [Sentence]? = nil, reference: Day?,
                  lexicon: MeaningLexicon) -> (DocumentDating, [Dated], [[TextSpan]]) {
        let tagger = TemporalTagger()
        let paragraphs = doc.paragraphs
        let flat = paragraphs.flatMap { $0 }
        let sentences = given ?? SentenceSegmenter().sentences(doc.text, paragraphs: paragraphs)
        let tagged = sentences.map { s -> (Sentence, String, [TimeMention]) in
            let pieces = SentenceSegmenter.pieces(of: s, in: flat)
            return (s, doc.text.joined(pieces), tagger.mentions(doc.text, pieces: pieces))
        }
        let d = DocumentDating.date(doc, sentences: tagged.map { ($0.1, $0.2) }, reference: reference)
        // The date the text last gave, for "a year earlier", "the following week", "the quarter".
        var last: DateRange?
        let resolver = d.anchor.map { TimeResolver(anchor: $0, after: d.after) }
        var out: [Dated] = []
        for (sentence, text, mentions) in tagged where !mentions.isEmpty {
            let dates = resolver?.resolve(inOrder: mentions, reference: &last)
                ?? mentions.map { m in if case .absolute(let a) = m.expression { return a } else { return nil } }
            let resolved = zip(mentions, dates).compactMap { m, r in r.map { (m, $0) } }
                .filter { NonEvents.reason(text, $0.0) == nil }
            guard !resolved.isEmpty else { continue }
            // Compared without its time words.
            var plain = text
            for (m, _) in resolved { plain = plain.replacingOccurrences(of: m.text, with: " ") }
            let profile = EventSimilarity.profile(plain, lexicon: lexicon)
            let who = speaker(at: sentence.span, analysis)
            for (m, date) in resolved {
                let label = Headline.make(text, time: m.text, others: resolved.map(\.0.text).filter { $0 != m.text })
                out.append(Dated(mention: TimelineMention(document: doc.name, path: doc.path, start: sentence.span.start,
                                                          end: sentence.span.end, when: m.text, speaker: who, date: date, label: label),
                                 profile: profile))
            }
        }
        return (d, out, tagged.map { $0.2.map(\.span) })
    }

    /// Who says the sentence: the turn's speaker, or the source the article quotes there.
    func speaker(at span: TextSpan, _ a: SpeakerAnalysis) -> String? {
        if let speaker = a.speaker(at: span.start) { return speaker }
        return a.quoted.first { q in q.quotes.contains { $0.overlaps(span) } }?.name
    }
}
