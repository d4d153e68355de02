import Foundation

/// Key phrases per document, per speaker and for the corpus. Candidates are noun phrases (`PhraseFinder`,
/// with WordNet's parts of speech), their variants merged (plurals, demonyms, casing, an acronym with the
/// words it stands for, a bare surname with the full name the scope spells out). A scope's phrases are
/// ranked as PositionRank does (Florescu & Caragea 2017): a graph of the words that stand near each other,
/// ranked by PageRank biased towards words said early and often (in a conversation, which opens with
/// greetings, towards words said often); a phrase scores the sum of its words over the square root of
/// its length.
/// Against the rest of the folder a phrase loses a little for every other document that uses it too, so
/// the subject a folder shares stays a topic of each document while what sets a document apart comes first.
public struct TopicExtractor: Sendable {
    /// The documents' paths and names (the documents themselves are not kept: once their phrases are counted,
    /// ranking reads none of their text).
    let paths: [String]
    let documentNames: [String]
    /// Path → position in `paths`.
    let documentIndex: [String: Int]
    /// The corpus's sentences with each phrase's key and where it stands, and its words' keys (all that ranking
    /// reads of an occurrence: the words, surface and roles are let go once counted).
    let sentences: TopicSentences
    /// Sentence indices per document, in order.
    let sentencesOfDocument: [[Int]]
    /// Per document: an article (its opening says what it is about) rather than a conversation (which
    /// opens with greetings and housekeeping).
    let isArticle: [Bool]
    /// Surface forms seen per key, with counts (to choose labels).
    let surfaces: [String: [String: Int]]
    /// What choosing topics reads of each key (its document frequency, words and generality), worked out once
    /// for the folder.
    let keyFacts: [String: KeyFacts]
    /// What the folder says of a key, as bits (keys with none are absent): made only of words of the speakers'
    /// names, so not a topic (`speakerKey`); written with a capital in most of its occurrences, a name (`nameKey`);
    /// a name also written with a capital on every word ("Ben Johnson"), which a bare surname may join
    /// (`fullNameKey`). All that scoring a scope reads of the folder, so part of the inputs a stored document
    /// score is checked against.
    let keyFlags: [String: UInt8]
    static let speakerKey: UInt8 = 1, nameKey: UInt8 = 2, fullNameKey: UInt8 = 4

    /// What one document gives: its sentences' phrases, and its evidence about ambiguous words.
    struct DocumentPass: Sendable {
        var sentences: [(Int, String?, TextSpan, SentencePhrases)] = []
        var nounUses = Set<String>()
        var capitals = Set<String>()
    }

    /// `sentences`: each document's sentences (segmented once for all the steps: `DocumentSentences`), when the caller has them.
    /// `products`: where each document's phrases are kept between runs.
    public init(_ docs: [Document], analyses: [SpeakerAnalysis], sentences given: DocumentSentences? = nil,
                products: DocumentProducts? = nil) {
        self.init(reading: DocumentReader(docs, analyses: analyses), sentences: given, products: products)
    }

    /// The same, each document read when its phrases are found, and its text again for each pass that reads it
    /// (none is held).
    public init(reading docs: DocumentReader, sentences given: DocumentSentences? = nil, products: DocumentProducts? = nil) {
        self.paths = docs.paths
        self.documentNames = docs.paths.map(Document.name(of:))
        self.documentIndex = Dictionary(docs.paths.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var capitalised = Set<String>()
        // Each document's phrases on all cores, then what the folder says about ambiguous words. (With them, what
        // else is read of the whole document: whether it is an article, and the names of its people and speakers.)
        products?.prepare(.phrases)
        var read = parallelMap(count: docs.count, minimumChunk: 1) { d -> (pass: DocumentPass, isArticle: Bool, people: [String]) in
            let (doc, analysis) = docs[d]
            let make = { () -> DocumentPass in
                let finder = PhraseFinder()
                let paragraphs = doc.paragraphs
                let flat = paragraphs.flatMap { $0 }
                var pass = DocumentPass()
                for s in given?.of(d, doc) ?? SentenceSegmenter().sentences(doc.text, paragraphs: paragraphs) {
                    pass.sentences.append((d, analysis.speaker(at: s.span.start), s.span,
                                           SentencePhrases(finder.phrases(doc.text, pieces: SentenceSegmenter.pieces(of: s, in: flat)))))
                }
                pass.nounUses = finder.roles.nounUses
                pass.capitals = finder.roles.midSentenceCapitals
                return pass
            }
            let people = Array(Set(doc.people.map(\.name) + analysis.turns.map(\.speaker)))
            guard let products else { return (make(), analysis.turns.isEmpty, people) }
            return (products.product(.phrases, path: doc.path, make: make, encode: AnalysisCodec.encode(phrases:),
                                     decode: { AnalysisCodec.decodePhrases($0, document: d, text: doc.text) }), analysis.turns.isEmpty, people)
        }
        var passes = read.map(\.pass)
        let (isArticle, people) = (read.map(\.isArticle), read.map(\.people))
        read = [] // the passes are let go below, once resolved: held here too, they would stay
        var nounUses = Set<String>(), names = Set<String>()
        for p in passes {
            nounUses.formUnion(p.nounUses)
            names.formUnion(p.capitals)
        }
        // Each document's phrases resolved against what the folder says, and its words written with a capital,
        // a chunk of documents at a time, each document's phrases as found let go as soon as they are resolved (and
        // the resolved ones one document at a time as they are counted below), so that no two copies of the
        // corpus's phrases are held at once.
        let (fixedNounUses, fixedNames) = (nounUses, names)
        let places = passes.map { $0.sentences.map { ($0.0, $0.1, $0.2) } }
        var resolved: [(phrases: [SentencePhrases], capitalised: Set<String>)] = []
        resolved.reserveCapacity(passes.count)
        for first in stride(from: 0, to: passes.count, by: 64) {
            let chunk = first..<min(first + 64, passes.count)
            // (A sentence that needs no resolving shares its arrays with the phrases found first.)
            resolved += parallelMap(Array(chunk)) { [passes] d -> (phrases: [SentencePhrases], capitalised: Set<String>) in
                var capitalised = Set<String>()
                let text = docs.text(d)
                let phrases = passes[d].sentences.map { sentence in
                    let resolved = PhraseFinder.resolve(sentence.3, nounUses: fixedNounUses, names: fixedNames)
                    for k in 0..<resolved.count {
                        for (w, shown) in zip(resolved.words[resolved.range(k)], resolved.shown(k, in: text)) where shown.first?.isUppercase == true {
                            capitalised.insert(w)
                        }
                    }
                    return resolved
                }
                return (phrases, capitalised)
            }
            for d in chunk { passes[d] = DocumentPass() }
        }
        passes = []
        for r in resolved { capitalised.formUnion(r.capitalised) }
        let normalizer = VariantNormalizer(capitalised: capitalised, phrasesPerDocument: resolved.map(\.phrases), text: docs.text)
        // Each phrase's key and its words' keys, per document on all cores, by number in the document's own list of
        // its keys (each held once, however often it occurs); then the counts, in order, each key numbered for the
        // corpus as its document is counted. A chunk of documents at a time, so that what the keys are made from
        // is let go as they are counted, and the keys of the whole corpus are never held twice.
        @Sendable func keyed(_ sentencePhrases: [SentencePhrases], _ d: Int) -> (keys: [String], phrases: [Int32], words: [Int32]) {
            let text = docs.text(d)
            var number: [String: Int32] = [:], keys: [String] = []
            func id(_ s: String) -> Int32 {
                if let k = number[s] { return k }
                number[s] = Int32(keys.count)
                keys.append(s)
                return Int32(keys.count - 1)
            }
            var phrases: [Int32] = [], words: [Int32] = []
            for sentence in sentencePhrases {
                for k in 0..<sentence.count {
                    let ofPhrase = Array(sentence.words[sentence.range(k)])
                    // The surface tells an acronym from a word: read only for a word that may be one.
                    let acronym = ofPhrase.count == 1 && normalizer.acronyms[ofPhrase[0]] != nil
                    let key = id(normalizer.key(ofPhrase, surface: acronym ? sentence.surface(k, in: text) : nil))
                    phrases.append(key)
                    if ofPhrase.count == 1 { words.append(key) } else { for w in ofPhrase { words.append(id(normalizer.fold(w))) } }
                }
            }
            return (keys, phrases, words)
        }
        var surfaces: [String: [String: Int]] = [:]
        var byDocument = Array(repeating: [Int](), count: docs.count)
        var df: [String: Int] = [:]
        var seen = Set<Int32>()
        var sentences = TopicSentences()
        sentences.reserve(sentences: places.reduce(0) { $0 + $1.count },
                          phrases: resolved.reduce(0) { $0 + $1.phrases.reduce(0) { $0 + $1.count } },
                          words: resolved.reduce(0) { $0 + $1.phrases.reduce(0) { $0 + $1.words.count } })
        for first in stride(from: 0, to: places.count, by: 64) {
            let chunk = first..<min(first + 64, places.count)
            let keyedChunk = parallelMap(Array(chunk)) { [resolved] d in keyed(resolved[d].phrases, d) }
            for d in chunk {
                seen.removeAll(keepingCapacity: true)
                defer { resolved[d] = ([], []) }
                let keyed = keyedChunk[d - chunk.lowerBound]
                let text = places[d].isEmpty ? nil : docs.text(d)
                let corpusID = keyed.keys.map { sentences.id(of: $0) }
                var (nextPhrase, nextWord) = (0, 0)
                for (k, (doc, speaker, span)) in places[d].enumerated() {
                    byDocument[doc].append(sentences.count)
                    let found = resolved[d].phrases[k]
                    let keys = keyed.phrases[nextPhrase..<(nextPhrase + found.count)].map { corpusID[Int($0)] }
                    let words = keyed.words[nextWord..<(nextWord + found.words.count)].map { corpusID[Int($0)] }
                    (nextPhrase, nextWord) = (nextPhrase + found.count, nextWord + found.words.count)
                    for (p, key) in keys.enumerated() {
                        let name = sentences.name(key)
                        surfaces[name, default: [:]][found.surface(p, in: text!), default: 0] += 1
                        if seen.insert(key).inserted { df[name, default: 0] += 1 }
                    }
                    sentences.append(document: doc, speaker: speaker, span: span, keys: keys, spans: (0..<found.count).map(found.span),
                                     words: words, wordEnds: found.ends)
                }
            }
            // What the chunk let go is handed back as the flat arrays fill, not only after.
            FreeMemory.release()
        }
        sentences.finish()
        self.sentences = sentences
        self.sentencesOfDocument = byDocument
        self.isArticle = isArticle
        self.surfaces = surfaces
        var speakerWords = Set<String>()
        for names in people {
            for p in names { for w in p.lowercased().split(separator: " ") { speakerWords.insert(String(w)) } }
        }
        let speakerKeys = Set(surfaces.keys.filter { $0.split(separator: " ").allSatisfy { speakerWords.contains(String($0)) } })
        var nameKeys = Set<String>(), fullNameKeys = Set<String>()
        for (key, forms) in surfaces {
            let upper = forms.filter { $0.key.first?.isUppercase == true }.values.reduce(0, +)
            guard 2 * upper > forms.values.reduce(0, +) else { continue }
            nameKeys.insert(key)
            if forms.keys.contains(where: { $0.split(separator: " ").allSatisfy { $0.first?.isUppercase == true } }) { fullNameKeys.insert(key) }
        }
        var flags: [String: UInt8] = [:]
        for key in speakerKeys { flags[key, default: 0] |= Self.speakerKey }
        for key in nameKeys { flags[key, default: 0] |= Self.nameKey }
        for key in fullNameKeys { flags[key, default: 0] |= Self.fullNameKey }
        self.keyFlags = flags
        var commonness: [String: Int] = [:]
        if let lexicon = WordNetLexicon.shared {
            for key in surfaces.keys where !key.contains(Self.space) {
                let r = lexicon.rememberedReading(key)
                commonness[key] = r.nounCount + r.adjectiveCount
            }
        }
        var facts: [String: KeyFacts] = [:]
        facts.reserveCapacity(surfaces.count)
        for key in surfaces.keys {
            facts[key] = KeyFacts(key, documentFrequency: df[key] ?? 1, isName: nameKeys.contains(key), commonness: commonness[key])
        }
        self.keyFacts = facts
    }

    /// What choosing topics reads of a key, worked out once for the folder rather than once for every scope
    /// that has it.
    struct KeyFacts: Sendable {
        /// How many words it has.
        var words: Int
        /// Not a topic: a single word of fewer than three letters, or a title without its holder (see `chooseKeys`).
        var passedOver: Bool
        /// `generality` of it.
        var generality: Double
        /// In how many documents it occurs.
        var documentFrequency: Int

        init(_ key: String, documentFrequency: Int, isName: Bool, commonness: Int?) {
            let split = key.split(separator: " ")
            words = split.count
            passedOver = words == 1 && key.count < 3 || split.last.map { NameLexicon.titles.contains(String($0)) } == true
            generality = TopicExtractor.generality(key, isName: isName, commonness: commonness)
            self.documentFrequency = documentFrequency
        }
    }

    /// A key's facts (those of a key the folder does not have, as for one document).
    func facts(_ key: String) -> KeyFacts {
        keyFacts[key] ?? KeyFacts(key, documentFrequency: 1, isName: isName(key), commonness: nil)
    }

    /// Topics of one document.
    public func topics(document path: String, limit: Int = 12) -> [Topic] {
        guard let d = documentIndex[path] else { return [] }
        return documentTopics(d, scores: score(sentencesOfDocument[d], positional: isArticle[d]), limit: limit)
    }

    func documentTopics(_ d: Int, scores: [String: Scored], limit: Int) -> [Topic] {
        choose(scores, limit: limit) { key, facts in self.folderWeight(key, scopes: self.paths.count, frequency: facts.documentFrequency) }
    }

    /// The topics of every document (by path) and of the corpus, each document ranked once, on all cores.
    /// `products`: where each document's scores are kept between runs (read back for a document whose phrases,
    /// and what the folder says of them, are as they were).
    public func allTopics(documentLimit: Int, corpusLimit: Int, products: DocumentProducts? = nil) -> (corpus: [Topic], documents: [String: [Topic]]) {
        products?.prepare(.scores)
        // Each document's topics chosen as soon as it is scored; its scores kept for the corpus's topics in their
        // stored form (`AnalysisCodec.encode(scores:)`, exact), a fraction of the memory of the table.
        let ranked = parallelMap(count: paths.count, minimumChunk: 1) { d -> (topics: [Topic], scores: Data) in
            let scores = self.documentScores(d, products: products)
            return (self.documentTopics(d, scores: scores, limit: documentLimit),
                    AnalysisCodec.encode(scores: scores, firstSentence: self.sentencesOfDocument[d].first ?? 0))
        }
        var documents: [String: [Topic]] = [:]
        for (d, r) in ranked.enumerated() { documents[paths[d]] = r.topics }
        let kept = ranked.map(\.scores)
        return (corpusTopics(count: kept.count, limit: corpusLimit) { d in self.decodedScores(d, kept[d]) }, documents)
    }

    /// Document `d`'s scores from their stored form (made by this extractor, so they read).
    func decodedScores(_ d: Int, _ data: Data) -> [String: Scored] {
        let scope = sentencesOfDocument[d]
        guard let first = scope.first else { return [:] }
        return AnalysisCodec.decodeScores(data, firstSentence: first, sentences: scope.count) { self.sentences.phrases(first + $0).count } ?? [:]
    }

    /// Document `d`'s phrases scored: read back from `products` when they keep the scores of the same inputs.
    func documentScores(_ d: Int, products: DocumentProducts?) -> [String: Scored] {
        let scope = sentencesOfDocument[d]
        guard let products, let first = scope.first else { return score(scope, positional: isArticle[d]) }
        return products.product(.scores, path: paths[d], dependency: scoringInputs(d),
                                make: { score(scope, positional: isArticle[d]) },
                                encode: { AnalysisCodec.encode(scores: $0, firstSentence: first) },
                                decode: { AnalysisCodec.decodeScores($0, firstSentence: first, sentences: scope.count) { sentences.phrases(first + $0).count } })
    }

    /// A hash of all that `score` reads to score document `d`: whether it is scored by position, its sentences'
    /// phrases (keys, spans, word keys) and what the folder says about those keys (`keyFlags`).
    func scoringInputs(_ d: Int) -> String {
        var h = StableHash()
        h.add(isArticle[d] ? 1 : 0)
        for i in sentencesOfDocument[d] {
            let phrases = sentences.phrases(i)
            h.add(UInt64(phrases.count))
            for p in phrases {
                let key = sentences.key(p), span = sentences.phraseSpan(p)
                h.add(key)
                h.add(UInt64(keyFlags[key] ?? 0))
                h.add(UInt64(span.start)); h.add(UInt64(span.end))
            }
            let words = sentences.words(ofSentence: i)
            h.add(UInt64(words.keys.count))
            for w in words.keys { h.add(w) }
            for e in words.ends { h.add(UInt64(e)) }
        }
        return String(h.value, radix: 16)
    }

    /// Topics of one speaker (across the documents where they speak), against the other speakers.
    public func topics(speaker: String, limit: Int = 12) -> [Topic] {
        let groups = Dictionary(grouping: sentences.indices.filter { sentences.speaker($0) != nil }) { sentences.speaker($0)! }
        guard let mine = groups[speaker] else { return [] }
        var frequency: [String: Int] = [:]
        for group in groups.values {
            var seen = Set<String>()
            for i in group {
                for p in sentences.phrases(i) where seen.insert(sentences.key(p)).inserted { frequency[sentences.key(p), default: 0] += 1 }
            }
        }
        let scores = score(mine, positional: false)
        return choose(scores, limit: limit) { key, _ in self.folderWeight(key, scopes: groups.count, frequency: frequency[key] ?? 1) }
    }

    /// Topics of the whole corpus: the phrases that rank high in many documents (each document's ranking
    /// counts once, so one long transcript does not decide the folder's subjects).
    public func topics(limit: Int = 20) -> [Topic] {
        corpusTopics(parallelMap(Array(paths.indices)) { d in self.score(self.sentencesOfDocument[d], positional: self.isArticle[d]) }, limit: limit)
    }

    func corpusTopics(_ perDocument: [[String: Scored]], limit: Int) -> [Topic] {
        corpusTopics(count: perDocument.count, limit: limit) { perDocument[$0] }
    }

    /// The same, document `d`'s scores given by `scores(d)`, asked for twice per document (for the votes and
    /// counts, then for the chosen topics' passages) and not held.
    func corpusTopics(count: Int, limit: Int, scores scoresOf: @Sendable (Int) -> [String: Scored]) -> [Topic] {
        guard limit > 0 else { return [] }
        var votes: [String: Double] = [:]
        var all: [String: Scored] = [:]
        for d in 0..<count {
            let scores = scoresOf(d)
            guard !scores.isEmpty else { continue }
            let ranked = scores.values.map { ($0.key, $0.score * facts($0.key).generality) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            for (rank, s) in ranked.prefix(30).enumerated() { votes[s.0, default: 0] += 1 / Double(rank + 10) }
            // Counts only: the passages are gathered below for the topics chosen, not for every phrase of the corpus.
            for (key, s) in scores {
                if all[key] != nil {
                    all[key]!.count += s.count
                } else { all[key] = Scored(key: key, score: 0, count: s.count, passages: []) }
            }
        }
        for key in Array(all.keys) { all[key]!.score = votes[key] ?? 0 }
        // A chosen topic's passages: its passages in every document, in the documents' order.
        let chosen = chooseKeys(all, limit: limit) { _, _ in 1 }
        let wanted = Set(chosen.map(\.0))
        let found = parallelMap(count: count, minimumChunk: 1) { d -> [String: [PhraseAt]] in
            scoresOf(d).filter { wanted.contains($0.key) }.mapValues(\.passages)
        }
        return chosen.map { key, score in
            var s = all[key]!
            s.passages = found.flatMap { $0[key] ?? [] }
            return topic(key, score: score, s)
        }
    }

    /// A phrase of one scope, scored.
    struct Scored: Sendable {
        var key: String
        var score: Double
        var count: Int
        /// Where it occurs, as phrases of the extractor's sentences (made into `Topic.Passage`s, several times
        /// larger, only for the phrases chosen as topics).
        var passages: [PhraseAt]
    }

    /// One phrase of one of the extractor's sentences.
    struct PhraseAt: Sendable {
        var sentence: Int32
        var phrase: Int32
    }

    /// Where a phrase occurs, as a topic shows it.
    func passage(_ at: PhraseAt) -> Topic.Passage {
        let i = Int(at.sentence), span = sentences.phraseSpan(sentences.phrases(i).lowerBound + Int(at.phrase))
        return Topic.Passage(document: documentNames[sentences.document(i)], start: span.start, end: span.end, speaker: sentences.speaker(i))
    }

    /// Scores the phrases of a scope by PositionRank (or, without positions, by frequency-biased PageRank).
    func score(_ scope: [Int], positional: Bool) -> [String: Scored] {
        guard !scope.isEmpty else { return [:] }
        var found: [String: Scored] = [:]
        var wordIndex: [String: Int] = [:]
        var bias: [Double] = []
        var edges: [[Int: Double]] = []
        var position = 0
        let window = 10
        for i in scope {
            var sequence: [Int] = []
            let phrases = sentences.phrases(i)
            for p in phrases {
                let key = sentences.key(p)
                if flagged(key, Self.speakerKey) { continue }
                found[key, default: Scored(key: key, score: 0, count: 0, passages: [])].count += 1
                found[key]!.passages.append(PhraseAt(sentence: Int32(i), phrase: Int32(p - phrases.lowerBound)))
                for w in sentences.words(p) {
                    position += 1
                    let node: Int
                    if let n = wordIndex[w] { node = n } else {
                        node = bias.count
                        wordIndex[w] = node
                        bias.append(0)
                        edges.append([:])
                    }
                    bias[node] += positional ? 1 / Double(position) : 1
                    sequence.append(node)
                }
            }
            for (a, u) in sequence.enumerated() {
                for v in sequence[(a + 1)..<min(sequence.count, a + window)] where v != u {
                    edges[u][v, default: 0] += 1
                    edges[v][u, default: 0] += 1
                }
            }
        }
        guard !bias.isEmpty else { return [:] }
        let rank = Self.pageRank(edges: edges, bias: bias)
        // A bare surname or short name is the full name the scope spells out ("Johnson" → "Ben Johnson").
        mergeShortNames(&found)
        for key in Array(found.keys) {
            let words = key.split(separator: " ").map(String.init)
            found[key]!.score = words.reduce(0) { $0 + (wordIndex[$1].map { rank[$0] } ?? 0) } / pow(Double(words.count), 0.5)
                * (positional ? 1 : log2(1 + Double(found[key]!.count)))
        }
        return found
    }

    /// Merges a bare surname into the full name said before it in the scope ("Johnson" into "Ben Johnson"):
    /// a one-word name that ends exactly one longer name of two or three capitalised words, first said
    /// after it (a place named alone before a phrase that ends with it, "Ukraine" and "Western Ukraine",
    /// stays apart).
    func mergeShortNames(_ found: inout [String: Scored]) {
        let names = found.keys.filter { key in
            let n = key.split(separator: " ").count
            return (2...3).contains(n) && flagged(key, Self.fullNameKey)
        }
        var byLast: [String: [String]] = [:]
        for n in names { byLast[String(n.split(separator: " ").last!), default: []].append(n) }
        for key in Array(found.keys) where !key.contains(Self.space) && isName(key) {
            guard let full = byLast[key], full.count == 1, let short = found[key], let long = found[full[0]],
                  let firstShort = short.passages.first.map(passage), let firstLong = long.passages.first.map(passage),
                  firstLong.document == firstShort.document, firstLong.start < firstShort.start else { continue }
            found[full[0]]!.count += short.count
            found[full[0]]!.passages += short.passages
            found[key] = nil
        }
    }

    /// The space that parts a phrase's words, as a character (a string would be searched through Foundation).
    static let space: Character = " "

    /// Written with a capital in most of its occurrences.
    func isName(_ key: String) -> Bool { flagged(key, Self.nameKey) }

    /// Whether the folder says this of the key (`keyFlags`).
    func flagged(_ key: String, _ flag: UInt8) -> Bool { (keyFlags[key] ?? 0) & flag != 0 }

    /// How much a phrase keeps of its score when `frequency` of `scopes` scopes use it: a little less for
    /// each other scope, never below half, so a shared subject stays while a scope's own comes first.
    func folderWeight(_ key: String, scopes: Int, frequency: Int) -> Double {
        guard scopes > 1 else { return 1 }
        let share = Double(max(0, frequency - 1)) / Double(scopes - 1)
        return 1 - 0.5 * share
    }

    /// Personalised PageRank (damping 0.85) over a weighted undirected graph.
    static func pageRank(edges: [[Int: Double]], bias: [Double]) -> [Double] {
        let n = bias.count
        let total = bias.reduce(0, +)
        let p = bias.map { $0 / total }
        let out = edges.map { $0.values.reduce(0, +) }
        // The edges as flat arrays, node by node, read 40 times below (each node's sum adds the same terms in the
        // same order as reading the dictionaries: by source node).
        var first = [Int](repeating: 0, count: n + 1)
        var targets: [Int] = [], weights: [Double] = []
        for u in 0..<n {
            for (v, w) in edges[u] { targets.append(v); weights.append(w) }
            first[u + 1] = targets.count
        }
        var r = p
        for _ in 0..<40 {
            var next = p.map { 0.15 * $0 }
            var dangling = 0.0
            for u in 0..<n {
                if out[u] == 0 { dangling += r[u]; continue }
                let share = 0.85 * r[u] / out[u]
                for k in first[u]..<first[u + 1] { next[targets[k]] += share * weights[k] }
            }
            if dangling > 0 { for v in 0..<n { next[v] += 0.85 * dangling * p[v] } }
            var delta = 0.0
            for v in 0..<n { delta += abs(next[v] - r[v]) }
            r = next
            if delta < 1e-6 { break }
        }
        return r
    }

    /// 1 for a phrase, less for a single common word of general English ("people", "thing"), by how often
    /// people tagged it in SemCor (`commonness`: its noun and adjective tag counts, from WordNet).
    static func generality(_ key: String, isName: Bool, commonness: Int?) -> Double {
        key.contains(Self.space) || isName ? 1 : 1 / (1 + 0.5 * log(1 + Double(commonness ?? 0)))
    }

    /// How much of its score a phrase keeps per chosen phrase it shares a word with.
    static let repeatDecay = 0.7

    /// The best phrases, weighted, without one that repeats a better one.
    func choose(_ scores: [String: Scored], limit: Int, weight: (String, KeyFacts) -> Double) -> [Topic] {
        chooseKeys(scores, limit: limit, weight: weight).map { key, score in topic(key, score: score, scores[key]!) }
    }

    /// The keys `choose` takes, with their scores.
    /// `weight`: what a key keeps of its score in this scope (given its facts).
    func chooseKeys(_ scores: [String: Scored], limit: Int, weight: (String, KeyFacts) -> Double) -> [(String, Double)] {
        var scored: [(String, Double)] = []
        for (key, s) in scores {
            let f = facts(key)
            // An adverb ("reportedly") or a short word ("war" aside) says little alone; a title without its holder
            // ("vice president", "Prime Minister") is how people are addressed, not a subject (`KeyFacts.passedOver`).
            if f.passedOver { continue }
            scored.append((key, s.score * weight(key, f) * (f.words == 1 ? f.generality : 1)))
        }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        func tf(_ key: String) -> Double { Double(scores[key]!.count) }
        // Greedy, best first; a phrase loses part of its score for each chosen phrase it shares a word with
        // (so "Israeli response", "Israeli population", "Israeli government" do not fill the list), and is
        // dropped when it is part of a better one with nearly as many occurrences.
        var pool = Array(scored.prefix(400))
        // Each phrase's words, split once and numbered (the loop below weighs every phrase of the pool for each
        // choice), and how many chosen phrases have each word.
        var wordNumber: [Substring: Int] = [:]
        var poolWords = pool.map { entry in
            entry.0.split(separator: " ").map { w in wordNumber[w] ?? { let k = wordNumber.count; wordNumber[w] = k; return k }() }
        }
        var chosen: [(String, Double)] = []
        var used = [Int](repeating: 0, count: wordNumber.count)
        var anyUsed = false
        while chosen.count < limit, !pool.isEmpty {
            var best = 0, bestValue = -Double.infinity
            for (i, (_, score)) in pool.enumerated() {
                var shared = 0
                if anyUsed { for w in poolWords[i] { shared += used[w] } }
                let value = score * pow(Self.repeatDecay, Double(shared))
                if value > bestValue { best = i; bestValue = value }
            }
            let (key, score) = pool.remove(at: best)
            let words = poolWords.remove(at: best)
            // Part of a chosen longer phrase that accounts for most of it: already said.
            if chosen.contains(where: { " \($0.0) ".includes(" \(key) ") && tf($0.0) >= 0.7 * tf(key) }) { continue }
            for w in words { used[w] += 1 }
            anyUsed = true
            // A longer phrase that accounts for most of a chosen shorter one is the better topic: it takes its place.
            if let k = chosen.firstIndex(where: { " \(key) ".includes(" \($0.0) ") && tf(key) >= 0.8 * tf($0.0) }) {
                chosen[k] = (key, chosen[k].1)
                continue
            }
            chosen.append((key, score))
        }
        return chosen
    }

    /// The topic of a chosen key: labelled by its commonest form (an acronym by the words it stands for).
    func topic(_ key: String, score: Double, _ scored: Scored) -> Topic {
        let forms = surfaces[key] ?? [:]
        var label = forms.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? key
        // An acronym is shown by the words it stands for, when the corpus spells them out.
        if label.count <= 6, label == label.uppercased(), let spelled = forms.filter({ $0.key.contains(Self.space) }).max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
            label = spelled.key
        }
        let variants = forms.keys.filter { $0.lowercased() != label.lowercased() }.sorted()
        return Topic(label: label, variants: variants, score: (score * 10000).rounded() / 10000, count: scored.count, passages: scored.passages.map(passage))
    }
}
