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

    /// Meaning features of texts, on all cores (each worker keeps its own memo of word meanings).
    func meanings(_ texts: [String]) -> [MeaningLexicon.WordMeaning] {
        let chunk = max(64, texts.count / (ProcessInfo.processInfo.activeProcessorCount * 4) + 1)
        let ranges = stride(from: 0, to: texts.count, by: chunk).map { $0..<min(texts.count, $0 + chunk) }
        let lexicon = meaning
        return parallelMap(ranges) { (r: Range<Int>) -> [MeaningLexicon.WordMeaning] in
            let cache = MeaningLexicon.Cache()
            return r.map { i in
                var m = lexicon.meaning(texts[i], cache: cache)
                // Words of speech and of the conversation itself say nothing about the subject.
                for w in MeaningLexicon.words(texts[i]) where Self.stop.contains(w) { m.features.removeValue(forKey: "w:" + w) }
                return m
            }
        }.flatMap { $0 }
    }

    /// Links the claims (ids assigned in order) and keeps those worth checking (see the end).
    public func link(_ input: [Claim]) -> [Claim] { linkWithThreads(input).claims }

    /// Most threads a claim takes its related claims from in full; in a longer thread, the claims nearest in
    /// date on either side (this many different statements each way).
    public var threadNeighbours = 15

    /// The same, with the threads of claims about one subject (`ClaimThread`); each claim's `related` holds
    /// its links and the claims of its threads.
    public func linkWithThreads(_ input: [Claim]) -> (claims: [Claim], threads: [ClaimThread]) {
        var claims = input
        for i in claims.indices { claims[i].id = i }
        adoptUnits(&claims)
        // A stance says little by itself ("I disagree with Mark"): the same speaker's next sentences carry its topic.
        let texts = claims.indices.map { i in ([claims[i].text] + Self.continuation(of: i, claims).map { claims[$0].text }).joined(separator: " ") }
        let meanings = meanings(texts)
        var df: [String: Int] = [:]
        for m in meanings { for w in m.features.keys { df[w, default: 0] += 1 } }
        let n = Double(max(1, claims.count))
        let idf = df.mapValues { log(n / Double($0)) + 0.1 }
        // Features numbered in sorted order, so that every sum over them runs in the same order on every run.
        let vocabulary = df.keys.sorted()
        let featureID = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, Int32($0)) })
        let vectors = meanings.map { m in
            SparseVector(m.features.map { (featureID[$0.key]!, $0.value * idf[$0.key]!) }).normalised()
        }
        let termSets = meanings.map { Set($0.features.filter { $0.value >= MeaningLexicon.termWeight }.keys) }
        let rareLimit = max(3, Int(Double(claims.count) * rareShare))
        let rare = Set(df.filter { $0.value <= rareLimit && $0.value >= 2 }.keys)
        let antonyms = meanings.map(\.antonyms)
        // Inverted index on informative terms, and on figures.
        var byTerm: [String: [Int]] = [:]
        for (i, t) in termSets.enumerated() { for w in t where (idf[w] ?? 0) > 1.0 { byTerm[w, default: []].append(i) } }
        var byClass: [String: [Int]] = [:]
        for (i, c) in claims.enumerated() { for q in c.quantities { byClass[q.unitClass ?? "?", default: []].append(i) } }
        // Each claim proposes its strongest links independently of the others: on all cores.
        let (fixedClaims, fixedTerms, fixedVectors) = (claims, termSets, vectors)
        let normalised = claims.map { MeaningLexicon.words($0.text).joined(separator: " ") }
        let (fixedByTerm, fixedByClass) = (byTerm, byClass)
        let proposals = parallelMap(Array(fixedClaims.indices)) { (i: Int) -> [(Int, Double, LinkKind)] in
            var candidates = Set<Int>()
            for w in fixedTerms[i] { if let list = fixedByTerm[w], list.count <= maxPostings { candidates.formUnion(list) } }
            for q in fixedClaims[i].quantities {
                if let list = fixedByClass[q.unitClass ?? "?"], list.count <= maxPostings { candidates.formUnion(list) }
                if q.unitClass == nil { for list in fixedByClass.values where list.count <= maxPostings { candidates.formUnion(list) } }
            }
            if !fixedClaims[i].references.isEmpty { candidates.formUnion(replyTargets(i, fixedClaims, fixedVectors)) }
            candidates.remove(i)
            var scored: [(Int, Double, LinkKind)] = []
            let targets = fixedClaims[i].references.isEmpty ? [] : replyTargets(i, fixedClaims, fixedVectors)
            for j in candidates {
                let sharedGroups = Set(fixedClaims[i].groups).intersection(fixedClaims[j].groups).count
                let sharedActor = sharedGroups > 0
                let opposite = !antonyms[i].isDisjoint(with: fixedTerms[j]) || !antonyms[j].isDisjoint(with: fixedTerms[i])
                let rareShared = !fixedTerms[i].intersection(fixedTerms[j]).isDisjoint(with: rare)
                if let link = score(fixedClaims[i], fixedClaims[j], cosine(fixedVectors[i], fixedVectors[j]), replyTo: targets.contains(j),
                                    sharedActor: sharedActor, sharedActors: sharedGroups >= 2, rareShared: rareShared, opposite: opposite) {
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
                var texts = Set<String>()
                var ownDocument = 0
                for candidate in part where taken.count < maxLinks {
                    let same = fixedClaims[candidate.0].path == fixedClaims[i].path
                    if same && ownDocument >= maxOwnDocumentLinks { continue }
                    guard texts.insert(normalised[candidate.0]).inserted,
                          !taken.contains(where: { cosine(fixedVectors[$0.0], fixedVectors[candidate.0]) >= nearCopy }) else { continue }
                    if same { ownDocument += 1 }
                    taken.append(candidate)
                }
                chosen += taken
            }
            return chosen
        }
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
            let c = claims[i], linked = Array(close[i] ?? [])
            if c.checkWorthiness >= threshold || c.kind == .quantity { return true }
            if c.kind == .stance && linked.contains(where: { claims[$0].claimant != c.claimant }) { return true }
            // What another speaker answers by name ("I disagree with Mark") is a claim, when the model does not rule it out.
            if c.checkWorthiness >= threshold / 3, let who = c.claimant,
               linked.contains(where: { claims[$0].kind == .stance && claims[$0].references.contains(who) && cosine(vectors[i], vectors[$0]) >= answeredThreshold }) {
                return true
            }
            return c.checkWorthiness >= threshold / 3 && linked.contains { j in
                claims[j].path != c.path && (claims[j].checkWorthiness >= threshold || claims[j].kind == .quantity)
            }
        }
        var newID: [Int: Int] = [:]
        for (k, i) in keep.enumerated() { newID[i] = k }
        let found = ClaimThreader().threads(claims, keep: keep, vectors: vectors, texts: normalised, links: links,
                                               name: { meaning.featureName(vocabulary[Int($0)]) })
        var threads: [ClaimThread] = []
        var inThreads: [Int: [Int]] = [:]
        var fromThreads: [Int: Set<Int>] = [:]
        for (t, found) in found.enumerated() {
            let members = found.members.map { newID[$0]! }
            threads.append(ClaimThread(id: t, subject: found.subject, claims: members, figures: found.figures))
            for (k, m) in members.enumerated() {
                inThreads[m, default: []].append(t)
                fromThreads[m, default: []].formUnion(Self.neighbours(of: k, in: found.members, texts: normalised, count: threadNeighbours).map { newID[$0]! })
            }
        }
        let linked = keep.map { i in
            var c = claims[i]
            c.id = newID[i]!
            let ls = (links[i] ?? [:]).compactMap { j, kind in newID[j].map { ClaimLink(id: $0, kind: kind) } }.sorted { $0.id < $1.id }
            c.links = ls
            c.related = Array(Set(ls.map(\.id)).union(fromThreads[c.id] ?? [])).sorted()
            c.threads = inThreads[c.id] ?? []
            return c
        }
        return (linked, threads)
    }

    /// The members of a thread (in date order) nearest to member `k` on either side, up to `count` different
    /// statements each way (copies of one sentence, as in a transcript and its re-transcription, count once).
    static func neighbours(of k: Int, in members: [Int], texts: [String], count: Int) -> [Int] {
        var out: [Int] = []
        for step in [-1, 1] {
            var seen = Set<String>()
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

    /// A link's strength and kind, or nil when the two claims are about different things.
    func score(_ a: Claim, _ b: Claim, _ cos: Double, replyTo: Bool = false, sharedActor: Bool = false, sharedActors: Bool = false,
               rareShared: Bool = false, opposite: Bool = false) -> (Double, LinkKind)? {
        let sameClaimant = a.claimant != nil && a.claimant == b.claimant
        if a.path == b.path && a.span.overlaps(b.span) { return nil }
        // An answer to a named speaker.
        if replyTo {
            return (2.5 + cos, a.negated || a.text.lowercased().contains("disagree") ? .disputes : .agrees)
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
        guard cos >= threshold || sharedActor && cos >= (sharedActors ? sharedActorsThreshold : sharedActorThreshold)
                || rareShared && cos >= rareSenseThreshold else { return nil }
        if a.negated != b.negated || opposite { return (cos, .disputes) }
        return (cos, sameClaimant ? .repeats : .agrees)
    }

    /// For a stance: the same speaker's next few sentences, which say what the stance is about.
    static func continuation(of i: Int, _ claims: [Claim]) -> [Int] {
        guard claims[i].kind == .stance else { return [] }
        return ((i + 1)..<min(claims.count, i + 4)).filter { j in
            claims[j].path == claims[i].path && claims[j].claimant == claims[i].claimant && claims[j].start - claims[i].end < 600
        }
    }

    /// What a claim that names a speaker answers: that speaker's latest claims before it (in the same
    /// document), with the claims they repeat.
    func replyTargets(_ i: Int, _ claims: [Claim], _ vectors: [SparseVector]) -> Set<Int> {
        let c = claims[i]
        let earlier = claims.indices.filter { j in
            claims[j].path == c.path && claims[j].start < c.start && claims[j].claimant.map { c.references.contains($0) } == true
        }
        // The claims of theirs that the reply (with its following sentences) is most about; the latest when none is.
        let ranked = earlier.map { ($0, cosine(vectors[i], vectors[$0])) }.filter { $0.1 > 0.05 }.sorted { $0.1 > $1.1 }
        var targets = Set(ranked.prefix(2).map(\.0))
        if targets.isEmpty { targets = Set(earlier.suffix(2)) }
        for t in targets {
            for (j, other) in claims.enumerated() where j != t && other.claimant == claims[t].claimant && cosine(vectors[t], vectors[j]) >= 0.5 {
                targets.insert(j)
            }
        }
        return targets
    }

    func cosine(_ a: SparseVector, _ b: SparseVector) -> Double { a.dot(b) }

    /// A bare figure ("we went from 3000 to 10,000") takes the unit and subject of the figures it repeats,
    /// when those agree among themselves.
    func adoptUnits(_ claims: inout [Claim]) {
        let known = claims.flatMap { c in c.quantities.filter { $0.unitClass != nil && $0.actor != nil }.map { (c.path, $0) } }
        for i in claims.indices {
            for k in claims[i].quantities.indices where claims[i].quantities[k].unitClass == nil {
                let q = claims[i].quantities[k]
                let matches = known.filter { $0.1.agrees(with: q) && $0.1.low >= 100 }
                let kinds = Dictionary(grouping: matches) { "\($0.1.unitClass!)|\($0.1.actor!)" }
                guard let best = kinds.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }), best.value.count >= 2 || best.value.contains(where: { $0.0 == claims[i].path }) else { continue }
                let parts = best.key.split(separator: "|").map(String.init)
                claims[i].quantities[k].unitClass = parts[0]
                claims[i].quantities[k].actor = parts[1]
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
