import Foundation

/// Each document's sentences for the steps of one corpus analysis: segmented once, when a step first asks for
/// a document's (a step that reads its product back from the index never does, so an unchanged document is not
/// segmented at all), and kept for the steps after it. Safe to ask from worker threads.
public final class DocumentSentences: @unchecked Sendable {
    private let documents: [Document]
    private var made: [[Sentence]?]
    private let lock = NSLock()

    /// The sentences of these documents, each segmented when first asked for.
    public init(_ documents: [Document]) {
        self.documents = documents
        made = Array(repeating: nil, count: documents.count)
    }

    /// Sentences already segmented, document by document.
    public init(_ given: [[Sentence]]) {
        documents = []
        made = given
    }

    /// Document `n`'s sentences.
    public subscript(n: Int) -> [Sentence] {
        lock.lock()
        let known = made[n]
        lock.unlock()
        if let known { return known }
        let found = documents[n].sentences()
        lock.lock()
        made[n] = found
        lock.unlock()
        return found
    }
}
