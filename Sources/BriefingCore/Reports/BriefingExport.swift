import Foundation

/// A briefing to take away: the timeline (entries with their mentions), the claim threads, per-speaker
/// summaries and topics of a corpus, within a scope (a speaker, a topic, a date range), every item with the
/// document and offsets it comes from. `ExportWriter` renders it as Markdown or HTML.
public struct BriefingExport: Sendable {
    /// What the briefing is limited to.
    public struct Scope: Sendable, Equatable {
        public var speaker: String?
        public var topic: String?
        public var from: Day?
        public var to: Day?
        public init(speaker: String? = nil, topic: String? = nil, from: Day? = nil, to: Day? = nil) {
            self.speaker = speaker; self.topic = topic; self.from = from; self.to = to
        }

        /// "speaker X · topic Y · from … to …", or "everything".
        public var description: String {
            var parts: [String] = []
            if let speaker { parts.append("speaker \(speaker)") }
            if let topic { parts.append("topic \(topic)") }
            if from != nil || to != nil { parts.append("dates \(from?.iso ?? "…") to \(to?.iso ?? "…")") }
            return parts.isEmpty ? "all documents, speakers and dates" : parts.joined(separator: " · ")
        }
    }

    /// Where an item comes from: its document, and the characters it spans there.
    public struct Source: Sendable, Equatable {
        public var document: String
        public var path: String
        public var start: Int
        public var end: Int
        /// A `file:` URI with an RFC 5147 fragment (`#char=START,END`) pointing at the passage.
        public var uri: String { URL(fileURLWithPath: path).absoluteString + fragment }

        /// The passage as a link from a file in `base` (a folder): a relative reference when there is a base,
        /// else the absolute path, with the RFC 5147 fragment. Markdown renderers refuse `file:` links, and a
        /// relative one keeps working when the briefing and its documents are moved together.
        public func href(from base: String?) -> String {
            let target = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
            guard let base else { return "/" + target.dropFirst().map(Source.encode).joined(separator: "/") + fragment }
            let from = URL(fileURLWithPath: base, isDirectory: true).standardizedFileURL.pathComponents
            var common = 0
            while common < min(from.count, target.count - 1), from[common] == target[common] { common += 1 }
            let up = Array(repeating: "..", count: from.count - common)
            return (up + target[common...].map(Source.encode)).joined(separator: "/") + fragment
        }

        var fragment: String { "#char=\(start),\(end)" }

        static func encode(_ component: String) -> String {
            var allowed = CharacterSet.urlPathAllowed
            allowed.remove(charactersIn: "/;?#")
            return component.addingPercentEncoding(withAllowedCharacters: allowed) ?? component
        }
    }

    public struct DocumentItem: Sendable {
        public var title: String
        public var date: String?
        public var format: String
        public var source: Source
    }

    public struct Mention: Sendable {
        public var source: Source
        public var speaker: String?
        /// The words that date it ("last June").
        public var when: String
    }

    public struct Event: Sendable {
        public var date: String
        public var label: String
        public var mentions: [Mention]
        public var documents: Int { Set(mentions.map(\.source.path)).count }
    }

    public struct ThreadClaim: Sendable {
        public var claimant: String
        public var saidOn: String?
        public var text: String
        /// How it relates to the claim before it in the thread (agrees, differs, …), when they are linked.
        public var link: String?
        public var source: Source
    }

    public struct Thread: Sendable {
        public var subject: String
        public var figures: String?
        public var claims: [ThreadClaim]
    }

    public struct SpeakerSummary: Sendable {
        public var name: String
        public var role: String?
        public var words: Int
        public var documents: Int
        public var sentences: [(text: String, source: Source)]
    }

    public struct TopicItem: Sendable {
        public var label: String
        public var mentions: Int
        public var documents: [String]
        public var first: Source?
    }

    public var title: String
    public var scope: Scope
    /// The folder the briefing is written to; links to the documents are relative to it (absolute when nil).
    public var linkBase: String?
    public var documents: [DocumentItem] = []
    public var events: [Event] = []
    public var threads: [Thread] = []
    public var speakers: [SpeakerSummary] = []
    public var topics: [TopicItem] = []

    /// Most speakers summarised when no speaker is asked for, and sentences per speaker.
    public static let speakerLimit = 12
    public static let sentencesPerSpeaker = 3

    /// Gathers the briefing from a corpus and its analysis (the same products the reader shows).
    public init(title: String, scope: Scope, documents docs: [Document], analyses: [SpeakerAnalysis],
                timeline: [TimelineEntry], claims: [Claim], threads claimThreads: [ClaimThread],
                topics: [String: [Topic]], candidates: [Summarizer.Candidate]) {
        self.title = title
        self.scope = scope
        let pathOf = Dictionary(docs.map { ($0.name, $0.path) }, uniquingKeysWith: { a, _ in a })
        func source(_ document: String, _ path: String?, _ start: Int, _ end: Int) -> Source {
            Source(document: document, path: path ?? pathOf[document] ?? document, start: start, end: end)
        }
        let topicTerms = scope.topic.map { t in BriefingExport.phrases(t, topics: topics) } ?? []
        func aboutTopic(_ text: String) -> Bool {
            guard scope.topic != nil else { return true }
            let lower = text.lowercased()
            return topicTerms.contains { lower.contains($0) }
        }
        func sameSpeaker(_ s: String?) -> Bool { scope.speaker.map { want in s?.caseInsensitiveCompare(want) == .orderedSame } ?? true }

        documents = docs.map { d in
            DocumentItem(title: d.title.isEmpty ? d.name : d.title, date: d.date?.iso, format: d.format.rawValue,
                         source: source(d.name, d.path, 0, d.text.count))
        }

        // The timeline: entries within the dates, their mentions by the speaker, about the topic.
        for e in timeline.sorted(by: { ($0.date.earliest, $0.id) < ($1.date.earliest, $1.id) }) {
            if let from = scope.from, e.date.latest < from { continue }
            if let to = scope.to, e.date.earliest > to { continue }
            let mentions = e.mentions.filter { sameSpeaker($0.speaker) }
            guard !mentions.isEmpty, aboutTopic(e.label) else { continue }
            events.append(Event(date: e.date.label, label: e.label, mentions: mentions.map {
                Mention(source: source($0.document, $0.path, $0.start, $0.end), speaker: $0.speaker, when: $0.when)
            }))
        }

        // Claim threads that hold a claim in scope, each in date order with the links between its claims.
        let byID = Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for t in claimThreads {
            let members = t.claims.compactMap { byID[$0] }
            let inScope = members.filter { c in
                sameSpeaker(c.claimant) && aboutTopic(t.subject + " " + c.text) && BriefingExport.within(c.saidOn, scope)
            }
            guard !inScope.isEmpty else { continue }
            var items: [ThreadClaim] = []
            var earlier: [Int] = []
            for c in members.sorted(by: { ($0.saidOn ?? "9999", $0.id) < ($1.saidOn ?? "9999", $1.id) }) {
                let link = c.links.last { earlier.contains($0.id) }.map(\.kind.rawValue)
                items.append(ThreadClaim(claimant: c.claimant ?? "the author", saidOn: c.saidOn, text: c.text, link: link,
                                         source: source(c.document, c.path, c.start, c.end)))
                earlier.append(c.id)
            }
            threads.append(Thread(subject: t.subject, figures: t.figures, claims: items))
        }

        // Per-speaker summaries: the speakers who say most (or the one asked for), on the topic first.
        let people = SpeakersReport(Array(zip(docs, analyses))).people
            .filter { sameSpeaker($0.name) }
            .sorted { a, b in (a.words, b.name) > (b.words, a.name) }
            .prefix(scope.speaker == nil ? BriefingExport.speakerLimit : Int.max)
        var summarizer = Summarizer()
        summarizer.partBonus = 0
        let focus = scope.topic.map { _ in TopicFocus(phrases: topicTerms) }
        for p in people {
            let pool = candidates.filter { $0.speaker == p.name }
            guard !pool.isEmpty else { continue }
            let chosen = summarizer.summarize(pool, count: BriefingExport.sentencesPerSpeaker, focus: focus)
            speakers.append(SpeakerSummary(name: p.name, role: p.role, words: p.words, documents: p.documents.count,
                                           sentences: chosen.map { ($0.text, source($0.document, nil, $0.start, $0.end)) }))
        }

        // Topics across the documents: by how many documents take them up, then how often.
        var merged: [String: TopicItem] = [:]
        for name in topics.keys.sorted() {
            for t in (topics[name] ?? []).prefix(CorpusAnalysis.listedTopics) {
                let passages = t.passages.filter { sameSpeaker($0.speaker) }
                guard !passages.isEmpty, aboutTopic(([t.label] + t.variants).joined(separator: " ")) || scope.topic == nil else { continue }
                let key = t.label.lowercased()
                var item = merged[key] ?? TopicItem(label: t.label, mentions: 0, documents: [], first: nil)
                item.mentions += passages.count
                for p in passages where !item.documents.contains(p.document) { item.documents.append(p.document) }
                if item.first == nil, let p = passages.first { item.first = source(p.document, nil, p.start, p.end) }
                merged[key] = item
            }
        }
        let ranked = merged.values.sorted { ($0.documents.count, $0.mentions, $1.label) > ($1.documents.count, $1.mentions, $0.label) }
        self.topics = Array(ranked.prefix(20))
    }

    /// The words that stand for a topic: its label and the variants the analysis found, lower-cased.
    static func phrases(_ topic: String, topics: [String: [Topic]]) -> [String] {
        let want = topic.lowercased()
        var out: Set<String> = [want]
        for list in topics.values {
            for t in list.prefix(CorpusAnalysis.listedTopics) where t.label.lowercased() == want || t.variants.contains(where: { $0.lowercased() == want }) {
                out.insert(t.label.lowercased())
                for v in t.variants { out.insert(v.lowercased()) }
            }
        }
        return out.sorted()
    }

    /// Whether a claim said on `saidOn` (YYYY-MM-DD, or nil when undated) falls in the scope's dates.
    static func within(_ saidOn: String?, _ scope: Scope) -> Bool {
        guard scope.from != nil || scope.to != nil else { return true }
        guard let s = saidOn, let day = Day(iso: String(s.prefix(10))) else { return false }
        if let from = scope.from, day < from { return false }
        if let to = scope.to, day > to { return false }
        return true
    }
}
