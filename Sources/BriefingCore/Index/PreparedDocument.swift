import Foundation

/// A document analysed and ready to write: every row the index keeps for it, made off the writer thread.
struct PreparedDocument: Sendable {
    struct Sentence: Sendable {
        var start: Int
        var end: Int
        var speaker: String?
    }

    var stat: CorpusIndex.FileStat
    var hash: String
    var name: String
    var format: String
    var title: String
    var date: String?
    var warnings: String
    var text: String
    /// The text search indexes when it differs from `text` (`Document.visibleText`).
    var visible: String?
    var payload: Data
    var turns: [Turn]
    var speakers: [TurnsReport.Speaker]
    var sentences: [Sentence]

    init(_ doc: Document, stat: CorpusIndex.FileStat, metadataHash: String) {
        let all = doc.sentences()
        let analysis = TurnBuilder.analyze(doc, sentences: all)
        self.stat = stat
        hash = CorpusIndex.hash(doc.text) + "|" + metadataHash
        name = doc.name
        format = doc.format.rawValue
        title = doc.title
        date = doc.date?.iso
        warnings = doc.warnings.joined(separator: "\n")
        text = doc.text.string(doc.text.whole)
        visible = doc.visibleText()
        var stored = StoredDocument(doc, analysis)
        stored.path = stat.path
        payload = PayloadCodec.encode(stored)
        turns = analysis.turns
        speakers = TurnsReport(doc, analysis: analysis).speakers
        sentences = all.map { s in
            Sentence(start: s.span.start, end: s.span.end, speaker: analysis.speaker(at: s.span.start))
        }
    }
}

/// The first error the index writer met (set on the writer thread, read after it has finished).
final class WriteOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var first: Error?
    var error: Error? {
        get { lock.lock(); defer { lock.unlock() }; return first }
        set { lock.lock(); if first == nil { first = newValue }; lock.unlock() }
    }
}

/// How many documents the parallel workers have finished, counted across threads.
final class DoneCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    /// Counts one more and answers the new count.
    func increment() -> Int { lock.lock(); defer { lock.unlock() }; count += 1; return count }
}
