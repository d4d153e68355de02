/// What `briefing claims --json` prints.
public struct ClaimsReport: Codable, Sendable {
    public var claims: [Claim]
    public init(claims: [Claim]) { self.claims = claims }
}

/// Claims about some words, grouped by their links into readable clusters:
/// "north korea personnel: 3,000 → 10,000 → 12,000 …, 100,000 (offer)".
public enum ClaimClusters {
    public struct Cluster: Sendable {
        public var title: String
        public var figures: String
        public var claims: [Claim]
    }

    public static func about(_ words: String, in claims: [Claim]) -> [Cluster] {
        let wanted = ClaimLinker.terms(words)
        guard !wanted.isEmpty else { return [] }
        let matching = claims.filter { !ClaimLinker.terms($0.text).isDisjoint(with: wanted) }
        // Figures about the words, grouped by what they count and whose they are.
        var groups: [String: [(Claim, Quantity)]] = [:]
        for c in matching {
            for q in c.quantities {
                guard let unit = q.unitClass else { continue }
                groups["\(q.actor ?? "")|\(unit)", default: []].append((c, q))
            }
        }
        var out: [Cluster] = []
        var used = Set<Int>()
        for (key, members) in groups.sorted(by: { $0.value.count > $1.value.count }) where members.count >= 2 {
            let parts = key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let title = [parts[0], parts[1] == "personnel" ? "troop" : parts[1]].filter { !$0.isEmpty }.joined(separator: " ") + " numbers"
            let largest = members.map(\.1.high).max() ?? 0
            let ordered = members.filter { $0.1.high >= largest / 100 } // ASR fragments ("10", "12") are not figures
                .sorted { ($0.0.date ?? "~", $0.1.low) < ($1.0.date ?? "~", $1.1.low) } // undated last
            var figures: [String] = []
            for (c, q) in ordered {
                var f = q.display
                if let qual = q.qualifier, ["as many as", "up to", "at least", "over", "more than"].contains(qual) { f = qual + " " + f }
                let lower = c.text.lowercased()
                if lower.contains("offer") || lower.contains("promise") { f += " (offer)" }
                if !figures.contains(f) { figures.append(f) }
            }
            var seen = Set<Int>()
            let cs = ordered.map(\.0).filter { seen.insert($0.id).inserted }
            used.formUnion(cs.map(\.id))
            out.append(Cluster(title: title, figures: figures.joined(separator: " → "), claims: cs))
        }
        // Other claims about the words that the figures' claims link to.
        let linked = Set(out.flatMap { $0.claims.flatMap(\.related) })
        let others = matching.filter { !used.contains($0.id) && linked.contains($0.id) }
        if !others.isEmpty { out.append(Cluster(title: "related claims", figures: "", claims: others)) }
        return out
    }
}
