import Foundation

/// Each document's sentences for the steps of one corpus analysis: segmented once, when a step first asks for
/// a document's (a step that reads its product back from the index never does, so an unchanged document is not
/// segmented at all), and kept for the steps after it. Safe to ask from worker threads.
/// A step that reads its documents one at a time asks with the document it has read (`of`): then none is held here.
public final class DocumentSentences: @unchecked Sendable {
    private let documents: [Document]
    private var made: [[Sentence]?]
    private let lock = NSLock()

    /// The sentences of these documents, each segmented when first asked for.
    public init(_ documents: [Document]) {
        self.documents = documents
        made = Array(repeating: nil, count: documents.count)
    }

    /// The sentences of `count` documents, each segmented when first asked for with the document (`of`).
    public init(count: Int) {
        documents = []
        made = Array(repeating: nil, count: count)
    }

    /// Sentences already segmented, document by document.
    public init(_ given: [[Sentence]]) {
        documents = []
        made = given
    }

    /// Document `n`'s sentences, `document` being that document (read by the step that asks).
    public func of(_ n: Int, _ document: Document) -> [Sentence] {
        lock.lock()
        let known = made[n]
        lock.unlock()
        if let known { return known }
        let found = document.sentences()
        lock.lock()
        made[n] = found
        lock.unlock()
        return found
    }

    /// Document `n`'s sentences.
    public subscript(n: Int) -> [Sentence] {
        lock.lock()
        let known = made[n]
        lock.unlock()
        return known ?? of(n, documents[n])
    }
}
