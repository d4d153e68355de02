import Foundation

/// The claims about one subject across documents and speakers, in date order: the figures given for one
/// thing ("north korea troops: 3,000 → 10,000 → 11,000–12,000"), or statements that mean the same.
public struct ClaimThread: Codable, Sendable, Hashable {
    public var id: Int
    /// What the thread is about, in words: whose figure and what it counts, or its leading senses.
    public var subject: String
    /// Claim ids, oldest first (undated last).
    public var claims: [Int]
    /// For a thread of figures, the figures in date order.
    public var figures: String?
}

/// Gathers linked claims into threads:
/// - figures that count the same kind of thing for the same named group (`Quantity.unitClass`, `actor`);
/// - statements linked by meaning, merged greedily strongest link first while the merged thread stays
///   cohesive: the mean similarity between its two halves (the dot product of their summed vectors over the
///   product of their sizes) is at least `cohesion`, so that no chain of weak links makes a thread, and it holds
///   at most `maxSize` different statements;
/// and keeps those that span at least two documents. Near-linear: only linked pairs are considered, and a
/// merge costs one sparse dot product.
struct ClaimThreader {
    var cohesion = 0.12
    /// Most different statements in a thread (copies of one sentence, as in a transcript and its
    /// re-transcription, count once).
    var maxSize = 40

    /// Threads over `claims` (only the indices in `keep`), given their unit vectors and the cosine of two claims'
    /// vectors (by claim number), their statements as numbers (`texts`: the same number for the same text once
    /// normalised to lower-cased words), their links and a way to name a feature.
    func threads(_ claims: [Claim], keep: [Int], vector: (Int) -> SparseVector, cosine: (Int, Int) -> Double, texts: [Int],
                 links: [Int: [Int: LinkKind]], name: (Int32) -> String?) -> [(subject: String, members: [Int], figures: String?)] {
        var kept = [Bool](repeating: false, count: claims.count)
        for i in keep { kept[i] = true }
        var out: [(String, [Int], String?)] = []
        // Figures of one thing for one group.
        var byFigure: [String: [(Int, Quantity)]] = [:]
        for i in keep {
            for q in claims[i].quantities {
                guard let unit = q.unitClass, !["time", "title"].contains(unit), let actor = q.actor else { continue }
                byFigure["\(actor)|\(unit)", default: []].append((i, q))
            }
        }
        for (key, members) in byFigure.sorted(by: { $0.key < $1.key }) {
            let largest = members.map(\.1.high).max() ?? 0
            let ordered = members.filter { $0.1.high >= largest / 100 } // ASR fragments ("10", "12") are not figures
                .sorted { (Self.when(claims[$0.0]), claims[$0.0].path, claims[$0.0].start) < (Self.when(claims[$1.0]), claims[$1.0].path, claims[$1.0].start) }
            guard Self.acrossDocuments(ordered.map(\.0), claims, texts) else { continue }
            var figures: [String] = [], shown = Set<String>()
            for (i, q) in ordered {
                var f = q.display
                if let qual = q.qualifier, ["as many as", "up to", "at least", "over", "more than"].contains(qual) { f = qual + " " + f }
                let who = [claims[i].claimant.map(Self.surname), claims[i].saidOn].compactMap { $0 }.joined(separator: ", ")
                if !who.isEmpty { f += " (\(who))" }
                if shown.insert(f).inserted { figures.append(f) } // a copy of a transcript says nothing new
            }
            let parts = key.split(separator: "|").map(String.init)
            let unit = Dictionary(grouping: ordered.compactMap(\.1.unit), by: { $0 }).max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key ?? parts[1]
            var seen = Set<Int>()
            out.append(("\(parts[0]) \(unit)s", ordered.map(\.0).filter { seen.insert($0).inserted }, figures.joined(separator: " → ")))
        }
        // Statements by meaning.
        var pairs: [(Int, Int, Double)] = []
        for (i, ls) in links where kept[i] {
            // Threads run across documents: a document's own sentences about one thing merge only through others.
            for j in ls.keys where j > i && kept[j] && claims[i].path != claims[j].path { pairs.append((i, j, cosine(i, j))) }
        }
        pairs.sort { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) }
        // Union-find over the kept claims, by claim number: each claim's root, and at the root of a group of two or
        // more its members, the sum of their vectors and their different statements. A claim alone has none of these
        // of its own (most never join a group, and a vector, a list and a set for each would cost memory): they are
        // made when it joins one.
        struct Group { var members: [Int]; var sum: SparseVector; var statements: Set<Int> }
        var root = [Int](repeating: -1, count: claims.count)
        for i in keep { root[i] = i }
        var groups: [Int: Group] = [:]
        func find(_ x: Int) -> Int {
            var r = x
            while root[r] != r { r = root[r] }
            return r
        }
        func size(_ r: Int) -> Int { groups[r]?.members.count ?? 1 }
        func sum(_ r: Int) -> SparseVector { groups[r]?.sum ?? vector(r) }
        func statementCount(_ r: Int) -> Int { groups[r]?.statements.count ?? 1 }
        func statements(_ r: Int) -> Set<Int> { groups[r]?.statements ?? [texts[r]] }
        func group(_ r: Int) -> Group { groups.removeValue(forKey: r) ?? Group(members: [r], sum: vector(r), statements: [texts[r]]) }
        for (i, j, _) in pairs {
            let (a, b) = (find(i), find(j))
            guard a != b, statementCount(a) + statementCount(b) <= maxSize
                    || statements(a).union(statements(b)).count <= maxSize else { continue }
            let (sizeA, sizeB) = (size(a), size(b))
            let together = sizeA == 1 && sizeB == 1 ? cosine(a, b) : sum(a).dot(sum(b))
            let mean = together / Double(sizeA * sizeB)
            guard mean >= cohesion else { continue }
            let (big, small) = sizeA >= sizeB ? (a, b) : (b, a)
            root[small] = big
            var merged = group(big)
            let other = group(small)
            merged.sum = merged.sum + other.sum
            merged.members += other.members
            merged.statements.formUnion(other.statements)
            groups[big] = merged
        }
        for (_, formed) in groups.sorted(by: { $0.key < $1.key }) where Self.acrossDocuments(formed.members, claims, texts) {
            let ms = formed.members
            let ordered = ms.sorted { (Self.when(claims[$0]), claims[$0].path, claims[$0].start) < (Self.when(claims[$1]), claims[$1].path, claims[$1].start) }
            let centroid = formed.sum
            // The heaviest features named, best first, until three words are found (naming a sense reads WordNet:
            // only as many as needed are named, not the whole centroid).
            let heaviest = zip(centroid.ids, centroid.values).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            var words: [String] = []
            // Names of one word's forms ("soldier", "soldiering") count once.
            for (id, _) in heaviest {
                guard let w = name(id), !words.contains(where: { $0.prefix(5) == w.prefix(5) }) else { continue }
                words.append(w)
                if words.count == 3 { break }
            }
            out.append((words.joined(separator: ", "), ordered, nil))
        }
        return out
    }

    /// When a claim was made: its document's date; undated last.
    static func when(_ c: Claim) -> String { c.saidOn ?? "~" }

    /// "Kirby" for "John Kirby" or "ADMIRAL JOHN KIRBY", "Minister" for "MINISTER", "Jean-Pierre" for
    /// "KARINE JEAN-PIERRE".
    static func surname(_ name: String) -> String {
        guard let last = name.split(separator: " ").last else { return name }
        return last.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: "-")
    }

    /// Claims of at least two documents that say different things: a document and its copy are no thread.
    static func acrossDocuments(_ members: [Int], _ claims: [Claim], _ texts: [Int]) -> Bool {
        for a in members.indices {
            for b in members.indices where b > a && claims[members[a]].path != claims[members[b]].path && texts[members[a]] != texts[members[b]] {
                return true
            }
        }
        return false
    }
}
