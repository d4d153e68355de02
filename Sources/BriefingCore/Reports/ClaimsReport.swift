/// What `briefing claims --json` prints.
public struct ClaimsReport: Codable, Sendable {
    public var claims: [Claim]
    /// The threads of claims about one subject (every claim of `claims` that belongs to one).
    public var threads: [ClaimThread]
    public init(claims: [Claim], threads: [ClaimThread] = []) {
        self.claims = claims
        self.threads = threads
    }
}

/// The threads about some words, best match first: "north korea troops: 3,000 → 10,000 → 11,000–12,000",
/// each with its claims in date order.
public enum ClaimClusters {
    public struct Cluster: Sendable {
        public var thread: ClaimThread
        public var claims: [Claim]
        /// How much of the words' meaning the thread's claims cover (0–1).
        public var match: Double
    }

    /// Threads whose claims cover at least half of what the words mean (WordNet senses and derivations),
    /// most covered first, then larger.
    public static func about(_ words: String, in claims: [Claim], threads: [ClaimThread], meaning: MeaningLexicon = MeaningLexicon()) -> [Cluster] {
        let cache = MeaningLexicon.Cache()
        let wanted = meaning.meaning(words, cache: cache).features.filter { $0.value >= MeaningLexicon.termWeight }
        let total = wanted.values.reduce(0, +)
        guard total > 0 else { return [] }
        let byID = Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [Cluster] = []
        for t in threads {
            let members = t.claims.compactMap { byID[$0] }
            var present = Set<String>()
            for c in members { present.formUnion(meaning.meaning(c.text, cache: cache).features.keys) }
            let covered = wanted.filter { present.contains($0.key) }.values.reduce(0, +) / total
            if covered >= 0.5 { out.append(Cluster(thread: t, claims: members, match: covered)) }
        }
        return out.sorted { ($0.match, $0.thread.figures == nil ? 0 : 1, $0.claims.count, -$0.thread.id) > ($1.match, $1.thread.figures == nil ? 0 : 1, $1.claims.count, -$1.thread.id) }
    }
}
