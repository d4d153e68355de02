/// One row of `briefing list`: what a document is, at a glance.
public struct ListEntry: Codable, Sendable {
    public var path: String
    public var document: String
    public var format: DocumentFormat
    public var title: String
    /// `YYYY-MM-DD`, or nil when the document states no date.
    public var date: String?
    public var dateSource: String?
    public var source: String?
    public var words: Int
    public var speakers: Int
    public var people: [Person]
    public var body: TextSpan
    public var publisherSummary: TextSpan?
    /// For an undated document: the range inferred from its content, and why.
    public var inferredEarliest: String?
    public var inferredLatest: String?
    public var dateReason: String?
    /// For plain text without labels: `conversation` or `article`, and the measures that decided it.
    public var kind: String?
    public var kindReason: String?

    public init(_ doc: Document, turns: [Turn], dating: DocumentDating? = nil, kind: String? = nil) {
        if let kind {
            self.kind = kind.hasPrefix("conversation") ? "conversation" : "article"
            kindReason = kind
        }
        if doc.date == nil, let d = dating {
            inferredEarliest = d.anchor?.earliest.iso
            inferredLatest = d.anchor?.latest.iso
            dateReason = d.reason
        }
        path = doc.path
        document = doc.name
        format = doc.format
        title = doc.title
        date = doc.date?.iso
        dateSource = doc.dateSource
        source = doc.source
        words = doc.wordCount
        let named = Set(turns.map(\.speaker)).subtracting([SpeakerNames.unknown])
        speakers = max(named.count, doc.people.count)
        people = doc.people
        body = doc.body
        publisherSummary = doc.publisherSummary
    }
}

/// What `briefing list --json` prints.
public struct ListReport: Codable, Sendable {
    public var documents: [ListEntry]
    public var warnings: [String]
    public init(documents: [ListEntry], warnings: [String]) {
        self.documents = documents
        self.warnings = warnings
    }
}
