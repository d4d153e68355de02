import Foundation

/// Extractive summaries, verbatim sentences: ranked by a salience fitted offline on people's meeting
/// summaries (`SalienceFeatures`: LexRank centrality, position, length, who speaks, and how much of the
/// sentence is content rather than talk), chosen with maximal marginal relevance so that no two say the
/// same thing, and returned in reading order. Questions, fragments, sentences under `minWords` words (in
/// speech mostly back-channel and asides) and over `maxCharacters` are never chosen.
public struct Summarizer: Sendable {
    public var maxCharacters = 300
    public var minWords = 8
    /// Relevance against novelty in MMR.
    public var lambda = 0.7
    /// Above this similarity two sentences are near-duplicates.
    public var duplicateSimilarity = 0.5
    /// What a sentence gains in MMR when its part of the document has no sentence in the summary yet, so
    /// that the summary covers the whole conversation part by part. Chosen on QMSum's training split
    /// (whole-meeting ROUGE-L on two disjoint thirds of it: 25.4 -> 26.0 and 26.5 -> 26.6 against none).
    public var partBonus = 0.3

    public init() {}

    /// A candidate sentence, with the part of its document it belongs to (`TopicSegmenter`, from 0).
    public struct Candidate: Sendable, Codable {
        public var document: String
        public var span: TextSpan
        public var speaker: String?
        public var text: String
        public var part: Int
        /// Where the sentence stands in its part, among all the part's sentences: 0 first, 1 last.
        public var partPosition: Double
        public init(document: String, span: TextSpan, speaker: String?, text: String, part: Int = 0, partPosition: Double = 0) {
            self.document = document
            self.span = span
            self.speaker = speaker
            self.text = text
            self.part = part
            self.partPosition = partPosition
        }
    }

    /// Candidates of documents: every sentence, with its speaker and the part of its document.
    /// `sentences`: each document's sentences (segmented once for all the steps: `DocumentSentences`), when the caller has them.
    /// `products`: where each document's candidates are kept between runs.
    public static func candidates(_ docs: [Document], analyses: [SpeakerAnalysis], sentences: DocumentSentences? = nil,
                                  products: DocumentProducts? = nil) -> [Candidate] {
        candidates(reading: DocumentReader(docs, analyses: analyses), sentences: sentences, products: products)
    }

    /// The same, each document read when its candidates are made (none held after).
    public static func candidates(reading docs: DocumentReader, sentences: DocumentSentences? = nil,
                                  products: DocumentProducts? = nil) -> [Candidate] {
        products?.prepare(.candidates)
        // Each document on its own, on all cores, in the documents' order.
        return Array.concatenating(parallelMap(count: docs.count, minimumChunk: 1) { n -> [Candidate] in
            let (doc, analysis) = docs[n]
            let make = { candidates(doc, analysis: analysis, sentences: sentences?.of(n, doc)) }
            guard let products else { return make() }
            // Kept without their text, which is the document's own (its sentence's pieces joined again).
            return products.product(.candidates, path: doc.path, make: make,
                                    encode: { AnalysisCodec.encode(candidates: $0.map { c in var c = c; c.text = ""; return c }) },
                                    decode: { data in
                                        let flat = doc.paragraphs.flatMap { $0 }
                                        return AnalysisCodec.decodeCandidates(data).map { list in
                                            list.map { c in
                                                var c = c
                                                c.text = doc.text.joined(SentenceSegmenter.pieces(of: Sentence(c.span), in: flat))
                                                return c
                                            }
                                        }
                                    })
        })
    }

    /// The summary candidates of one document: its sentences, each with its speaker and its part.
    static func candidates(_ doc: Document, analysis a: SpeakerAnalysis, sentences given: [Sentence]? = nil) -> [Candidate] {
        let paragraphs = doc.paragraphs
        let flat = paragraphs.flatMap { $0 }
        var ofDocument: [Candidate] = []
        for s in given ?? SentenceSegmenter().sentences(doc.text, paragraphs: paragraphs) {
            let turn = a.turn(at: s.span.start)
            let speaker = turn?.speaker
            // A sentence that runs past a turn boundary keeps only the speaker's part.
            var span = s.span
            if let turn, span.end > turn.span.end { span = TextSpan(span.start, turn.span.end) }
            let pieces = SentenceSegmenter.pieces(of: Sentence(span), in: flat)
            ofDocument.append(Candidate(document: doc.name, span: span, speaker: speaker, text: doc.text.joined(pieces)))
        }
        let starts = TopicSegmenter().boundaries(ofDocument.map(\.text))
        let edges = [0] + starts + [ofDocument.count]
        for part in 0..<(edges.count - 1) {
            let range = edges[part]..<edges[part + 1]
            for i in range {
                ofDocument[i].part = part
                ofDocument[i].partPosition = range.count > 1 ? Double(i - range.lowerBound) / Double(range.count - 1) : 0
            }
        }
        return ofDocument
    }

    /// The parts of the documents the candidates come from (all of a document's sentences, in reading
    /// order): where each begins and ends, what it is about and who speaks most. What a part is about is
    /// named by the documents' topics most particular to it (mentioned there more than in other parts),
    /// else by its most particular words.
    public static func parts(_ candidates: [Candidate], topics: [Topic] = []) -> [SummaryPart] {
        var groups: [(key: PartKey, members: [Candidate])] = []
        for c in candidates {
            let key = PartKey(document: c.document, part: c.part)
            if groups.last?.key == key { groups[groups.count - 1].members.append(c) } else { groups.append((key, [c])) }
        }
        // Distinctive words: frequent in the part, rare in the document's other parts.
        // Each part's terms on all cores (a folder's briefing has the parts of every document).
        let fixedGroups = groups
        let termsOf = parallelMap(count: groups.count, minimumChunk: 16) { i -> [String: Int] in
            var tf: [String: Int] = [:]
            for c in fixedGroups[i].members { for t in TopicSegmenter.terms(c.text) { tf[t, default: 0] += 1 } }
            return tf
        }
        var partsWith: [String: [String: Int]] = [:] // document -> term -> parts holding it
        for (g, tf) in zip(groups, termsOf) { for t in tf.keys { partsWith[g.key.document, default: [:]][t, default: 0] += 1 } }
        let starts = passageStarts(topics)
        // The topics with passages in each document, in order.
        var topicsOf: [String: [Int]] = [:]
        for (k, byDocument) in starts.enumerated() { for d in byDocument.keys { topicsOf[d, default: []].append(k) } }
        // Each document's parts, as spans.
        var spansOf: [String: [(Int, Int)]] = [:]
        for g in groups { spansOf[g.key.document, default: []].append((g.members.first!.span.start, g.members.last!.span.end)) }
        let (fixedPartsWith, fixedTopicsOf, fixedSpansOf) = (partsWith, topicsOf, spansOf)
        return parallelMap(count: groups.count, minimumChunk: 16) { i -> SummaryPart in
            let g = fixedGroups[i]
            let (partsWith, topicsOf, spansOf) = (fixedPartsWith, fixedTopicsOf, fixedSpansOf)
            let spans = spansOf[g.key.document] ?? []
            let n = Double(spans.count)
            let weighted = termsOf[i].map { term, count in
                (term, Double(count) * log((n + 1) / Double(partsWith[g.key.document]?[term] ?? 1)))
            }
            let start = g.members.first!.span.start, end = g.members.last!.span.end
            let named = topicLabels(topics, among: topicsOf[g.key.document] ?? [], starts: starts, document: g.key.document, start: start, end: end, parts: spans)
            let label = named.isEmpty
                ? weighted.filter { termsOf[i][$0.0]! >= 2 }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(3).map(\.0)
                : named
            var words: [String: Int] = [:]
            for c in g.members { if let s = c.speaker { words[s, default: 0] += c.text.split(separator: " ").count } }
            let speakers = words.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map(\.key)
            return SummaryPart(document: g.key.document, index: g.key.part, start: start, end: end,
                               label: label.joined(separator: ", "), speakers: speakers)
        }
    }

    private struct PartKey: Hashable { var document: String; var part: Int }

    /// Up to three topics mentioned at least twice in a part, by mentions there weighted by how few of the
    /// document's parts mention them.
    /// `starts`: `passageStarts(topics)`; `among`: the topics with passages in the document, in order.
    private static func topicLabels(_ topics: [Topic], among: [Int], starts: [[String: [Int]]], document: String, start: Int, end: Int,
                                    parts: [(Int, Int)]) -> [String] {
        let scored = among.compactMap { k -> (String, Double)? in
            let t = topics[k]
            let mine = starts[k][document] ?? []
            let inside = mine.filter { $0 >= start && $0 < end }.count
            guard inside >= 2 else { return nil }
            let partsWith = parts.filter { p in mine.contains { $0 >= p.0 && $0 < p.1 } }.count
            return (t.label, Double(inside) * log(Double(parts.count + 1) / Double(max(1, partsWith))))
        }
        return scored.filter { $0.1 > 0 }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(3).map(\.0)
    }

    /// Where each topic's passages start, per document (in the passages' order): so that what a sentence or
    /// part mentions is looked up in its own document, not among the passages of the whole folder.
    static func passageStarts(_ topics: [Topic]) -> [[String: [Int]]] {
        topics.map { t in
            var byDocument: [String: [Int]] = [:]
            for p in t.passages { byDocument[p.document, default: []].append(p.start) }
            return byDocument
        }
    }

    /// Whether a sentence may stand in a summary.
    public func eligible(_ c: Candidate) -> Bool {
        let t = c.text
        guard t.count <= maxCharacters, !t.hasSuffix("?") else { return false }
        let words = t.split(separator: " ")
        guard words.count >= minWords, let first = t.unicodeScalars.first else { return false }
        // A fragment: starts mid-sentence (lower case, or a word that continues something before it).
        if first.properties.isLowercase { return false }
        func bare(_ w: Substring?) -> String { (w ?? "").lowercased().trimmingCharacters(in: .punctuationCharacters) }
        let continuing: Set<String> = ["than", "which", "whom", "whose", "whereas", "because"]
        if continuing.contains(bare(words[0])) || ["nor", "and", "but", "or", "so"].contains(bare(words[0])) { return false }
        // Ends mid-sentence (cut by a page break).
        if let last = t.last, !".!\"”’)".contains(last) { return false }
        // Also once its opening fillers and discourse words are trimmed for display ("Um, because …"). Trimming
        // only drops words, so a sentence without any of those words anywhere is not trimmed to find out.
        let lower = t.lowercased()
        guard continuing.contains(where: { lower.includes($0) }) else { return true }
        if continuing.contains(bare(Disfluency.trim(t).split(separator: " ").first)) { return false }
        return true
    }

    /// The best `count` sentences of the candidates (in reading order), by fitted salience
    /// (`SalienceFeatures`) with maximal marginal relevance against redundancy; with a focus, sentences
    /// relevant to it come first (salience orders them among themselves).
    public func summarize(_ candidates: [Candidate], count: Int, focus: TopicFocus? = nil) -> [SummarySentence] {
        let pool = candidates.enumerated().filter { eligible($0.element) }
        guard !pool.isEmpty, count > 0 else { return [] }
        let (vectors, features) = salience(pool.map(\.element))
        // The fitted salience, as a probability, scaled so that the best sentence is 1 (MMR weighs it
        // against redundancy, which is a cosine).
        let probabilities = features.map { 1 / (1 + exp(-$0.score)) }
        let top = max(1e-9, probabilities.max() ?? 1)
        let scores = probabilities.map { $0 / top }
        var chosen: [Int] = []
        var covered: Set<PartKey> = []
        while chosen.count < min(count, pool.count) {
            var best: (Int, Double)?
            for i in pool.indices where !chosen.contains(i) {
                let redundancy = chosen.map { Self.cosine(vectors[i], vectors[$0]) }.max() ?? 0
                if redundancy >= duplicateSimilarity { continue }
                let c = pool[i].element
                let fresh = covered.contains(PartKey(document: c.document, part: c.part)) ? 0 : partBonus
                let relevance = focus.map { $0.relevance(c) * 3 } ?? 0 // tiers: 3, 1.5, 0 outweigh salience (≤ 1)
                let mmr = lambda * scores[i] - (1 - lambda) * redundancy + fresh + relevance
                if best == nil || mmr > best!.1 { best = (i, mmr) }
            }
            guard let (i, _) = best else { break }
            chosen.append(i)
            covered.insert(PartKey(document: pool[i].element.document, part: pool[i].element.part))
        }
        return chosen.sorted { (pool[$0].element.document, pool[$0].element.span.start) < (pool[$1].element.document, pool[$1].element.span.start) }
            .map { i in
                let c = pool[i].element
                return SummarySentence(document: c.document, start: c.span.start, end: c.span.end, speaker: c.speaker,
                                       text: Disfluency.trim(c.text), score: (scores[i] * 1000).rounded() / 1000,
                                       part: c.part, kind: SentenceKind.of(c.text))
            }
    }

    /// Sentences that together cover the most of the given topics (a corpus briefing), best first.
    public func briefing(_ candidates: [Candidate], topics: [Topic], count: Int) -> [SummarySentence] {
        // Which sentences may stand, on all cores (a folder's candidates are every sentence it has).
        let summarizer = self
        let eligible = parallelMap(count: candidates.count, minimumChunk: 1024) { summarizer.eligible(candidates[$0]) }
        let pool = candidates.indices.filter { eligible[$0] }.map { candidates[$0] }
        var uncovered = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($0.offset, $0.element.score) })
        // The topics each sentence covers, in order: a gain is summed in that order, so that copies of a sentence
        // gain exactly the same and the first of them is chosen, run after run.
        let starts = Self.passageStarts(topics)
        let covers = pool.map { c -> [Int] in
            topics.indices.filter { t in starts[t][c.document]?.contains { c.span.contains($0) } ?? false }
        }
        var chosen: [Int] = []
        while chosen.count < count {
            var best: (Int, Double)?
            for i in pool.indices where !chosen.contains(i) {
                let gain = covers[i].reduce(0) { $0 + (uncovered[$1] ?? 0) }
                if gain > 0, best == nil || gain > best!.1 { best = (i, gain) }
            }
            guard let (i, _) = best else { break }
            chosen.append(i)
            for t in covers[i] { uncovered[t] = nil }
        }
        return chosen.map { i in
            let c = pool[i]
            return SummarySentence(document: c.document, start: c.span.start, end: c.span.end, speaker: c.speaker,
                                   text: Disfluency.trim(c.text), score: Double(covers[i].count),
                                   part: c.part, kind: SentenceKind.of(c.text))
        }
    }

    // MARK: - Scoring

    /// The TF-IDF vectors and salience features of a pool of eligible sentences (in reading order).
    public func salience(_ pool: [Candidate]) -> (vectors: [[String: Double]], features: [SalienceFeatures]) {
        let texts = pool.map(\.text)
        let (vectors, idf) = Self.weighted(texts)
        let central = pool.count <= 1500 ? lexRank(vectors) : centroid(vectors)
        return (vectors, SalienceFeatures.pool(texts, speakers: pool.map(\.speaker), central: central, idf: idf,
                                                      partPositions: pool.map(\.partPosition)))
    }

    static func vectors(_ texts: [String]) -> [[String: Double]] { weighted(texts).vectors }

    /// Each text's unit TF-IDF vector, and the IDF of every term.
    static func weighted(_ texts: [String]) -> (vectors: [[String: Double]], idf: [String: Double]) {
        let terms = texts.map { t -> [String: Double] in
            var v: [String: Double] = [:]
            for term in TopicSegmenter.terms(t) { v[term, default: 0] += 1 }
            return v
        }
        var df: [String: Int] = [:]
        for v in terms { for k in v.keys { df[k, default: 0] += 1 } }
        let n = Double(texts.count)
        let idf = df.mapValues { log((n + 1) / Double($0)) }
        let vectors = terms.map { v in
            var w = v.mapValues { $0 }
            for (k, tf) in v { w[k] = tf * idf[k]! }
            let norm = sqrt(w.values.reduce(0) { $0 + $1 * $1 })
            return norm > 0 ? w.mapValues { $0 / norm } : w
        }
        return (vectors, idf)
    }

    static func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double { sparseDot(a, b) }

    /// PageRank over sentences linked by similarity above 0.1.
    func lexRank(_ v: [[String: Double]]) -> [Double] {
        let n = v.count
        var edges = Array(repeating: [(Int, Double)](), count: n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                let s = Self.cosine(v[i], v[j])
                if s > 0.1 { edges[i].append((j, s)); edges[j].append((i, s)) }
            }
        }
        let out = edges.map { $0.reduce(0) { $0 + $1.1 } }
        var rank = Array(repeating: 1.0 / Double(n), count: n)
        for _ in 0..<30 {
            var next = Array(repeating: 0.15 / Double(n), count: n)
            for i in 0..<n where out[i] > 0 {
                for (j, w) in edges[i] { next[j] += 0.85 * rank[i] * w / out[i] }
            }
            rank = next
        }
        let top = rank.max() ?? 1
        return rank.map { $0 / top }
    }

    /// Closeness to the centroid, for inputs too long for the graph.
    func centroid(_ v: [[String: Double]]) -> [Double] {
        var c: [String: Double] = [:]
        for x in v { for (k, w) in x { c[k, default: 0] += w } }
        let norm = sqrt(c.values.reduce(0) { $0 + $1 * $1 })
        let unit = c.mapValues { $0 / max(norm, 1e-9) }
        let scores = v.map { Self.cosine($0, unit) }
        let top = scores.max() ?? 1
        return scores.map { $0 / max(top, 1e-9) }
    }
}
