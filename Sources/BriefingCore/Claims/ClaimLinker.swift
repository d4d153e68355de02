import Foundation

/// Links claims about the same thing across documents and speakers: the same kind of figure about the same
/// subject, explicit references to another speaker, and paraphrase similarity (TF-IDF over stems and word
/// classes). Each claim keeps only its few strongest links.
public struct ClaimLinker: Sendable {
    public var maxLinks = 6
    /// Cosine similarity above which two claims say the same thing in other words.
    public var paraphraseThreshold = 0.34
    /// A plain assertion needs a closer paraphrase to count as a claim.
    public var assertionThreshold = 0.35
    /// Two claims about the same group and the same kind of event need only this much in common besides.
    public var frameThreshold = 0.08
    /// Two claims that share a rare kind of event need only this much in common besides.
    public var rareEventThreshold = 0.03
    /// Candidates come from shared words and shared kinds of figure; a word or kind that more claims than
    /// this share proposes none by itself (the pairs still score on it when other words bring them together).
    /// Keeps linking near-linear on large, repetitive corpora; a handful of documents never reach it.
    public var maxPostings = 400

    public init() {}

    /// Words of one class (general vocabulary): a combat is an operation, desperation is being desperate.
    static let wordClasses: [String: String] = {
        let groups: [String: [String]] = [
            "combat": ["combat", "battle", "battles", "battlefield", "fighting", "fight", "operation", "operations", "frontline", "front"],
            "manpower": ["manpower", "recruits", "recruit", "recruited", "recruiting", "mobilize", "mobilization", "mobilise", "conscription"],
            "desperate": ["desperate", "desperation", "desperately"],
            "casualty": ["casualties", "killed", "wounded", "dead", "losses", "lost", "losing"],
            "agreement": ["agreement", "treaty", "pact", "deal", "guarantee", "alliance"],
            "confirm": ["confirmed", "acknowledged", "verified", "admitted"],
            "deploy": ["sent", "sending", "send", "deployed", "deploy", "deploying", "dispatched"],
        ]
        var m: [String: String] = [:]
        for (k, ws) in groups { for w in ws { m[w] = k } }
        return m
    }()

    static let stop: Set<String> = ["the", "and", "that", "this", "these", "those", "there", "their", "they", "them", "with", "from",
                                    "have", "has", "had", "been", "were", "was", "what", "when", "where", "which", "would", "could",
                                    "should", "about", "into", "also", "just", "some", "more", "than", "then", "very", "really", "said",
                                    "says", "will", "being", "for", "are", "not", "but", "you", "your", "our", "its", "it's", "they're",
                                    "i'm", "don't", "think", "know", "mean", "like", "yeah", "well", "going", "want", "get", "got", "can",
                                    "all", "one", "now", "how", "why", "who", "his", "her", "him", "she", "out", "any", "way", "lot",
                                    "kind", "sort", "thing", "things", "there's", "that's", "let", "say", "see", "make", "made", "even"]

    static func terms(_ text: String) -> Set<String> {
        var out = Set<String>()
        for raw in text.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "’") }) {
            let w = raw.lowercased().replacingOccurrences(of: "’", with: "'")
            guard w.count >= 3, !stop.contains(w), MonthNames.number(w) == nil, !TemporalTagger.weekdays.contains(w),
                  !["week", "weeks", "month", "months", "year", "years", "today", "yesterday", "morning", "night", "weekend"].contains(w) else { continue }
            out.insert(wordClasses[w] ?? String(w.prefix(6)))
        }
        return out
    }

    /// Class members that also mean other things ("losing" a match, a "deal" of work): they never alone
    /// make two claims about the same event.
    static let ambiguous: Set<String> = ["lost", "losing", "losses", "fight", "front", "operation", "operations", "deal", "sent",
                                         "send", "sending", "dead", "people"]

    /// Event classes a text names with unambiguous words.
    static func strongEvents(_ text: String) -> Set<String> {
        var out = Set<String>()
        for raw in text.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "’") }) {
            let w = raw.lowercased()
            if let c = wordClasses[w], eventClasses.contains(c), !ambiguous.contains(w) { out.insert(c) }
        }
        return out
    }

    /// Word classes that name what happens (for event frames).
    static let eventClasses: Set<String> = ["combat", "casualty", "agreement", "confirm", "deploy", "desperate", "manpower"]

    /// Links the claims (ids assigned in order) and keeps those worth checking (see the end).
    public func link(_ input: [Claim]) -> [Claim] {
        var claims = input
        for i in claims.indices { claims[i].id = i }
        adoptUnits(&claims)
        var termSets = claims.map { Self.terms($0.text) }
        // A stance says little by itself ("I disagree with Mark"): the same speaker's next sentences carry its topic.
        for i in claims.indices { for j in Self.continuation(of: i, claims) { termSets[i].formUnion(Self.terms(claims[j].text)) } }
        var df: [String: Int] = [:]
        for t in termSets { for w in t { df[w, default: 0] += 1 } }
        let n = Double(max(1, claims.count))
        let idf = df.mapValues { log(n / Double($0)) + 0.1 }
        let rareEvents = Set(Self.eventClasses.filter { (df[$0] ?? 0) <= max(3, claims.count * 15 / 100) })
        var strong = claims.map { Self.strongEvents($0.text) }
        for i in claims.indices { for j in Self.continuation(of: i, claims) { strong[i].formUnion(Self.strongEvents(claims[j].text)) } }
        let vectors = termSets.map { set -> [String: Double] in
            var v: [String: Double] = [:]
            for w in set { v[w] = idf[w] ?? 0 }
            let norm = sqrt(v.values.reduce(0) { $0 + $1 * $1 })
            return norm > 0 ? v.mapValues { $0 / norm } : v
        }
        // Inverted index on informative terms, and on figures.
        var byTerm: [String: [Int]] = [:]
        for (i, t) in termSets.enumerated() { for w in t where (idf[w] ?? 0) > 1.0 { byTerm[w, default: []].append(i) } }
        var byClass: [String: [Int]] = [:]
        for (i, c) in claims.enumerated() { for q in c.quantities { byClass[q.unitClass ?? "?", default: []].append(i) } }
        // Each claim proposes its strongest links independently of the others: on all cores.
        let (fixedClaims, fixedTerms, fixedStrong, fixedVectors) = (claims, termSets, strong, vectors)
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
            let events = fixedStrong[i].intersection(rareEvents)
            for j in candidates {
                let frame = !fixedClaims[i].groups.isEmpty && !Set(fixedClaims[i].groups).isDisjoint(with: fixedClaims[j].groups)
                    && !fixedTerms[i].intersection(fixedTerms[j]).intersection(Self.eventClasses).isEmpty
                let sharedRareEvent = !events.isDisjoint(with: fixedStrong[j])
                if let link = score(fixedClaims[i], fixedClaims[j], cosine(fixedVectors[i], fixedVectors[j]), replyTo: targets.contains(j), frame: frame,
                                    rareEvent: sharedRareEvent) {
                    scored.append((j, link.0, link.1))
                }
            }
            scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            return Array(scored.prefix(maxLinks))
        }
        // A link stands when either side proposes it.
        var links: [Int: [Int: LinkKind]] = [:]
        for (i, ps) in proposals.enumerated() {
            for (j, _, kind) in ps {
                links[i, default: [:]][j] = links[i]?[j] ?? kind
                links[j, default: [:]][i] = links[j]?[i] ?? kind
            }
        }
        // Plain assertions stay only when linked; ids are renumbered densely.
        // What stays a claim: a sentence people would check (the fitted model), a figure, a stance that answers
        // another speaker's claim, or a sentence that a claim of another document takes up and that the model
        // does not rule out (at least a third of the threshold: a claim others repeat needs less evidence).
        // Plain assertions outside these go; ids are renumbered densely.
        let threshold = CheckWorthiness.shared.threshold
        let keep = claims.indices.filter { i in
            let c = claims[i], linked = Array((links[i] ?? [:]).keys)
            if c.checkWorthiness >= threshold || c.kind == .quantity { return true }
            if c.kind == .stance && linked.contains(where: { claims[$0].claimant != c.claimant }) { return true }
            return c.checkWorthiness >= threshold / 3 && linked.contains { j in
                claims[j].path != c.path && (claims[j].checkWorthiness >= threshold || claims[j].kind == .quantity)
            }
        }
        var newID: [Int: Int] = [:]
        for (k, i) in keep.enumerated() { newID[i] = k }
        return keep.map { i in
            var c = claims[i]
            c.id = newID[i]!
            let ls = (links[i] ?? [:]).compactMap { j, kind in newID[j].map { ClaimLink(id: $0, kind: kind) } }.sorted { $0.id < $1.id }
            c.links = ls
            c.related = ls.map(\.id)
            return c
        }
    }

    /// A link's strength and kind, or nil when the two claims are about different things.
    func score(_ a: Claim, _ b: Claim, _ cos: Double, replyTo: Bool = false, frame: Bool = false, rareEvent: Bool = false) -> (Double, LinkKind)? {
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
                } else if qa.actor == qb.actor && qa.actor != nil || cos >= 0.03 {
                    return (1.5 + cos, .differs)
                }
            }
        }
        // Figures of different kinds are not the same claim, however alike their words.
        if !a.quantities.isEmpty, !b.quantities.isEmpty, !comparable { return nil }
        let threshold = a.kind == .assertion || b.kind == .assertion ? assertionThreshold : paraphraseThreshold
        // The same event about the same group ("North Korean troops … entered combat" / "… killed in battles").
        let framed = frame && cos >= frameThreshold
        // A rare kind of event in common (mobilising, combat, casualties) with a little more besides.
        let eventful = rareEvent && cos >= rareEventThreshold
        guard cos >= threshold || framed || eventful else { return nil }
        if a.negated != b.negated { return (cos, .disputes) }
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
    func replyTargets(_ i: Int, _ claims: [Claim], _ vectors: [[String: Double]]) -> Set<Int> {
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

    func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
        let (small, large) = a.count < b.count ? (a, b) : (b, a)
        return small.reduce(0) { $0 + $1.value * (large[$1.key] ?? 0) }
    }

    /// A bare figure ("we went from 3000 to 10,000") takes the unit and subject of the figures it repeats,
    /// when those agree among themselves.
    func adoptUnits(_ claims: inout [Claim]) {
        let known = claims.flatMap { c in c.quantities.filter { $0.unitClass != nil && $0.actor != nil }.map { (c.path, $0) } }
        for i in claims.indices {
            for k in claims[i].quantities.indices where claims[i].quantities[k].unitClass == nil {
                let q = claims[i].quantities[k]
                let matches = known.filter { $0.1.agrees(with: q) && $0.1.low >= 100 }
                let kinds = Dictionary(grouping: matches) { "\($0.1.unitClass!)|\($0.1.actor!)" }
                guard let best = kinds.max(by: { $0.value.count < $1.value.count }), best.value.count >= 2 || best.value.contains(where: { $0.0 == claims[i].path }) else { continue }
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
