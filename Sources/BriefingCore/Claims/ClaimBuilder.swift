/// Claims of a corpus, linked: extraction per document, then one linking pass over all of them.
public struct ClaimBuilder: Sendable {
    public init() {}

    public func build(_ docs: [Document], analyses: [SpeakerAnalysis], timeline: TimelineBuilder.Result) -> [Claim] {
        buildWithThreads(docs, analyses: analyses, timeline: timeline).claims
    }

    /// The claims with their threads (`ClaimThread`).
    public func buildWithThreads(_ docs: [Document], analyses: [SpeakerAnalysis], timeline: TimelineBuilder.Result) -> (claims: [Claim], threads: [ClaimThread]) {
        ClaimLinker().linkWithThreads(extract(docs, analyses: analyses, timeline: timeline))
    }

    /// The claim candidates of every document, with full claimants, before linking.
    /// `sentences`: each document's sentences (segmented once for all the steps: `DocumentSentences`), when the caller has them.
    /// `products`: where what each document gives on its own (its words' capitals, its own claims) is kept
    /// between runs; a document's claims are parsed again when the corpus's word lists answer one of the
    /// questions its parse put to them otherwise than they did.
    /// `words`: what the extraction reads from the whole corpus (`CorpusWords`), when the caller has it.
    public func extract(_ docs: [Document], analyses: [SpeakerAnalysis], timeline: TimelineBuilder.Result, sentences: DocumentSentences? = nil,
                        products: DocumentProducts? = nil, words: CorpusWords? = nil) -> [Claim] {
        extract(reading: DocumentReader(docs, analyses: analyses), timeline: timeline, sentences: sentences,
                products: products, words: words)
    }

    /// The same, each document read when its claims are made, and its text again when a claimant asks for it.
    public func extract(reading docs: DocumentReader, timeline: TimelineBuilder.Result, sentences: DocumentSentences? = nil,
                        products: DocumentProducts? = nil, words: CorpusWords? = nil) -> [Claim] {
        let corpus = words ?? CorpusWords(reading: docs, products: products)
        let (people, parser) = (corpus.people, corpus.parser)
        let extractor = ClaimExtractor(parser: parser)
        // The timeline's mentions by document, once (not a pass over the whole timeline per document).
        var grouped: [String: [(TimelineMention, String)]] = [:]
        for e in timeline.entries { for m in e.mentions { grouped[m.path, default: []].append((m, e.date.label)) } }
        let mentions = grouped
        products?.prepare(.claims)
        let firstNames = ClaimExtractor.FirstNames(people)
        let perDocument = parallelMap(count: docs.count, minimumChunk: 1) { n -> [Claim] in
            let (doc, analysis) = docs[n]
            let times = sentences == nil ? nil : timeline.timeSpans?[n]
            var own: ClaimExtractor.OwnClaims
            if let products {
                own = products.product(.claims, path: doc.path, make: { () -> (ClaimExtractor.OwnClaims, QuantityParser.LookupLog) in
                    var logged = extractor
                    let log = QuantityParser.LookupLog()
                    logged.parser.log = log
                    return (logged.ownClaims(doc, analysis: analysis, sentences: sentences?.of(n, doc), times: times), log)
                }, encode: { AnalysisCodec.encode(ownClaims: $0.0, log: $0.1) },
                   decode: { AnalysisCodec.decodeOwnClaims($0, of: doc, parser: parser) }).0
            } else {
                own = extractor.ownClaims(doc, analysis: analysis, sentences: sentences?.of(n, doc), times: times)
            }
            ClaimExtractor.place(&own, mentions: mentions[doc.path] ?? [], dating: timeline.dating[doc.path], people: firstNames)
            return own.claims
        }
        // Joined with the memory of every hundred documents' claims handed back as they are copied: the parts
        // and the whole are each about a hundred megabytes at 2,000 documents.
        var claims = Array.concatenating(consume perDocument, every: 100, afterEach: FreeMemory.release)
        // A document's text is lower-cased only when a claimant of one word asks for it.
        var firstOfPath: [String: Int] = [:]
        for (k, path) in docs.paths.enumerated() where firstOfPath[path] == nil { firstOfPath[path] = k }
        Self.resolveClaimants(&claims, people: people, text: { path in firstOfPath[path].map { k in let (doc, _) = docs[k]; return doc.text.string(doc.body).lowercased() } })
        return claims
    }

    /// What claim extraction reads from the whole corpus and not from the timeline: its people (speakers and
    /// quoted sources) and the words it writes with a capital, as a figure parser knows them. Made apart from the
    /// extraction so that it can be made while the timeline is.
    public struct CorpusWords: Sendable {
        let people: [String]
        let parser: QuantityParser

        public init(_ docs: [Document], analyses: [SpeakerAnalysis], products: DocumentProducts? = nil) {
            self.init(reading: DocumentReader(docs, analyses: analyses), products: products)
        }

        /// The same, each document read once, for its people and its words' capitals together.
        public init(reading docs: DocumentReader, products: DocumentProducts? = nil) {
            products?.prepare(.capitals)
            let perDocument = parallelMap(count: docs.count, minimumChunk: 1) { d -> (people: Set<String>, capitals: [[String: (upper: Int, lower: Int)]]) in
                let (doc, analysis) = docs[d]
                return (Set(analysis.turns.map(\.speaker) + analysis.quoted.map(\.name)), ClaimBuilder.shardedCapitals(doc, products: products))
            }
            people = Array(perDocument.reduce(into: Set<String>()) { $0.formUnion($1.people) })
                .filter { $0 != SpeakerNames.unknown }.sorted() // sorted: a Set's order changes from run to run
            let meaning = MeaningLexicon()
            let personWords = Set(people.flatMap { $0.lowercased().split(separator: " ").map(String.init) }.filter { !meaning.isPlaceName($0) })
            parser = QuantityParser(entityWords: ClaimBuilder.entityWords(shards: perDocument.map(\.capitals)), people: personWords, meaning: meaning)
        }
    }

    /// Claimants known by one word ("Karine", "KIRBY", as a transcript without labels names them) get their
    /// full name when the corpus knows one person by that word: the people of the corpus whose name has the
    /// word, those named in the claim's own document first; names with one surname are one person ("John
    /// Kirby", "Admiral John Kirby"), written as most claims write it. Left alone when that is not one person.
    static func resolveClaimants(_ claims: inout [Claim], people: [String], texts: [String: String]) {
        resolveClaimants(&claims, people: people, text: { texts[$0] })
    }

    /// The same, asking for a document's lower-cased text by path.
    static func resolveClaimants(_ claims: inout [Claim], people: [String], text textOf: (String) -> String?) {
        func words(_ name: String) -> [String] {
            name.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" && $0 != "\u{2019}" }).map(String.init)
        }
        let full = people.filter { words($0).count >= 2 }
        var byWord: [String: [String]] = [:]
        for name in full { for w in Set(words(name)) where w.count >= 3 { byWord[w, default: []].append(name) } }
        var uses: [String: Int] = [:]
        for c in claims { if let who = c.claimant { uses[who, default: 0] += 1 } }
        var memo: [String: String?] = [:]
        // Each claimant's words made once, and the text of the document last asked for kept (a document's claims
        // come together).
        var wordsOf: [String: [String]] = [:]
        var last: (path: String, text: String)?
        for i in claims.indices {
            guard let who = claims[i].claimant else { continue }
            let own = wordsOf[who] ?? { let w = words(who); wordsOf[who] = w; return w }()
            guard own.count == 1, let candidates = byWord[own[0]] else { continue }
            let key = claims[i].path + "\u{1}" + who
            if memo[key] == nil {
                let path = claims[i].path
                let text = last?.path == path ? last!.text : (textOf(path) ?? "")
                last = (path, text)
                let named = candidates.filter { text.includes($0.lowercased()) }
                let pool = named.isEmpty ? candidates : named
                let surnames = Set(pool.compactMap { words($0).last })
                memo[key] = surnames.count == 1 ? pool.max { (uses[$0] ?? 0, $1) < (uses[$1] ?? 0, $0) } : .some(nil)
            }
            if let name = memo[key] ?? nil { claims[i].claimant = name }
        }
    }

    /// Words the corpus writes with a capital inside sentences (names, nationalities), lower-cased, so that
    /// they are known again in lower-case ASR text.
    public static func entityWords(_ docs: [Document], products: DocumentProducts? = nil) -> Set<String> {
        products?.prepare(.capitals)
        return entityWords(shards: parallelMap(count: docs.count, minimumChunk: 1) { shardedCapitals(docs[$0], products: products) })
    }

    /// How many shards a document's capital counts are kept in, by key (so that they are added up on all cores).
    static let capitalShards = 16

    /// One document's capital counts (read back from `products` when kept), in shards by key.
    static func shardedCapitals(_ doc: Document, products: DocumentProducts?) -> [[String: (upper: Int, lower: Int)]] {
        let make = { capitalCounts(doc) }
        let counts = products?.product(.capitals, path: doc.path, make: make, encode: AnalysisCodec.encode(capitals:),
                                       decode: AnalysisCodec.decodeCapitals) ?? make()
        var sharded = [[String: (upper: Int, lower: Int)]](repeating: [:], count: capitalShards)
        for (key, c) in counts { sharded[Int(UInt(bitPattern: key.hashValue) % UInt(capitalShards))][key] = c }
        return sharded
    }

    /// The words written with a capital, from every document's sharded counts: each shard added up on all cores.
    static func entityWords(shards perDocument: [[[String: (upper: Int, lower: Int)]]]) -> Set<String> {
        let functionWords: Set<String> = ["us", "it", "who", "may", "will", "can", "one", "the", "and", "but", "for", "not", "our", "his", "her", "all", "new"]
        let found = parallelMap(Array(0..<capitalShards)) { shard -> [String] in
            var counts: [String: (upper: Int, lower: Int)] = [:]
            for part in perDocument {
                for (key, c) in part[shard] {
                    func add(_ sum: inout (upper: Int, lower: Int)) { sum.upper += c.upper; sum.lower += c.lower }
                    add(&counts[key, default: (0, 0)])
                }
            }
            return counts.filter { $0.value.upper >= 2 && $0.value.upper >= 3 * $0.value.lower && !functionWords.contains($0.key) && !ClaimLinker.stop.contains($0.key) }.map(\.key)
        }
        return Set(found.joined())
    }

    /// How often a document writes each word (of three letters or more, lower-cased) with a capital inside a
    /// sentence, and how often in lower case.
    static func capitalCounts(_ doc: Document) -> [String: (upper: Int, lower: Int)] {
        capitalCounts(doc.text.string(doc.body))
    }

    static func capitalCounts(_ text: String) -> [String: (upper: Int, lower: Int)] {
        asciiCapitalCounts(text) ?? generalCapitalCounts(text)
    }

    /// `capitalCounts` by characters, for any text.
    static func generalCapitalCounts(_ text: String) -> [String: (upper: Int, lower: Int)] {
        var counts: [String: (upper: Int, lower: Int)] = [:]
        // A capital counts only inside a sentence: after a word that ends in a letter or a comma, on the same line.
        var previousInside = false
        for line in text.split(whereSeparator: { $0 == "\n" }) {
            previousInside = false
            for raw in line.split(separator: " ") {
                let w = String(raw).trimmingPunctuation()
                if w.count >= 3, let f = w.first, f.isLetter {
                    let key = w.lowercased()
                    if f.isUppercase { if previousInside { counts[key, default: (0, 0)].upper += 1 } }
                    else { counts[key, default: (0, 0)].lower += 1 }
                }
                previousInside = raw.last.map { $0.isLetter || $0 == "," } ?? false
            }
        }
        return counts
    }

    /// `capitalCounts` read byte by byte, for ASCII text without carriage returns (where every character is
    /// one byte); nil for any other text.
    static func asciiCapitalCounts(_ text: String) -> [String: (upper: Int, lower: Int)]? {
        var text = text
        return text.withUTF8 { bytes -> [String: (upper: Int, lower: Int)]? in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
            // The ASCII scalars `Unicode.Scalar.isPunctuation` answers true for.
            func isPunctuation(_ b: UInt8) -> Bool {
                switch b {
                case 33...35, 37...42, 44...47, 58, 59, 63, 64, 91...93, 95, 123, 125: return true
                default: return false
                }
            }
            var counts: [String: (upper: Int, lower: Int)] = [:]
            var previousInside = false
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b == 0x0A { previousInside = false; i += 1; continue }
                if b == 0x20 { i += 1; continue }
                // A word: up to the next space or line break.
                var j = i
                while j < n, bytes[j] != 0x20, bytes[j] != 0x0A { j += 1 }
                var a = i, e = j
                while a < e, isPunctuation(bytes[a]) { a += 1 }
                while e > a, isPunctuation(bytes[e - 1]) { e -= 1 }
                if e - a >= 3, isLetter(bytes[a]) {
                    let key = String(decoding: bytes[a..<e].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
                    if bytes[a] <= 90 { if previousInside { counts[key, default: (0, 0)].upper += 1 } }
                    else { counts[key, default: (0, 0)].lower += 1 }
                }
                previousInside = isLetter(bytes[j - 1]) || bytes[j - 1] == 0x2C
                i = j
            }
            return counts
        }
    }
}
