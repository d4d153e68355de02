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

/// Full-text search over the index (FTS5, Porter stemming) of documents: words, "quoted phrases", prefixes (`mobili*`,
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

    /// Most words or phrases a search uses: a longer query (a pasted page) is cut to its first this many
    /// different ones, so that a search stays fast however much is pasted (`queryIsCut` says when).
    public static let maxQueryTerms = 64

    /// Whether `search` uses only the first `maxQueryTerms` words or phrases of the query.
    public static func queryIsCut(_ input: String) -> Bool {
        if needsLiteralSearch(input) { return literalTerms(input).count > maxQueryTerms }
        return (ftsTerms(input)?.count ?? 0) > maxQueryTerms
    }

    /// The FTS5 query for what a user typed: every word quoted (so punctuation cannot break the syntax),
    /// phrases kept, a trailing `*` kept as a prefix search, repeats dropped and at most `maxQueryTerms` of
    /// them. Nil when nothing searchable is left.
    public static func ftsQuery(_ input: String) -> String? {
        guard let terms = ftsTerms(input) else { return nil }
        return terms.prefix(maxQueryTerms).joined(separator: " ")
    }

    /// The query's terms in FTS5 syntax, each once, in the order typed (one pass over the input).
    static func ftsTerms(_ input: String) -> [String]? {
        // The index holds stems ("desperation" → "desper"), so a prefix searches from its first five letters.
        func term(_ w: String) -> String { w.hasSuffix("*") ? "\"\(w.dropLast().prefix(5))\"*" : "\"\(w)\"" }
        var parts: [String] = []
        var rest = Substring(input)
        while let q = rest.firstIndex(of: "\"") {
            parts += words(rest[..<q]).map(term)
            let after = rest.index(after: q)
            guard let close = rest[after...].firstIndex(of: "\"") else { rest = rest[after...]; break }
            let phrase = words(rest[after..<close]).map { $0.replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "*", with: "") }
            if !phrase.isEmpty { parts.append("\"" + phrase.joined(separator: " ") + "\"") }
            rest = rest[rest.index(after: close)...]
        }
        parts += words(rest).map(term)
        var seen = Set<String>()
        let unique = parts.filter { seen.insert($0.lowercased()).inserted }
        return unique.isEmpty ? nil : unique
    }

    static func words<S: StringProtocol>(_ s: S) -> [String] {
        s.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "*" || $0 == "'" || $0 == "-") })
            .map { String($0) }.filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
    }

    /// Sentences of one document a search takes before the next document's (more when documents run out).
    static let perDocument = 4

    /// Documents are ranked by BM25 over the whole text (few rows, so ranking is cheap however common the
    /// words); in each, the matched words are located and the sentences holding the most of them become hits.
    public func search(_ input: String, filter: SearchFilter = SearchFilter()) throws -> [SearchHit] {
        if Self.needsLiteralSearch(input) { return try literalSearch(input, filter: filter) }
        guard let query = Self.ftsQuery(input) else { return [] }
        let wantedPaths = filter.paths.map(Set.init)
        return try db.read { db in
            // The best documents first, through FTS5's own ORDER BY rank LIMIT (no join, so nothing but the
            // ranking runs per match); widened when filters or few matching sentences leave too few hits.
            var k = max(16, filter.limit)
            var seen = 0
            var hits: [SearchHit] = []
            var spare: [(MatchedDocument, Candidate)] = [] // beyond a document's share, taken only when documents run out
            while true {
                let top = try Row.fetchAll(db, sql: "SELECT rowid AS id, rank FROM document_fts WHERE document_fts MATCH ? ORDER BY rank LIMIT ?",
                                           arguments: [query, k])
                let fresh = Array(top.dropFirst(seen))
                seen = top.count
                let ids = fresh.map { $0["id"] as Int64 }
                var meta: [Int64: Row] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT id, name, path, title, date FROM documents WHERE id IN (\(ids.map(String.init).joined(separator: ",")))") {
                    meta[row["id"]] = row
                }
                for t in fresh {
                    guard hits.count < filter.limit, let row = meta[t["id"]] else { continue }
                    if let paths = wantedPaths, !paths.contains(row["path"]) { continue }
                    if let d = filter.document, !((row["name"] as String).localizedCaseInsensitiveContains(d) || (row["title"] as String).localizedCaseInsensitiveContains(d)) { continue }
                    let date: String? = row["date"]
                    if let f = filter.from, (date ?? "") < f.iso { continue }
                    if let to = filter.to, date == nil || date! > to.iso { continue }
                    var doc = try matchedDocument(db, query: query, document: row, rank: t["rank"])
                    if let sp = filter.speaker { doc.candidates = doc.candidates.filter { $0.speaker?.localizedCaseInsensitiveContains(sp) ?? false } }
                    hits += doc.candidates.prefix(Self.perDocument).map(doc.hit)
                    spare += doc.candidates.dropFirst(Self.perDocument).map { (doc, $0) }
                }
                if hits.count >= filter.limit || top.count < k { break }
                k *= 4
            }
            if hits.count < filter.limit { hits += spare.prefix(filter.limit - hits.count).map { $0.0.hit($0.1) } }
            return Array(hits.prefix(filter.limit))
        }
    }

    /// A sentence that holds matches, before it is made a hit.
    struct Candidate {
        var span: TextSpan
        var matches: [TextSpan]
        var speaker: String?
        /// How many different words or phrases it matches.
        var distinct: Int
    }

    /// A matching document: its row, its rank, its text as scalars, and its sentences that hold matches,
    /// most matches first (then in reading order).
    struct MatchedDocument {
        var row: Row
        var rank: Double
        var scalars: [Unicode.Scalar]
        var candidates: [Candidate]

        func hit(_ c: Candidate) -> SearchHit {
            SearchHit(document: row["name"], path: row["path"], start: c.span.start, end: c.span.end, matches: c.matches,
                      speaker: c.speaker, date: row["date"], snippet: CorpusIndex.snippet(scalars, c.span, c.matches), rank: rank)
        }
    }

    func matchedDocument(_ db: Database, query: String, document row: Row, rank: Double) throws -> MatchedDocument {
        let id: Int64 = row["id"]
        var doc = MatchedDocument(row: row, rank: rank, scalars: [], candidates: [])
        guard let marked = try String.fetchOne(db, sql: """
            SELECT highlight(document_fts, 0, char(1), char(2)) FROM document_fts WHERE document_fts MATCH ? AND rowid = ?
            """, arguments: [query, id]) else { return doc }
        let (scalars, matches) = Self.unmark(marked)
        doc.scalars = scalars
        doc.candidates = try candidates(db, document: id, scalars: scalars, matches: matches)
        return doc
    }

    /// The sentences of a document that hold matches, most different matches first (then in reading order).
    func candidates(_ db: Database, document id: Int64, scalars: [Unicode.Scalar], matches: [TextSpan]) throws -> [Candidate] {
        var found: [Candidate] = []
        guard let first = matches.first, let last = matches.last else { return found }
        let sentences = try Row.fetchCursor(db, sql: #"SELECT start, "end", speaker FROM sentences WHERE document = ? AND "end" > ? AND start < ? ORDER BY start"#,
                                            arguments: [id, first.start, last.end])
        var m = 0
        while let s = try sentences.next() {
            let span = TextSpan(s[0], s[1])
            while m < matches.count, matches[m].end <= span.start { m += 1 }
            var k = m
            while k < matches.count, matches[k].start < span.end { k += 1 }
            guard k > m else { continue }
            let inside = Array(matches[m..<k])
            let distinct = inside.count == 1 ? 1 : Set(inside.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])).lowercased() }).count
            found.append(Candidate(span: span, matches: inside, speaker: s[2], distinct: distinct))
        }
        return found.enumerated().sorted { ($0.element.distinct, -$0.offset) > ($1.element.distinct, -$1.offset) }.map(\.element)
    }

    /// A text with \u{1}…\u{2} around its matches: the plain scalars and the matches' spans in them.
    static func unmark(_ marked: String) -> ([Unicode.Scalar], [TextSpan]) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(marked.utf8.count)
        var spans: [TextSpan] = []
        var open: Int?
        for c in marked.unicodeScalars {
            if c == "\u{1}" { open = scalars.count; continue }
            if c == "\u{2}", let o = open { spans.append(TextSpan(o, scalars.count)); open = nil; continue }
            scalars.append(c)
        }
        return (scalars, spans)
    }

    /// The sentence around its matches, [bracketed], cut to about fourteen words either side of the first.
    static func snippet(_ scalars: [Unicode.Scalar], _ sentence: TextSpan, _ matches: [TextSpan]) -> String {
        // Where the n-th word before `i` starts, and where the n-th word after `i` ends.
        func wordsBack(from i: Int, _ n: Int) -> Int {
            var j = i - 1, words = 0
            while j > sentence.start {
                if scalars[j - 1].isSpace, !scalars[j].isSpace { words += 1; if words == n { return j } }
                j -= 1
            }
            return sentence.start
        }
        func wordsOn(from i: Int, _ n: Int) -> Int {
            var j = i + 1, words = 0
            while j < sentence.end {
                if scalars[j].isSpace, !scalars[j - 1].isSpace { words += 1; if words == n { return j } }
                j += 1
            }
            return sentence.end
        }
        let from = wordsBack(from: matches[0].start, 14), to = wordsOn(from: matches[0].end, 14)
        var out = String.UnicodeScalarView()
        if from > sentence.start { out.append("…") }
        var i = from
        for m in matches where m.start >= from && m.end <= to {
            out.append(contentsOf: scalars[i..<m.start]); out.append("["); out.append(contentsOf: scalars[m.start..<m.end]); out.append("]")
            i = m.end
        }
        out.append(contentsOf: scalars[i..<to])
        if to < sentence.end { out.append("…") }
        // What the reader does not show (blanked markup and timings) is left out; white space folds.
        var folded = String.UnicodeScalarView()
        var space = false
        for c in out where c != VisibleText.hidden {
            if c.isSpace { space = !folded.isEmpty; continue }
            if space { folded.append(" "); space = false }
            folded.append(c)
        }
        return String(folded)
    }
}
