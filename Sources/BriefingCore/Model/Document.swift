/// One document as read from disk: its original text, what the format told us about it
/// (title, date, people), and its body split into blocks whose spans point into the original text.
public struct Document: Sendable {
    /// The path as found (relative to the folder the user gave, or as given).
    public var path: String
    public var text: SourceText
    public var format: DocumentFormat
    public var title: String
    /// The document's own date (header, front matter, `briefing.yaml`), when it states one.
    public var date: Day?
    /// Where `date` came from, for display ("header", "front matter", "briefing.yaml").
    public var dateSource: String?
    /// The show, outlet or source, when stated.
    public var source: String?
    public var authors: [String]
    public var people: [Person]
    /// A summary written by the publisher (often in another language); never mixed with ours.
    public var publisherSummary: TextSpan?
    /// Where the body (the text to read and analyse) starts and ends.
    public var body: TextSpan
    public var blocks: [Block]
    /// Speaker label or alias → the person's name, from `briefing.yaml` or front matter.
    public var speakerAliases: [String: String]
    /// Other `key: value` metadata (front matter, `briefing.yaml`).
    public var metadata: [String: String]
    /// Things a user should know about this file (bad bytes, ignored front matter).
    public var warnings: [String]

    public init(path: String, text: SourceText, format: DocumentFormat, title: String = "", date: Day? = nil,
                dateSource: String? = nil, source: String? = nil, authors: [String] = [], people: [Person] = [],
                publisherSummary: TextSpan? = nil, body: TextSpan? = nil, blocks: [Block] = [],
                speakerAliases: [String: String] = [:], metadata: [String: String] = [:], warnings: [String] = []) {
        self.path = path
        self.text = text
        self.format = format
        self.title = title
        self.date = date
        self.dateSource = dateSource
        self.source = source
        self.authors = authors
        self.people = people
        self.publisherSummary = publisherSummary
        self.body = body ?? text.whole
        self.blocks = blocks
        self.speakerAliases = speakerAliases
        self.metadata = metadata
        self.warnings = warnings
    }

    /// The file name without folders.
    public var name: String { Document.name(of: path) }

    /// The last non-empty part of a path ("b" for "a/b/"), or the path itself when it has none. (Read from the
    /// end: claims and topics ask for it often, and splitting the whole path each time showed in profiles.)
    public static func name(of path: String) -> String {
        var end = path.endIndex
        while end > path.startIndex, path[path.index(before: end)] == "/" { end = path.index(before: end) }
        guard end > path.startIndex else { return path }
        let start = path[..<end].lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        return String(path[start..<end])
    }

    /// The body's paragraphs (blocks with text), each as its pieces.
    public var paragraphs: [[TextSpan]] { blocks.map(\.pieces).filter { !$0.isEmpty } }

    /// The body's sentences. Analyses that run together take them once and pass them along.
    public func sentences() -> [Sentence] { SentenceSegmenter().sentences(text, paragraphs: paragraphs) }

    /// True when the format itself names who speaks (labels, voice tags).
    public var hasSpeakerLabels: Bool { blocks.contains { $0.label != nil } }

    public var wordCount: Int { blocks.reduce(0) { n, b in n + b.pieces.reduce(0) { $0 + text.wordCount($1) } } }
}
