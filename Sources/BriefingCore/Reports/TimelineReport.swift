/// What `briefing timeline --json` prints. `events` has one record per mention (so every place an event is
/// told can be found by its span), each naming its timeline `entry`; `entries` are the merged events;
/// `documents` says how each document was dated.
public struct TimelineReport: Codable, Sendable {
    /// One mention of an event, with its own date and the entry it belongs to (whose mentions are listed once,
    /// in `entries`).
    public struct Event: Codable, Sendable {
        public var document: String
        public var start: Int
        public var end: Int
        public var earliest: String
        public var latest: String
        public var precision: Precision
        /// How a reader sees the date: `2024-06`, `2024-10-28`, `late 2024`.
        public var display: String
        public var label: String
        public var speaker: String?
        /// The temporal expression(s) as written.
        public var when: String
        public var entry: Int
    }

    /// A merged event.
    public struct Entry: Codable, Sendable {
        public var id: Int
        public var earliest: String
        public var latest: String
        public var precision: Precision
        public var display: String
        public var label: String
        public var speaker: String?
        public var mentions: [TimelineMention]
    }

    /// How a document was dated.
    public struct DocumentDate: Codable, Sendable {
        public var document: String
        public var earliest: String?
        public var latest: String?
        public var inferred: Bool
        public var reason: String
    }

    public var events: [Event]
    public var entries: [Entry]
    public var documents: [DocumentDate]

    /// The report, keeping entries whose dates meet [from, to] when given.
    public init(_ r: TimelineBuilder.Result, documents docs: [Document], from: Day? = nil, to: Day? = nil) {
        self.init(r, documents: docs.map { ($0.path, $0.name) }, from: from, to: to)
    }

    /// The same from the documents' paths and names only (their headers in the index).
    public init(_ r: TimelineBuilder.Result, documents docs: [(path: String, name: String)], from: Day? = nil, to: Day? = nil) {
        let kept = r.entries.filter { e in (from.map { e.date.latest >= $0 } ?? true) && (to.map { e.date.earliest <= $0 } ?? true) }
        entries = kept.map { e in
            Entry(id: e.id, earliest: e.date.earliest.iso, latest: e.date.latest.iso, precision: e.date.precision,
                  display: e.date.label, label: e.label, speaker: e.speaker, mentions: e.mentions)
        }
        events = kept.flatMap { e in
            e.mentions.map { m in
                Event(document: m.document, start: m.start, end: m.end, earliest: m.date.earliest.iso, latest: m.date.latest.iso,
                      precision: m.date.precision, display: m.date.label, label: m.label, speaker: m.speaker, when: m.when,
                      entry: e.id)
            }
        }
        documents = docs.map { d in
            let dating = r.dating[d.path]
            return DocumentDate(document: d.name, earliest: dating?.anchor?.earliest.iso, latest: dating?.anchor?.latest.iso,
                                inferred: dating?.inferred ?? true, reason: dating?.reason ?? "not dated")
        }
    }
}
