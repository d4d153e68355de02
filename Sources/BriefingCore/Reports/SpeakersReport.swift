/// What `briefing speakers` prints: every person who speaks or is quoted, once across all documents,
/// with figures per document; and each document's speakers in order.
public struct SpeakersReport: Codable, Sendable {
    /// One person's part in one document.
    public struct Appearance: Codable, Sendable, Equatable {
        public var document: String
        public var role: String?
        public var words: Int
        public var share: Double
        public var turns: Int
        /// Sentences where the document quotes or reports this person (articles).
        public var quotes: [TextSpan]
    }

    /// One person across the corpus.
    public struct Entry: Codable, Sendable, Equatable {
        public var name: String
        public var role: String?
        public var words: Int
        public var documents: [Appearance]
    }

    public var people: [Entry]

    public init(_ docs: [(Document, SpeakerAnalysis)]) {
        var entries: [Entry] = []
        // One person across documents: the same name, or first names equal and surnames a misspelling apart.
        func entry(for name: String) -> Int {
            let words = name.split(separator: " ")
            if let i = entries.firstIndex(where: { e in
                let other = e.name.split(separator: " ")
                if e.name.lowercased() == name.lowercased() { return true }
                guard words.count >= 2, other.count >= 2 else { return false }
                return words.first!.lowercased() == other.first!.lowercased() && EditDistance.similarNames(String(words.last!), String(other.last!))
            }) { return i }
            entries.append(Entry(name: name, role: nil, words: 0, documents: []))
            return entries.count - 1
        }
        for (doc, a) in docs {
            let report = TurnsReport(doc, analysis: a)
            let total = max(1, report.speakers.reduce(0) { $0 + $1.words })
            for s in report.speakers {
                let i = entry(for: s.name)
                entries[i].documents.append(Appearance(document: doc.name, role: s.role, words: s.words,
                                                       share: Double(s.words) / Double(total), turns: s.turns, quotes: []))
                entries[i].words += s.words
                entries[i].role = entries[i].role ?? s.role
            }
            for q in a.quoted {
                let i = entry(for: q.name)
                entries[i].documents.append(Appearance(document: doc.name, role: q.role, words: 0, share: 0, turns: 0, quotes: q.quotes))
                entries[i].role = entries[i].role ?? q.role
            }
        }
        people = entries.sorted { ($0.words, $0.documents.count) > ($1.words, $1.documents.count) }
    }
}
