import Foundation

/// Links claims about the same thing across documents and speakers: the same kind of figure about the same
/// subject, explicit references to another speaker, and statements that mean the same (cosine over WordNet
/// senses, derivations and the senses above them, weighted by how rare they are among the claims: see
/// `MeaningLexicon`). Each claim keeps its few strongest links; threads (`ClaimThread`) then gather the claims
/// about one subject.
public struct ClaimLinker: Sendable {
    public var maxLinks = 10
    /// Two claims this similar are copies of one another (a transcript and its re-transcription).
    public var nearCopy = 0.9
    /// Of those, at most this many within the claim's own document.
    public var maxOwnDocumentLinks = 3
    /// A sentence the model finds unlikely to be checked stays a claim when a claim of another document says
    /// the same at least this closely (stricter than linking: a link says "about the same", this "the same").
    public var keepThreshold = 0.5
    /// An answer by name keeps what it answers only when the two are about the same thing at least this much
    /// (not the speaker's greeting or introduction).
    public var answeredThreshold = 0.1
    /// Cosine similarity above which two claims say the same thing in other words.
    public var paraphraseThreshold = 0.34
    /// A plain assertion needs a closer paraphrase to count as a claim.
    public var assertionThreshold = 0.35
    /// Two figures of one kind, not both for a group named at the figure, count the same thing when their
    /// words have this much in common.
    public var unnamedFigureThreshold = 0.03
    /// Two claims about the same two (or more) named groups or places need only this much in common besides.
    public var sharedActorsThreshold = 0.06
    /// Two claims that share a rare sense (one that at most `rareShare` of the claims have, or 3 in a small
    /// corpus) need only this much in common in all.
    public var rareSenseThreshold = 0.06
    public var rareShare = 0.01
    /// Two claims about the same named group or place need only this much in common besides.
    public var sharedActorThreshold = 0.2
    /// Candidates come from shared features and shared kinds of figure; a feature or kind that more claims
    /// than this share proposes none by itself (the pairs still score on it when other features bring them
    /// together). Keeps linking near-linear on large, repetitive corpora; a handful of documents never reach it.
    public var maxPostings = 400
    public var meaning = MeaningLexicon()

    public init() {}

    static let stop: Set<String> = ["the", "and", "that", "this", "these", "those", "there", "their", "they", "them", "with", "from",
                                    "have", "has", "had", "been", "were", "was", "what", "when", "where", "which", "would", "could",
                                    "should", "about", "into", "also", "just", "some", "more", "than", "then", "very", "really", "said",
                                    "says", "will", "being", "for", "are", "not", "but", "you", "your", "our", "its", "it's", "they're",
                                    "i'm", "don't", "think", "know", "mean", "like", "yeah", "well", "going", "want", "get", "got", "can",
                                    "all", "one", "now", "how", "why", "who", "his", "her", "him", "she", "out", "any", "way", "lot",
                                    "kind", "sort", "thing", "things", "there's", "that's", "let", "say", "see", "make", "made", "even"]

    /// The meaning features of many texts, numbered: every feature any text has, in sorted order (so that every
    /// sum over features runs in the same order on every run), and each text's features and antonyms by number.
    struct MeaningTable {
        var vocabulary: [String] = []
        /// Per text: (feature number, weight), by number.
        var features: [[(Int32, Double)]] = []
        /// Per text: the numbers of its antonyms that are some text's feature (no other can meet a feature).
        var antonyms: [[Int32]] = []
    }

    /// Meaning features of texts, on all cores (each worker keeps its own memo of word meanings and numbers
    /// features as it goes, so that no text keeps a dictionary of strings).
    func meanings(_ texts: [String]) -> MeaningTable {
        let ranges = parallelChunks(count: texts.count, minimumChunk: 64)
        let lexicon = meaning
        struct Part: Sendable {
            var names: [String] = []
            var isFeature: [Bool] = []
            var features: [[(Int32, Double)]] = []
            var antonyms: [[Int32]] = []
        }
        let shared = MeaningLexicon.Cache.Shared()
        let parts = parallelMap(ranges) { (r: Range<Int>) -> Part in
            let cache = MeaningLexicon.Cache(sharing: shared)
            var part = Part()
            var number: [String: Int32] = [:]
            func id(_ name: String, feature: Bool) -> Int32 {
                if let k = number[name] {
                    if feature { part.isFeature[Int(k)] = true }
                    return k
                }
                let k = Int32(part.names.count)
                number[name] = k
                part.names.append(name)
                part.isFeature.append(feature)
                return k
            }
            for i in r {
                var m = lexicon.meaning(texts[i], cache: cache)
                // Words of speech and of the conversation itself say nothing about the subject.
                for w in MeaningLexicon.words(texts[i]) where Self.stop.contains(w) { m.features.removeValue(forKey: "w:" + w) }
                part.features.append(m.features.map { (id($0.key, feature: true), $0.value) })
                part.antonyms.append(m.antonyms.map { id($0, feature: false) })
            }
            return part
        }
        var table = MeaningTable()
        var all = Set<String>()
        for part in parts { for (k, name) in part.names.enumerated() where part.isFeature[k] { all.insert(name) } }
        table.vocabulary = all.sorted()
        let global = Dictionary(uniqueKeysWithValues: table.vocabulary.enumerated().map { ($1, Int32($0)) })
        for part in parts {
            let map = part.names.map { global[$0] ?? -1 }
            for f in part.features { table.features.append(f.map { (map[Int($0.0)], $0.1) }.sorted { $0.0 < $1.0 }) }
            for a in part.antonyms { table.antonyms.append(a.map { map[Int($0)] }.filter { $0 >= 0 }.sorted()) }
        }
        return table
    }

    /// Links the claims (ids assigned in order) and keeps those worth checking (see the end).
    public func link(_ input: [Claim]) -> [Claim] { linkWithThreads(input).claims }

    /// Most threads a claim takes its related claims from in full; in a longer thread, the claims nearest in
    /// date on either side (this many different statements each way).
    public var threadNeighbours = ClaimLinker.defaultThreadNeighbours
    /// (A constant, so that relating stored claims need not make a linker, which loads WordNet.)
    public static let defaultThreadNeighbours = 15

    /// The same, with the threads of claims about one subject (`ClaimThread`); each claim's `related` holds
    /// its links and the claims of its threads, unless `relating` is false (`relate` can add them later: they
    /// are made from the links and threads alone, and are most of the claims' memory in a large corpus).
    public func linkWithThreads(_ input: consuming [Claim], relating: Bool = true) -> (claims: [Claim], threads: [ClaimThread]) {
        // Taken over, not copied, when the caller lets the claims go.
        var claims = consume input
        for i in claims.indices { claims[i].id = i }
        adoptUnits(&claims)
        // A stance says little by itself ("I disagree with Mark"): the same speaker's next sentences carry its topic.
        let texts = claims.indices.map { i in ([claims[i].text] + Self.continuation(of: i, claims).map { claims[$0].text }).joined(separator: " ") }
        // Copies of one text (a sentence repeated, quoted or syndicated) mean the same: the meaning, vector and terms
        // of each text are made once and shared by its copies (`vectorClass` numbers the texts).
        let vectorClass = Self.copyClasses(texts)
        var firstOfClass: [Int] = []
        for (i, c) in vectorClass.enumerated() where c == firstOfClass.count { firstOfClass.append(i) }
        var table = meanings(firstOfClass.map { texts[$0] })
        // What the meanings took on all cores besides goes back to the system (`FreeMemory`), here and after each
        // large step below: the proposals, made on all cores, would take fresh pages otherwise.
        FreeMemory.release()
        let vocabulary = table.vocabulary
        var df = [Int](repeating: 0, count: vocabulary.count)
        for c in vectorClass { for (k, _) in table.features[c] { df[Int(k)] += 1 } }
        let n = Double(max(1, claims.count))
        let idf = df.map { log(n / Double($0)) + 0.1 }
        // One unit vector per text, by `vectorClass`: claim i's is `vectors[vectorClass[i]]`.
        let vectors = PackedVectors(table.features, weights: idf)
        @Sendable func cosine(_ i: Int, _ j: Int) -> Double { vectors.dot(vectorClass[i], vectorClass[j]) }
        // The terms of each claim (its weightier features), by number.
        let termIDs = NumberLists(table.features.lazy.map { f in f.lazy.filter { $0.1 >= MeaningLexicon.termWeight }.map(\.0) })
            .byClass(vectorClass)
        let rareLimit = max(3, Int(Double(claims.count) * rareShare))
        let isRare = df.map { $0 <= rareLimit && $0 >= 2 }
        let antonymIDs = NumberLists(table.antonyms).byClass(vectorClass)
        // The vectors and terms hold what the features said.
        (table.features, table.antonyms) = ([], [])
        // Inverted index on informative terms, and on figures.
        let byTerm = TermPostings(termIDs, terms: vocabulary.count, limit: maxPostings) { idf[Int($0)] > 1.0 }
        var byClass: [String: [Int]] = [:]
        for (i, c) in claims.enumerated() { for q in c.quantities { byClass[q.unitClass ?? "?", default: []].append(i) } }
        // The same statement, by number (for the test below that a candidate is not a copy of one taken, for the
        // threads and for the related claims); the normalised texts are let go once numbered.
        let statement = Self.statementClasses(claims)
        FreeMemory.release()
        let (fixedByTerm, fixedByClass) = (byTerm, byClass)
        // Groups by number too: the pair test intersects sorted numbers by merging, not sets by hashing.
        var groupNumber: [String: Int32] = [:]
        for c in claims { for g in c.groups where groupNumber[g] == nil { groupNumber[g] = Int32(groupNumber.count) } }
        let groupIDs = NumberLists(claims.lazy.map { c in Self.sortedUnique(c.groups.map { groupNumber[$0]! }) })
        // Below the lowest of the thresholds, a pair that is not an answer and has no figures on both sides links
        // by no rule: it is passed over before the finer tests.
        let floor = [paraphraseThreshold, assertionThreshold, sharedActorsThreshold, sharedActorThreshold, rareSenseThreshold].min()!
        let facts = Facts.of(claims)
        let vectorClasses = vectors.count
        let replies = ReplyIndex(claims, copies: vectorClass)
        FreeMemory.release()
        let withFigures = facts.map { !$0.quantities.isEmpty }
        let vocabularySize = vocabulary.count
        // Each claim proposes its strongest links independently of the others: on all cores, a chunk of claims per
        // task, each with its scratch: claim i's vector spread over all features (so that its cosine with a
        // candidate reads only the candidate's features, adding the same products in the same order as
        // `PackedVectors.dot`), and a mark per claim already in i's pool. The claims are read through a copy the
        // task alone holds, let go when the proposals are made, so that the claims' own array is not copied when
        // the kept ones are renumbered in place below.
        let proposals = parallelMap(parallelChunks(count: claims.count, minimumChunk: 64)) { [fixedClaims = claims] (r: Range<Int>) -> [[(Int, Double, LinkKind)]] in
            var spread = [Double](repeating: 0, count: vocabularySize)
            var inPool = [Int](repeating: -1, count: fixedClaims.count)
            // Claims with the same text have the same vector: one cosine per text (for claim `cosineFor[c]`).
            var cosineFor = [Int](repeating: -1, count: vectorClasses)
            var cosineOf = [Double](repeating: 0, count: vectorClasses)
            return r.map { (i: Int) -> [(Int, Double, LinkKind)] in
                let own = vectors.features(vectorClass[i])
                for k in own { spread[Int(vectors.ids[k])] = vectors.values[k] }
                defer { for k in own { spread[Int(vectors.ids[k])] = 0 } }
                func cosineWithOwn(_ j: Int) -> Double {
                    let c = vectorClass[j]
                    if cosineFor[c] == i { return cosineOf[c] }
                    let value = spread.withUnsafeBufferPointer { a in
                        vectors.ids.withUnsafeBufferPointer { ids in
                            vectors.values.withUnsafeBufferPointer { values in
                                var sum = 0.0
                                for k in vectors.features(c) { let x = a[Int(ids[k])]; if x != 0 { sum += x * values[k] } }
                                return sum
                            }
                        }
                    }
                    cosineFor[c] = i
                    cosineOf[c] = value
                    return value
                }
                var pool: [Int] = []
                func add(_ list: [Int]) { for j in list where inPool[j] != i { inPool[j] = i; pool.append(j) } }
                for k in termIDs[i] { for j in fixedByTerm.claims(k) where inPool[j] != i { inPool[j] = i; pool.append(j) } }
                for q in fixedClaims[i].quantities {
                    if let list = fixedByClass[q.unitClass ?? "?"], list.count <= maxPostings { add(list) }
                    if q.unitClass == nil { for list in fixedByClass.values where list.count <= maxPostings { add(list) } }
                }
                let targets = fixedClaims[i].references.isEmpty ? [] : replyTargets(i, fixedClaims, cosine, replies)
                add(Array(targets))
                var scored: [(Int, Double, LinkKind)] = []
                let hasFigures = withFigures[i]
                for j in pool {
                    guard j != i else { continue }
                    let cos = cosineWithOwn(j)
                    let replyTo = targets.contains(j)
                    if cos < floor, !replyTo, !(hasFigures && withFigures[j]) { continue }
                    // What the pair test may ask besides, found only when it asks.
                    lazy var sharedGroups = Self.sharedCount(groupIDs[i], groupIDs[j])
                    if let link = score(facts[i], facts[j], cos, replyTo: replyTo,
                                        sharedActor: sharedGroups > 0, sharedActors: sharedGroups >= 2,
                                        rareShared: Self.meet(termIDs[i], termIDs[j]) { isRare[Int($0)] },
                                        opposite: Self.meet(antonymIDs[i], termIDs[j]) || Self.meet(antonymIDs[j], termIDs[i])) {
                        scored.append((j, link.0, link.1))
                    }
                }
                scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                // The strongest links to other documents, each saying something different (a copy of a claim already
                // taken adds nothing), and at most a few within the claim's own document; figures (and answers) and
                // statements alike have their own quota, so that a claim with a figure still finds what else is said.
                var chosen: [(Int, Double, LinkKind)] = []
                for part in [scored.filter { $0.1 >= 1.5 }, scored.filter { $0.1 < 1.5 }] {
                    var taken: [(Int, Double, LinkKind)] = []
                    var statements = Set<Int>()
                    var ownDocument = 0
                    for candidate in part where taken.count < maxLinks {
                        let same = facts[candidate.0].path == facts[i].path
                        if same && ownDocument >= maxOwnDocumentLinks { continue }
                        guard statements.insert(statement[candidate.0]).inserted,
                              !taken.contains(where: { cosine($0.0, candidate.0) >= nearCopy }) else { continue }
                        if same { ownDocument += 1 }
                        taken.append(candidate)
                    }
                    chosen += taken
                }
                return chosen
            }
        }.flatMap { $0 }
        // A link stands when either side proposes it.
        var links: [Int: [Int: LinkKind]] = [:]
        // Links that say the same thing in other words, give the same figure or answer a named speaker (not those
        // that are only about the same group, nor other figures for the same thing).
        var close: [Int: Set<Int>] = [:]
        for (i, ps) in proposals.enumerated() {
            for (j, strength, kind) in ps {
                links[i, default: [:]][j] = links[i]?[j] ?? kind
                links[j, default: [:]][i] = links[j]?[i] ?? kind
                if strength >= keepThreshold && strength < 1.5 || strength >= 2.5 { close[i, default: []].insert(j); close[j, default: []].insert(i) }
            }
        }
        // Plain assertions stay only when linked; ids are renumbered densely.
        // What stays a claim: a sentence people would check (the fitted model), a figure, a stance that answers
        // another speaker's claim, or a sentence that a claim of another document takes up and that the model
        // does not rule out (at least a third of the threshold: a claim others repeat needs less evidence).
        // Plain assertions outside these go; ids are renumbered densely.
        let threshold = CheckWorthiness.shared.threshold
        let keep = claims.indices.filter { i in
            // (The claim's fields read in place: a copy of each claim would cost more than the test.)
            let worth = claims[i].checkWorthiness, kind = claims[i].kind
            if worth >= threshold || kind == .quantity { return true }
            let linked = Array(close[i] ?? [])
            if kind == .stance && linked.contains(where: { claims[$0].claimant != claims[i].claimant }) { return true }
            // What another speaker answers by name ("I disagree with Mark") is a claim, when the model does not rule it out.
            if worth >= threshold / 3, let who = claims[i].claimant,
               linked.contains(where: { claims[$0].kind == .stance && claims[$0].references.contains(who) && cosine(i, $0) >= answeredThreshold }) {
                return true
            }
            return worth >= threshold / 3 && linked.contains { j in
                claims[j].path != claims[i].path && (claims[j].checkWorthiness >= threshold || claims[j].kind == .quantity)
            }
        }
        var newID: [Int: Int] = [:]
        for (k, i) in keep.enumerated() { newID[i] = k }
        let found = ClaimThreader().threads(claims, keep: keep, vector: { vectors.vector(vectorClass[$0]) }, cosine: cosine, texts: statement, links: links,
                                               name: { meaning.featureName(vocabulary[Int($0)]) })
        var threads: [ClaimThread] = []
        var inThreads: [Int: [Int]] = [:]
        for (t, found) in found.enumerated() {
            let members = found.members.map { newID[$0]! }
            threads.append(ClaimThread(id: t, subject: found.subject, claims: members, figures: found.figures))
            for m in members { inThreads[m, default: []].append(t) }
        }
        // The kept claims, renumbered, moved to the front of the claims' own array (`keep` is in order): a new
        // array beside it would hold the claims twice.
        for (k, i) in keep.enumerated() {
            var c = claims[i]
            c.id = k
            c.links = (links[i] ?? [:]).compactMap { j, kind in newID[j].map { ClaimLink(id: $0, kind: kind) } }.sorted { $0.id < $1.id }
            c.threads = inThreads[k] ?? []
            claims[k] = c
        }
        claims.removeLast(claims.count - keep.count)
        var linked = consume claims
        if relating { Self.relate(&linked, threads: threads, copies: Self.copyClasses(keep.map { statement[$0] }), neighbours: threadNeighbours) }
        return (linked, threads)
    }

    /// Sets each claim's `related`: its links, and the claims nearest it in each of its threads (`neighbours`
    /// different statements either way). Made from the links and threads alone, so that the index need not
    /// keep it (it is most of a claim's size).
    /// `copies` numbers the claims' words (`copyClasses`): claims with the same number are copies of one statement.
    public static func relate(_ claims: inout [Claim], threads: [ClaimThread], copies texts: [Int],
                              neighbours count: Int = ClaimLinker.defaultThreadNeighbours) {
        // Where each claim stands in each thread (by claim id); then each claim's related claims, made one claim
        // at a time on all cores, so that no set per claim is ever held for the whole corpus.
        var places = [[(thread: Int, k: Int)]](repeating: [], count: claims.count)
        for (t, thread) in threads.enumerated() where thread.claims.allSatisfy({ claims.indices.contains($0) }) {
            for (k, c) in thread.claims.enumerated() { places[c].append((t, k)) }
        }
        let (fixed, placesOf) = (claims, places)
        let related = parallelMap(count: claims.count) { i -> [Int] in
            var out = fixed[i].links.map(\.id)
            guard fixed[i].id >= 0, fixed[i].id < placesOf.count else { return Array(Set(out)).sorted() }
            for (t, k) in placesOf[fixed[i].id] { out += neighbours(of: k, in: threads[t].claims, texts: texts, count: count) }
            return sortedUnique(out)
        }
        for i in claims.indices { claims[i].related = related[i] }
    }

    /// The values sorted, each once (without a set, which costs more for the few values of one claim).
    static func sortedUnique<T: Comparable>(_ values: [T]) -> [T] {
        let sorted = values.sorted()
        var unique: [T] = []
        unique.reserveCapacity(sorted.count)
        for x in sorted where unique.last != x { unique.append(x) }
        return unique
    }

    /// The same, numbering the claims' words here.
    public static func relate(_ claims: inout [Claim], threads: [ClaimThread]) {
        relate(&claims, threads: threads, copies: statementClasses(claims))
    }

    /// A number per text, the same for the same text: which claims are copies of one another, kept as numbers.
    public static func copyClasses<Text: Hashable>(_ texts: [Text]) -> [Int] {
        var number: [Text: Int] = [:]
        return texts.map { t in
            if let k = number[t] { return k }
            number[t] = number.count
            return number.count - 1
        }
    }

    /// The same statement, by number (as `copyClasses` numbers them): claims whose words, lower-case, one space
    /// apart, are the same. Each distinct text is put in that form once, on all cores (a corpus repeats many
    /// sentences: quoted, syndicated, transcribed again).
    static func statementClasses(_ claims: [Claim]) -> [Int] {
        let copy = copyClasses(claims.map(\.text))
        var first: [Int] = []
        for (i, c) in copy.enumerated() where c == first.count { first.append(i) }
        let texts = first.map { claims[$0].text }
        let normalised = parallelMap(count: texts.count) { MeaningLexicon.normalised(texts[$0]) }
        let statement = copyClasses(normalised)
        return copy.map { statement[$0] }
    }

    /// The members of a thread (in date order) nearest to member `k` on either side, up to `count` different
    /// statements each way (copies of one sentence, as in a transcript and its re-transcription, count once).
    static func neighbours<Text: Hashable>(of k: Int, in members: [Int], texts: [Text], count: Int) -> [Int] {
        var out: [Int] = []
        for step in [-1, 1] {
            var seen = Set<Text>()
            var j = k + step
            while j >= 0, j < members.count {
                if !seen.contains(texts[members[j]]) {
                    guard seen.count < count else { break }
                    seen.insert(texts[members[j]])
                }
                out.append(members[j])
                j += step
            }
        }
        return out
    }

    /// What the pair test reads of a claim, small enough to copy: documents and claimants by number.
    struct Facts {
        var path: Int32
        var span: TextSpan
        /// -1 for the article's author.
        var claimant: Int32
        var kind: ClaimKind
        var negated: Bool
        /// It answers someone by name and says it disagrees.
        var disagrees: Bool
        var quantities: [Quantity]

        static func of(_ claims: [Claim]) -> [Facts] {
            // Documents and claimants numbered apart (each is compared only with its own kind); a document's claims
            // come together, so its number is looked up once per run of them.
            var paths: [String: Int32] = [:], claimants: [String: Int32] = [:]
            func number(_ s: String, in numbers: inout [String: Int32]) -> Int32 {
                if let k = numbers[s] { return k }
                numbers[s] = Int32(numbers.count)
                return Int32(numbers.count - 1)
            }
            var last: (path: String, number: Int32)?
            return claims.map { c in
                let path: Int32
                if let last, last.path == c.path { path = last.number } else { path = number(c.path, in: &paths); last = (c.path, path) }
                return Facts(path: path, span: c.span, claimant: c.claimant.map { number($0, in: &claimants) } ?? -1, kind: c.kind,
                             negated: c.negated, disagrees: !c.references.isEmpty && c.text.lowercased().contains("disagree"), quantities: c.quantities)
            }
        }
    }

    /// A link's strength and kind, or nil when the two claims are about different things.
    /// The shared groups, the rare senses and the opposites are asked for only where they decide.
    func score(_ a: Facts, _ b: Facts, _ cos: Double, replyTo: Bool = false, sharedActor: @autoclosure () -> Bool = false,
               sharedActors: @autoclosure () -> Bool = false, rareShared: @autoclosure () -> Bool = false,
               opposite: @autoclosure () -> Bool = false) -> (Double, LinkKind)? {
        let sameClaimant = a.claimant >= 0 && a.claimant == b.claimant
        if a.path == b.path && a.span.overlaps(b.span) { return nil }
        // An answer to a named speaker (only a claim that names someone has one).
        if replyTo {
            return (2.5 + cos, a.negated || a.disagrees ? .disputes : .agrees)
        }
        // Figures.
        var comparable = false
        for qa in a.quantities {
            for qb in b.quantities where qa.comparable(with: qb) {
                comparable = true
                if qa.agrees(with: qb), qa.unitClass != nil || qb.unitClass != nil {
                    return (3 + cos, sameClaimant ? .repeats : .agrees)
                }
            }
        }
        for qa in a.quantities {
            for qb in b.quantities {
                guard let ca = qa.unitClass, ca == qb.unitClass, !qa.agrees(with: qb) else { continue }
                // Another figure for the same thing: the same group counted, or (one group unnamed) the same words around it.
                if let x = qa.actor, let y = qb.actor, qa.actorConfident, qb.actorConfident {
                    if x == y { return (2 + cos, .differs) }
                } else if qa.actor == qb.actor && qa.actor != nil || cos >= unnamedFigureThreshold {
                    return (1.5 + cos, .differs)
                }
            }
        }
        // Figures of different kinds are not the same claim, however alike their words.
        if !a.quantities.isEmpty, !b.quantities.isEmpty, !comparable { return nil }
        let threshold = a.kind == .assertion || b.kind == .assertion ? assertionThreshold : paraphraseThreshold
        // About the same named group or place, with more in common besides.
        guard cos >= threshold || sharedActor() && cos >= (sharedActors() ? sharedActorsThreshold : sharedActorThreshold)
                || cos >= rareSenseThreshold && rareShared() else { return nil }
        if a.negated != b.negated || opposite() { return (cos, .disputes) }
        return (cos, sameClaimant ? .repeats : .agrees)
    }

    /// For a stance: the same speaker's next few sentences, which say what the stance is about.
    static func continuation(of i: Int, _ claims: [Claim]) -> [Int] {
        guard claims[i].kind == .stance else { return [] }
        return ((i + 1)..<min(claims.count, i + 4)).filter { j in
            claims[j].path == claims[i].path && claims[j].claimant == claims[i].claimant && claims[j].start - claims[i].end < 600
        }
    }

    /// The claims that have each term, in order, as one flat array by term, for the terms `indexed` accepts; a
    /// term more than `limit` claims have proposes none (see `maxPostings`) and keeps no list. (A list per term,
    /// grown as claims came, held most of the linker's memory on a large corpus, mostly in lists never read.)
    struct TermPostings: Sendable {
        /// Term k's claims are `postings[offsets[k]..<offsets[k + 1]]`.
        private var offsets: [Int]
        private var postings: [Int32]

        init<Lists: RandomAccessCollection>(_ termsOfClaim: Lists, terms: Int, limit: Int, indexed: (Int32) -> Bool)
            where Lists.Element: Sequence<Int32>, Lists.Index == Int {
            var count = [Int](repeating: 0, count: terms)
            for t in termsOfClaim { for k in t where indexed(k) { count[Int(k)] += 1 } }
            offsets = [Int](repeating: 0, count: terms + 1)
            for k in 0..<terms { offsets[k + 1] = offsets[k] + (count[k] <= limit ? count[k] : 0) }
            postings = [Int32](repeating: 0, count: offsets[terms])
            var next = Array(offsets.dropLast())
            for (i, t) in termsOfClaim.enumerated() {
                for k in t where indexed(k) && count[Int(k)] <= limit { postings[next[Int(k)]] = Int32(i); next[Int(k)] += 1 }
            }
        }

        /// The claims with term `k`, in order (none for a term too common to be indexed).
        func claims(_ k: Int32) -> LazyMapSequence<ArraySlice<Int32>, Int> {
            postings[offsets[Int(k)]..<offsets[Int(k) + 1]].lazy.map { Int($0) }
        }
    }

    /// Unit vectors in three arrays (vector k's features at `features(k)`, in ascending order of id): read in the
    /// hot loop without a reference count per vector, and without the two arrays a `SparseVector` holds for each.
    /// Norms add up in the same order, with the same operations, as `SparseVector`'s, and dot products run its
    /// loop, so the numbers are the same to the last bit.
    struct PackedVectors: Sendable {
        private(set) var ids: [Int32] = []
        private(set) var values: [Double] = []
        private var offsets: [Int] = [0]

        /// Each vector's (feature, weight) pairs by ascending feature, times the feature's factor, at length 1
        /// (as `SparseVector(...).normalised()`; an all-zero vector stays as it is).
        init(_ features: [[(Int32, Double)]], weights factor: [Double]) {
            let total = features.reduce(0) { $0 + $1.count }
            ids.reserveCapacity(total)
            values.reserveCapacity(total)
            offsets.reserveCapacity(features.count + 1)
            for f in features {
                let start = ids.count
                for (id, w) in f {
                    ids.append(id)
                    values.append(w * factor[Int(id)])
                }
                let norm = values[start...].reduce(0) { $0 + $1 * $1 }.squareRoot()
                if norm > 0 { for k in start..<values.count { values[k] /= norm } }
                offsets.append(ids.count)
            }
        }

        var count: Int { offsets.count - 1 }

        /// Where vector k's features and weights lie in `ids` and `values`.
        func features(_ k: Int) -> Range<Int> { offsets[k]..<offsets[k + 1] }

        /// Vector k on its own.
        func vector(_ k: Int) -> SparseVector { SparseVector(features(k).map { (ids[$0], values[$0]) }) }

        /// The dot product of vectors a and b (the cosine: both are unit length), by `SparseVector.dot`'s loop.
        func dot(_ a: Int, _ b: Int) -> Double {
            ids.withUnsafeBufferPointer { id in
                values.withUnsafeBufferPointer { value in
                    let (ra, rb) = (features(a), features(b))
                    return SparseVector.dot(UnsafeBufferPointer(rebasing: id[ra]), UnsafeBufferPointer(rebasing: value[ra]),
                                            UnsafeBufferPointer(rebasing: id[rb]), UnsafeBufferPointer(rebasing: value[rb]))
                }
            }
        }
    }

    /// The claims of each claimant someone answers by name, for finding what a reply answers without a pass over
    /// all claims: in order within each document, and over the corpus as groups of copies (claims whose vectors
    /// are the same). Only a named claimant's claims can be answered, so the others are not kept.
    struct ReplyIndex {
        /// A claimant's claims in one document, in order.
        var inDocument: [String: [String: [Int]]] = [:]
        /// Each claimant's claims as groups of copies in order of their first claim, each group in order.
        var copies: [String: [[Int]]] = [:]

        init(_ claims: [Claim], copies vectorClass: [Int]) {
            let answered = Set(claims.lazy.flatMap(\.references))
            guard !answered.isEmpty else { return }
            // Claimants by number, each name looked up once per claim; a document's claims (which come together)
            // gathered by name before they join `inDocument`.
            var number: [String: Int] = [:]
            var names: [String] = []
            var groups: [[[Int]]] = []
            var groupOf: [Int64: Int] = [:] // (claimant, copy class) → the claimant's group
            var run: (path: String, byName: [String: [Int]])?
            func flush() {
                guard let run else { return }
                inDocument[run.path, default: [:]].merge(run.byName) { $0 + $1 }
            }
            for (j, c) in claims.enumerated() {
                guard let name = c.claimant, answered.contains(name) else { continue }
                let who: Int
                if let k = number[name] { who = k } else {
                    who = names.count
                    number[name] = who
                    names.append(name)
                    groups.append([])
                }
                if run?.path != c.path { flush(); run = (c.path, [:]) }
                run!.byName[name, default: []].append(j)
                let key = Int64(who) << 32 | Int64(vectorClass[j])
                if let g = groupOf[key] { groups[who][g].append(j) } else {
                    groupOf[key] = groups[who].count
                    groups[who].append([j])
                }
            }
            flush()
            for (k, name) in names.enumerated() where !groups[k].isEmpty { copies[name] = groups[k] }
        }

        /// The claims of these claimants in this document, in order.
        func claims(of names: [String], in path: String) -> [Int] {
            guard let here = inDocument[path] else { return [] }
            var out: [Int] = []
            for name in Set(names) { out += here[name] ?? [] }
            return out.sorted()
        }
    }

    /// What a claim that names a speaker answers: that speaker's latest claims before it (in the same
    /// document), with the claims they repeat.
    /// `cosine`: the cosine of two claims' vectors, by claim number.
    func replyTargets(_ i: Int, _ claims: [Claim], _ cosine: (Int, Int) -> Double, _ index: ReplyIndex) -> Set<Int> {
        let c = claims[i]
        let earlier = index.claims(of: c.references, in: c.path).filter { j in claims[j].start < c.start }
        // The claims of theirs that the reply (with its following sentences) is most about; the latest when none is.
        let ranked = earlier.map { ($0, cosine(i, $0)) }.filter { $0.1 > 0.05 }.sorted { $0.1 > $1.1 }
        var targets = Set(ranked.prefix(2).map(\.0))
        if targets.isEmpty { targets = Set(earlier.suffix(2)) }
        for t in targets {
            // Claims by the same claimant (a target, found by its claimant's name, has one); copies have one
            // vector, so one cosine per group.
            for group in claims[t].claimant.flatMap({ index.copies[$0] }) ?? [] where cosine(t, group[0]) >= 0.5 {
                for j in group where j != t { targets.insert(j) }
            }
        }
        return targets
    }

    /// How many numbers two sorted lists of distinct numbers share.
    static func sharedCount(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>) -> Int {
        var (i, j, n) = (a.startIndex, b.startIndex, 0)
        while i < a.endIndex, j < b.endIndex {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    /// Whether two sorted lists share a number (one that `where` accepts).
    static func meet(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>, where accept: (Int32) -> Bool = { _ in true }) -> Bool {
        var (i, j) = (a.startIndex, b.startIndex)
        while i < a.endIndex, j < b.endIndex {
            if a[i] == b[j] { if accept(a[i]) { return true }; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// A bare figure ("we went from 3000 to 10,000") takes the unit and subject of the figures it repeats,
    /// when those agree among themselves.
    func adoptUnits(_ claims: inout [Claim]) {
        // The figures with a unit and an actor (only those of 100 or more are ever matched): single values by
        // value, so that a bare figure looks only at those near it; ranges, which are few, are all looked at.
        struct Known { var path: String; var q: Quantity; var unitClass: String; var actor: String; var kind: String }
        let known = claims.flatMap { c in
            c.quantities.compactMap { q -> Known? in
                guard let unitClass = q.unitClass, let actor = q.actor, q.low >= 100 else { return nil }
                return Known(path: c.path, q: q, unitClass: unitClass, actor: actor, kind: "\(unitClass)|\(actor)")
            }
        }
        let values = known.indices.filter { !known[$0].q.isRange }.sorted { known[$0].q.low < known[$1].q.low }
        let ranges = known.indices.filter { known[$0].q.isRange }
        /// The kind (unit class and actor) most of the figures agreeing with this one have, the alphabetically
        /// first among kinds as many: one figure of that kind, and how many there are.
        func mostAgreeing(_ q: Quantity) -> (example: Int, count: Int)? {
            // Agreeing values are within 5% of each other, so all lie well inside this window (`agrees` decides).
            let (from, to) = (q.low / 1.1, q.high * 1.1)
            var lo = 0, hi = values.count
            while lo < hi { let mid = (lo + hi) / 2; if known[values[mid]].q.low < from { lo = mid + 1 } else { hi = mid } }
            var counts: [String: (example: Int, count: Int)] = [:]
            func count(_ m: Int) {
                guard known[m].q.agrees(with: q) else { return }
                counts[known[m].kind, default: (m, 0)].count += 1
            }
            var k = lo
            while k < values.count, known[values[k]].q.low <= to { count(values[k]); k += 1 }
            for m in ranges { count(m) }
            return counts.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.value
        }
        // What agrees with a figure depends only on its value, range and rate.
        struct Figure: Hashable { var low: Double; var high: Double; var rated: Bool }
        var memo: [Figure: (example: Int, count: Int)?] = [:]
        for i in claims.indices {
            for k in claims[i].quantities.indices where claims[i].quantities[k].unitClass == nil {
                let q = claims[i].quantities[k]
                let figure = Figure(low: q.low, high: q.high, rated: q.rate != nil)
                let found: (example: Int, count: Int)?
                if let seen = memo[figure] { found = seen } else { found = mostAgreeing(q); memo[figure] = found }
                // Two figures of that kind, or the one there is said in this document.
                guard let best = found, best.count >= 2 || known[best.example].path == claims[i].path else { continue }
                claims[i].quantities[k].unitClass = known[best.example].unitClass
                claims[i].quantities[k].actor = known[best.example].actor
            }
            // The other bare figures of the same sentence count the same thing.
            if let adopted = claims[i].quantities.first(where: { $0.unitClass != nil }) {
                for k in claims[i].quantities.indices where claims[i].quantities[k].unitClass == nil && claims[i].quantities[k].unit == nil {
                    claims[i].quantities[k].unitClass = adopted.unitClass
                    claims[i].quantities[k].actor = claims[i].quantities[k].actor ?? adopted.actor
                }
            }
        }
    }
}
