import Foundation

/// What is learnt from the whole corpus at once: the timeline with each document's dating, linked claims and
/// their threads, topics per document and for the corpus, and summary candidates. One pipeline, used by the
/// reader and by every command, kept in the index (`CorpusIndex.storeAnalysis`) for exactly the documents and
/// the analysis code that made it.
public struct CorpusAnalysis: Sendable, Codable {
    public var timeline: [TimelineEntry]
    /// Per document path: when its words were said or written, and why.
    public var dating: [String: DocumentDating]
    public var claims: [Claim]
    public var threads: [ClaimThread]
    /// Topics per document path (at most `documentTopics`).
    public var topics: [String: [Topic]]
    /// Topics of the corpus (at most `corpusTopicLimit`).
    public var corpusTopics: [Topic]
    public var candidates: [Summarizer.Candidate]
    /// Per document path: the summary its publisher gave (a podcast page's "About"), as published.
    public var publisherSummaries: [String: String]
    /// While the analysis is published part by part: what is being made next ("claims", "topics"), with the
    /// step and the number of steps; nil once everything is here.
    public var pending: Stage? = nil

    /// How many topics are kept per document and for the corpus (commands asking for more make them afresh).
    /// A document keeps 30, as many as `summary` names its parts from; lists show `listedTopics` of them.
    public static let documentTopics = 30
    public static let listedTopics = 15
    public static let corpusTopicLimit = 20

    /// A step of the corpus analysis still to come.
    public struct Stage: Sendable, Codable, Equatable {
        public var next: String
        public var step: Int
        public var of: Int

        public init(next: String, step: Int, of: Int) {
            self.next = next
            self.step = step
            self.of = of
        }

        /// The timeline is here; the claims come next.
        static let claimsNext = Stage(next: "claims", step: 2, of: 3)
    }

    /// The analysis of documents paired with their speaker analyses.
    public init(_ pairs: [(Document, SpeakerAnalysis)]) {
        self.init(pairs.map(\.0), analyses: pairs.map(\.1))
    }

    public init(_ documents: [Document], analyses: [SpeakerAnalysis]) {
        self = CorpusAnalysis.make(documents, analyses: analyses, publish: nil)
    }

    /// Nothing yet.
    public init() {
        timeline = []; dating = [:]; claims = []; threads = []; topics = [:]; corpusTopics = []; candidates = []
        publisherSummaries = [:]
    }

    /// The timeline as `TimelineBuilder` gave it (entries and each document's dating).
    public var timelineResult: TimelineBuilder.Result { TimelineBuilder.Result(entries: timeline, dating: dating) }

    /// Makes the analysis a part at a time (timeline, then claims, then topics and summary candidates), handing
    /// each partial result to `publish` as soon as it is ready, so the reader can show the timeline while the
    /// claims are still being linked.
    /// `relating`: whether the claims get their related claims (`Claim.related`); the index does not keep them.
    /// `products`: where what each document gives on its own is kept between runs (`DocumentProducts`), so that
    /// only the documents that changed make theirs again.
    /// `handOff`: given each part as soon as it is complete (after `publish`), with the analysis to take it out
    /// of (`letGo`), for a caller that keeps the parts elsewhere and need not hold them all at once.
    public static func make(_ documents: [Document], analyses: [SpeakerAnalysis], publish: ((CorpusAnalysis) -> Void)?,
                            relating: Bool = true, products: DocumentProducts? = nil,
                            handOff: ((Part, inout CorpusAnalysis) -> Void)? = nil) -> CorpusAnalysis {
        make(loading: { Array(zip(documents, analyses)) }, publish: publish, relating: relating, products: products, handOff: handOff)
    }

    /// The same, with the documents from `load`, which gives the same documents in the same order every time it is
    /// called: each step that needs them reads them and lets them go when it is done, so that they are not held
    /// while the claims are linked or the topics ranked.
    public static func make(loading load: () -> [(Document, SpeakerAnalysis)], publish: ((CorpusAnalysis) -> Void)?,
                            relating: Bool = true, products: DocumentProducts? = nil,
                            handOff: ((Part, inout CorpusAnalysis) -> Void)? = nil) -> CorpusAnalysis {
        make(steps: { DocumentReader(load()) }, publish: publish, relating: relating, products: products, handOff: handOff)
    }

    /// The same, each step reading each document from `reader` when it needs it (`briefing index` reads them from
    /// the index): no step holds them all.
    public static func make(reading reader: DocumentReader, publish: ((CorpusAnalysis) -> Void)?,
                            relating: Bool = true, products: DocumentProducts? = nil,
                            handOff: ((Part, inout CorpusAnalysis) -> Void)? = nil) -> CorpusAnalysis {
        make(steps: { reader }, publish: publish, relating: relating, products: products, handOff: handOff)
    }

    /// The analysis, each step reading its documents from what `documents` gives it (the same documents in the
    /// same order every time), and letting that go when it is done.
    static func make(steps documents: () -> DocumentReader, publish: ((CorpusAnalysis) -> Void)?, relating: Bool,
                     products: DocumentProducts?, handOff: ((Part, inout CorpusAnalysis) -> Void)?) -> CorpusAnalysis {
        var x = CorpusAnalysis()
        FreeMemory.release()
        var first: DocumentReader? = documents()
        // Each document's sentences, segmented once, when a step below makes a product of the document.
        let sentences = DocumentSentences(count: first!.count)
        // The timeline, then the claims dated by it (extracted: linking needs the documents no more). `besides`: what
        // the claims read from the whole corpus is gathered on another thread while the timeline is made (see below
        // for when).
        func timelineAndClaims(_ documents: DocumentReader, besides: Bool) -> [Claim] {
            var t: TimelineBuilder.Result?
            let makeTimeline = {
                t = TimelineBuilder().build(reading: documents, sentences: sentences, products: products)
                products?.save()
            }
            let gather = { @Sendable in ClaimBuilder.CorpusWords(reading: documents, products: products) }
            let words: ClaimBuilder.CorpusWords
            if besides { words = alongside(makeTimeline, gather) } else { makeTimeline(); words = gather() }
            x.timeline = t!.entries
            x.dating = t!.dating
            x.pending = .claimsNext
            FreeMemory.release()
            publish?(x)
            handOff?(.timeline, &x)
            return ClaimBuilder().extract(reading: documents, timeline: t!, sentences: sentences, products: products, words: words)
        }
        func link(_ extracted: consuming [Claim]) {
            (x.claims, x.threads) = ClaimLinker().linkWithThreads(extracted, relating: relating)
            products?.save()
            x.pending = Stage(next: "topics and summaries", step: 3, of: 3)
            FreeMemory.release()
            publish?(x)
            handOff?(.claims, &x)
            FreeMemory.release()
        }
        // The topics, then the summary candidates and the publishers' summaries: they need nothing from the
        // timeline or the claims. The topic extractor keeps none of the documents.
        @Sendable func topicExtractor(_ documents: DocumentReader) -> TopicExtractor {
            let extractor = TopicExtractor(reading: documents, sentences: sentences, products: products)
            products?.save()
            return extractor
        }
        @Sendable func topics(_ extractor: TopicExtractor) -> (corpus: [Topic], documents: [String: [Topic]]) {
            defer { products?.save() }
            return extractor.allTopics(documentLimit: documentTopics, corpusLimit: corpusTopicLimit, products: products)
        }
        @Sendable func candidates(_ documents: DocumentReader) -> (candidates: [Summarizer.Candidate], publisher: [String: String]) {
            let candidates = Summarizer.candidates(reading: documents, sentences: sentences, products: products)
            products?.save()
            let summaries = parallelMap(count: documents.count, minimumChunk: 1) { n -> String? in
                let (d, _) = documents[n]
                return d.publisherSummary.map { d.text.string($0) }
            }
            var publisher: [String: String] = [:]
            for (n, s) in summaries.enumerated() { if let s { publisher[documents.paths[n]] = s } }
            return (candidates, publisher)
        }
        typealias Side = (corpus: [Topic], documents: [String: [Topic]], candidates: [Summarizer.Candidate], publisher: [String: String])
        // When the index keeps most documents' products (a document added or changed), what is left is mostly the
        // corpus-wide steps, whose serial parts leave cores idle: the topics are made on another thread beside
        // the timeline and the claims, and what the claims read from the whole corpus beside the timeline; the
        // documents are read once for all the steps. When most products are made afresh, every step keeps the
        // cores busy on its own, and side by side they would only hold their memory at once: the steps come one
        // after another, each reading the documents it needs and letting them go.
        let side: Side
        if products?.keepsMost(.phrases, of: first!.paths) == true {
            let held = DocumentReader(first!.all())
            first = nil
            side = alongside({ link(timelineAndClaims(held, besides: true)) }, { () -> Side in
                let t = topics(topicExtractor(held))
                FreeMemory.release()
                let c = candidates(held)
                return (t.corpus, t.documents, c.candidates, c.publisher)
            })
        } else {
            let extracted = { let step = first!; first = nil; return timelineAndClaims(step, besides: false) }()
            FreeMemory.release()
            link(extracted)
            let extractor = topicExtractor(documents())
            FreeMemory.release()
            let t = topics(extractor)
            FreeMemory.release()
            let c = candidates(documents())
            side = (t.corpus, t.documents, c.candidates, c.publisher)
        }
        (x.corpusTopics, x.topics) = (side.corpus, side.documents)
        handOff?(.topics, &x)
        x.candidates = side.candidates
        handOff?(.candidates, &x)
        FreeMemory.release()
        x.publisherSummaries = side.publisher
        x.pending = nil
        handOff?(.publisher, &x)
        return x
    }

    /// Takes a part out of the analysis (after it was handed off: see `make`).
    public mutating func letGo(_ part: Part) {
        switch part {
        case .timeline: timeline = []; dating = [:]
        case .claims: claims = []; threads = []
        case .topics: topics = [:]; corpusTopics = []
        case .candidates: candidates = []
        case .publisher: publisherSummaries = [:]
        }
    }

    /// The corpus analysis of these documents: from the index when it keeps one for exactly these documents
    /// as this code analyses them (`fingerprint`, which carries the analysis version), else made now and kept
    /// there for the next time. `documents` is asked for only when the analysis has to be made.
    /// `publish` receives each part as it is made or read: from the index, the timeline comes first, read
    /// before the larger parts.
    /// `relating` false: the claims come without their related claims (`briefing index`, which only stores the
    /// analysis, need not make them).
    public static func load(index: CorpusIndex?, fingerprint: String?, documents: () -> [(Document, SpeakerAnalysis)],
                            publish: ((CorpusAnalysis) -> Void)? = nil, relating: Bool = true) -> CorpusAnalysis {
        if var whole = stored(index: index, fingerprint: fingerprint, parts: [.timeline], relating: relating) {
            // The timeline first (it is small), then the larger parts.
            whole.pending = .claimsNext
            publish?(whole)
            if let rest = stored(index: index, fingerprint: fingerprint, parts: Set(Part.allCases).subtracting([.timeline]), relating: relating) {
                whole.claims = rest.claims
                whole.threads = rest.threads
                whole.topics = rest.topics
                whole.corpusTopics = rest.corpusTopics
                whole.candidates = rest.candidates
                whole.publisherSummaries = rest.publisherSummaries
                whole.pending = nil
                return whole
            }
        }
        // The documents are let go before the analysis is stored.
        let analysis = { () -> CorpusAnalysis in
            WordNetLexicon.loadInBackground()
            return make(loading: documents, publish: publish, relating: relating, products: index?.products(for: fingerprint))
        }()
        if let index, let fingerprint {
            try? index.storeAnalysis(parts: Part.allCases.map(\.rawValue), fingerprint: fingerprint) { analysis.encoded(Part(rawValue: $0)!) }
        }
        return analysis
    }

    /// Makes the analysis of these documents and keeps it in the index for `fingerprint` without holding it whole:
    /// each part is encoded as soon as it is made and let go, so that the claims are not held while the topics
    /// are made (what `briefing index` needs; its claims come without related claims, which the index does not keep).
    /// `documents`: read one at a time as each step needs them (`CorpusIndex.reader`).
    public static func store(index: CorpusIndex, fingerprint: String, documents: DocumentReader) throws {
        var payloads: [Part: Data] = [:]
        // Every step of the analysis reads WordNet: it loads while the documents are read.
        WordNetLexicon.loadInBackground()
        _ = make(reading: documents, publish: nil, relating: false, products: index.products(for: fingerprint)) { part, x in
            // What the step that made the part let go is handed back first: the encoding takes fresh pages.
            FreeMemory.release()
            payloads[part] = x.encoded(part)
            x.letGo(part)
        }
        try index.storeAnalysis(parts: Part.allCases.map(\.rawValue), fingerprint: fingerprint) { payloads[Part(rawValue: $0)!] }
    }

    /// The parts the index keeps, each in a row of its own so that a command reads only what it needs.
    public enum Part: String, CaseIterable, Sendable {
        case timeline, claims, topics, candidates
        /// The documents' publisher summaries.
        case publisher
    }

    /// One part as the index keeps it.
    func encoded(_ part: Part) -> Data? {
        let e = JSONEncoder()
        switch part {
        case .timeline: return AnalysisCodec.encode(timeline: timeline, dating: dating)
        case .claims: return AnalysisCodec.encode(claims: claims, threads: threads)
        case .topics: return AnalysisCodec.encode(topics: topics, corpusTopics: corpusTopics)
        case .candidates: return AnalysisCodec.encode(candidates: candidates)
        case .publisher: return try? e.encode(publisherSummaries)
        }
    }

    /// The analysis the index keeps for `fingerprint`, with the parts asked for (the others left empty); nil
    /// when the index lacks one of them. `relating`: the claims get their related claims.
    public static func stored(index: CorpusIndex?, fingerprint: String?, parts: Set<Part> = Set(Part.allCases),
                              relating: Bool = true) -> CorpusAnalysis? {
        guard let index, let fingerprint else { return nil }
        let d = JSONDecoder()
        var x = CorpusAnalysis()
        for part in Part.allCases where parts.contains(part) {
            guard let data = index.storedAnalysis(fingerprint, part: part.rawValue) else { return nil }
            do {
                switch part {
                case .timeline:
                    guard let p = AnalysisCodec.decodeTimeline(data) else { return nil }
                    (x.timeline, x.dating) = (p.timeline, p.dating)
                case .claims:
                    guard let p = AnalysisCodec.decodeClaims(data) else { return nil }
                    (x.claims, x.threads) = (p.claims, p.threads)
                    // A claim's related claims are not kept: they are made again from its links and threads.
                    if relating { ClaimLinker.relate(&x.claims, threads: x.threads, copies: p.copies) }
                case .topics:
                    guard let p = AnalysisCodec.decodeTopics(data) else { return nil }
                    (x.topics, x.corpusTopics) = (p.topics, p.corpusTopics)
                case .candidates:
                    guard let candidates = AnalysisCodec.decodeCandidates(data) else { return nil }
                    x.candidates = candidates
                case .publisher:
                    x.publisherSummaries = try d.decode([String: String].self, from: data)
                }
            } catch {
                return nil
            }
        }
        return x
    }
}
