import Foundation

/// Each document's sentences for the steps of one corpus analysis: segmented once, when a step first asks for
/// a document's (a step that reads its product back from the index never does, so an unchanged document is not
/// segmented at all), and kept for the steps after it. Safe to ask from worker threads.
/// A step that reads its documents afresh hands them over (`read`) and lets them go after (`letGo`): the sentences
/// stay, the documents are not held between the steps.
public final class DocumentSentences: @unchecked Sendable {
    private var documents: [Document]
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

    /// The documents, the same in the same order, as a step has read them again; held until every step that
    /// handed them over has called `letGo` (steps may run side by side).
    func read(_ documents: [Document]) {
        lock.lock(); self.documents = documents; readers += 1; lock.unlock()
    }

    /// A step is done with the documents: the last one lets them go (the sentences made stay).
    func letGo() {
        lock.lock()
        readers = max(0, readers - 1)
        if readers == 0 { documents = [] }
        lock.unlock()
    }

    private var readers = 0

    /// Document `n`'s sentences.
    public subscript(n: Int) -> [Sentence] {
        lock.lock()
        let known = made[n]
        let document = known == nil ? documents[n] : nil
        lock.unlock()
        if let known { return known }
        let found = document!.sentences()
        lock.lock()
        made[n] = found
        lock.unlock()
        return found
    }
}
