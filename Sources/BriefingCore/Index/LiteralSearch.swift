import Foundation
import GRDB

/// Search for text the word index cannot split: Chinese, Japanese and Korean write words without spaces, so
/// FTS5's unicode61 tokenizer keeps a whole run of them as one token and a word inside it is never found.
/// Such a query is matched as literal text in the documents instead (every term must occur), and the
/// documents with the most occurrences come first. A scan of the stored texts: linear, and only for these
/// queries.
extension CorpusIndex {
    /// Whether the query holds a character of a script written without spaces between words.
    static func needsLiteralSearch(_ input: String) -> Bool {
        input.unicodeScalars.contains { isUnspacedScript($0) }
    }

    static func isUnspacedScript(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F,
             0xF900...0xFAFF, 0x20000...0x2FA1F, 0x0E00...0x0E7F:
            return true
        default:
            return false
        }
    }

    /// The literal terms of a query: "quoted phrases" whole, other text split at spaces and punctuation.
    static func literalTerms(_ input: String) -> [String] {
        var terms: [String] = []
        for (k, part) in input.components(separatedBy: "\"").enumerated() {
            let piece = part.trimmingCharacters(in: .whitespacesAndNewlines)
            if k % 2 == 1 { if !piece.isEmpty { terms.append(piece.lowercased()) }; continue }
            terms += piece.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { $0.lowercased() }
        }
        var seen = Set<String>()
        return terms.filter { seen.insert($0).inserted }
    }

    func literalSearch(_ input: String, filter: SearchFilter) throws -> [SearchHit] {
        let terms = Self.literalTerms(input).prefix(Self.maxQueryTerms)
        guard !terms.isEmpty else { return [] }
        let wantedPaths = filter.paths.map(Set.init)
        return try db.read { db in
            let condition = terms.map { _ in "instr(lower(text), ?) > 0" }.joined(separator: " AND ")
            var docs: [MatchedDocument] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT id, name, path, title, date, text FROM documents WHERE \(condition)",
                                           arguments: StatementArguments(Array(terms)))
            while let row = try rows.next() {
                if let paths = wantedPaths, !paths.contains(row["path"]) { continue }
                if let d = filter.document, !((row["name"] as String).localizedCaseInsensitiveContains(d) || (row["title"] as String).localizedCaseInsensitiveContains(d)) { continue }
                let date: String? = row["date"]
                if let f = filter.from, (date ?? "") < f.iso { continue }
                if let to = filter.to, date == nil || date! > to.iso { continue }
                let scalars = Array((row["text"] as String).unicodeScalars)
                let matches = Self.occurrences(of: Array(terms), in: scalars)
                // A cursor's row is valid only until the next step: keep a copy of its metadata (not its text).
                let meta = Row(["id": row["id"] as Int64, "name": row["name"] as String, "path": row["path"] as String,
                                "title": row["title"] as String, "date": date])
                var doc = MatchedDocument(row: meta, rank: -Double(matches.count), scalars: scalars, candidates: [])
                doc.candidates = try candidates(db, document: row["id"], scalars: scalars, matches: matches)
                if let sp = filter.speaker { doc.candidates = doc.candidates.filter { $0.speaker?.localizedCaseInsensitiveContains(sp) ?? false } }
                docs.append(doc)
            }
            docs.sort { ($0.rank, $0.row["path"] as String) < ($1.rank, $1.row["path"] as String) }
            var hits: [SearchHit] = []
            var spare: [SearchHit] = []
            for doc in docs {
                hits += doc.candidates.prefix(Self.perDocument).map(doc.hit)
                spare += doc.candidates.dropFirst(Self.perDocument).map(doc.hit)
            }
            return Array((hits + spare).prefix(filter.limit))
        }
    }

    /// Every occurrence of the terms in the text (compared lower-cased, scalar by scalar), in text order and
    /// not overlapping.
    static func occurrences(of terms: [String], in scalars: [Unicode.Scalar]) -> [TextSpan] {
        let lowered = scalars.map { c -> Unicode.Scalar in
            if c.value < 0x80 { return c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 0x20)! : c }
            guard c.properties.changesWhenLowercased else { return c } // CJK and most text: no string made
            let l = c.properties.lowercaseMapping.unicodeScalars
            return l.count == 1 ? l.first! : c
        }
        var spans: [TextSpan] = []
        for term in terms {
            let t = Array(term.unicodeScalars)
            guard !t.isEmpty, t.count <= lowered.count else { continue }
            var i = 0
            while i + t.count <= lowered.count {
                if lowered[i] == t[0], Array(lowered[i..<(i + t.count)]) == t { spans.append(TextSpan(i, i + t.count)); i += t.count } else { i += 1 }
            }
        }
        spans.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        var out: [TextSpan] = []
        for s in spans where out.last.map({ s.start >= $0.end }) ?? true { out.append(s) }
        return out
    }
}
