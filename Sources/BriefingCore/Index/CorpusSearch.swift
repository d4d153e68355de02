import Foundation
import GRDB

/// A sentence that matches a search.
public struct SearchHit: Codable, Sendable, Hashable {
    public var document: String
    public var path: String
    /// The sentence (Unicode scalar offsets in the file, end exclusive).
    public var start: Int
    public var end: Int
    /// Each matched word or phrase in the file.
    public var matches: [TextSpan]
    public var speaker: String?
    public var date: String?
    /// The sentence around the match, shortened, with matches in [brackets].
    public var snippet: String
    /// BM25 (lower is better, as SQLite reports it).
    public var rank: Double
}

/// Full-text search over the index (FTS5, Porter stemming): words, "quoted phrases", prefixes (`mobili*`,
/// matched from the first five letters, since the index holds stems),
/// ranked by BM25, with filters by speaker, document and date.
extension CorpusIndex {
    public struct SearchFilter: Sendable {
        public var speaker: String?
        public var document: String?
        public var from: Day?
        public var to: Day?
        /// Only these files (absolute paths), e.g. the folder being read.
        public var paths: [String]?
        public var limit = 50

        public init(speaker: String? = nil, document: String? = nil, from: Day? = nil, to: Day? = nil, paths: [String]? = nil, limit: Int = 50) {
            self.speaker = speaker; self.document = document; self.from = from; self.to = to; self.paths = paths; self.limit = limit
        }
    }

    /// The FTS5 query for what a user typed: every word quoted (so punctuation cannot break the syntax),
    /// phrases kept, a trailing `*` kept as a prefix search. Nil when nothing searchable is left.
    public static func ftsQuery(_ input: String) -> String? {
        var parts: [String] = []
        var rest = Substring(input)
        while let q = rest.firstIndex(of: "\"") {
            parts += words(rest[..<q])
            let after = rest.index(after: q)
            guard let close = rest[after...].firstIndex(of: "\"") else { rest = rest[after...]; break }
            let phrase = words(rest[after..<close]).map { $0.replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "*", with: "") }
            if !phrase.isEmpty { parts.append("\"" + phrase.joined(separator: " ") + "\"") }
            rest = rest[rest.index(after: close)...]
        }
        // The index holds stems ("desperation" → "desper"), so a prefix searches from its first five letters.
        parts += words(rest).map { w in w.hasSuffix("*") ? "\"\(w.dropLast().prefix(5))\"*" : "\"\(w)\"" }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    static func words<S: StringProtocol>(_ s: S) -> [String] {
        s.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "*" || $0 == "'" || $0 == "-") })
            .map { String($0) }.filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
    }

    public func search(_ input: String, filter: SearchFilter = SearchFilter()) throws -> [SearchHit] {
        guard let query = Self.ftsQuery(input) else { return [] }
        let filtered = filter.speaker != nil || filter.document != nil || filter.from != nil || filter.to != nil
        let wantedPaths = filter.paths.map(Set.init)
        return try db.read { db in
            // The best matches first, through FTS5's own ORDER BY rank LIMIT; filters after, widening when they reject.
            var k = filtered || wantedPaths != nil ? filter.limit * 5 : filter.limit
            var kept: [Row] = []
            while true {
                let top = try Row.fetchAll(db, sql: "SELECT rowid AS rid, rank FROM sentence_fts WHERE sentence_fts MATCH ? ORDER BY rank LIMIT ?",
                                           arguments: [query, k])
                kept = []
                for t in top {
                    let rid: Int64 = t["rid"]
                    guard let row = try Row.fetchOne(db, sql: """
                        SELECT d.name AS name, d.path AS path, d.title AS title, d.date AS date, s.start AS start, s."end" AS "end", s.speaker AS speaker
                        FROM sentences s JOIN documents d ON d.id = s.document WHERE s.id = ?
                        """, arguments: [rid]) else { continue }
                    if let paths = wantedPaths, !paths.contains(row["path"]) { continue }
                    if let sp = filter.speaker, !((row["speaker"] as String?)?.localizedCaseInsensitiveContains(sp) ?? false) { continue }
                    if let d = filter.document, !((row["name"] as String).localizedCaseInsensitiveContains(d) || (row["title"] as String).localizedCaseInsensitiveContains(d)) { continue }
                    let date: String? = row["date"]
                    if let f = filter.from, (date ?? "") < f.iso { continue }
                    if let to = filter.to, date == nil || date! > to.iso { continue }
                    kept.append(Row(["rid": rid, "rank": t["rank"] as Double, "name": row["name"] as String, "path": row["path"] as String,
                                     "date": date, "start": row["start"] as Int, "end": row["end"] as Int, "speaker": row["speaker"] as String?]))
                    if kept.count == filter.limit { break }
                }
                if kept.count == filter.limit || top.count < k || k >= 20_000 { break }
                k *= 4
            }
            // Snippets and match spans for the results only.
            return try kept.map { r in
                let rid: Int64 = r["rid"]
                let marks = try Row.fetchOne(db, sql: """
                    SELECT highlight(sentence_fts, 0, char(1), char(2)) AS marked, snippet(sentence_fts, 0, '[', ']', '…', 14) AS snippet
                    FROM sentence_fts WHERE sentence_fts MATCH ? AND rowid = ?
                    """, arguments: [query, rid])
                let start: Int = r["start"]
                return SearchHit(document: r["name"], path: r["path"], start: start, end: r["end"],
                                 matches: Self.spans(marks?["marked"] ?? "", offset: start), speaker: r["speaker"], date: r["date"],
                                 snippet: marks?["snippet"] ?? "", rank: r["rank"])
            }
        }
    }

    /// Match spans from a sentence with \u{1}…\u{2} around its matches (offsets count the sentence's scalars).
    static func spans(_ marked: String, offset: Int) -> [TextSpan] {
        var out: [TextSpan] = []
        var pos = offset, open: Int?
        for c in marked.unicodeScalars {
            if c == "\u{1}" { open = pos; continue }
            if c == "\u{2}", let o = open { out.append(TextSpan(o, pos)); open = nil; continue }
            pos += 1
        }
        return out
    }
}
