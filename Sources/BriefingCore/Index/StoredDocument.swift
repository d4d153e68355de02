/// A document as the index keeps it: everything but the text (which has its own column), with its speaker analysis
/// (stored as `PayloadCodec` bytes).
struct StoredDocument {
    var path: String
    var format: DocumentFormat
    var title: String
    var date: Day?
    var dateSource: String?
    var source: String?
    var authors: [String]
    var people: [Person]
    var publisherSummary: TextSpan?
    var body: TextSpan
    var blocks: [Block]
    var speakerAliases: [String: String]
    var metadata: [String: String]
    var warnings: [String]
    var analysis: SpeakerAnalysis

    init(_ d: Document, _ a: SpeakerAnalysis) {
        path = d.path; format = d.format; title = d.title; date = d.date; dateSource = d.dateSource; source = d.source
        authors = d.authors; people = d.people; publisherSummary = d.publisherSummary; body = d.body; blocks = d.blocks
        speakerAliases = d.speakerAliases; metadata = d.metadata; warnings = d.warnings; analysis = a
    }

    func document(text: String) -> Document {
        Document(path: path, text: SourceText(text), format: format, title: title, date: date, dateSource: dateSource,
                 source: source, authors: authors, people: people, publisherSummary: publisherSummary, body: body,
                 blocks: blocks, speakerAliases: speakerAliases, metadata: metadata, warnings: warnings)
    }
}
