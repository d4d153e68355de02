import BriefingCore
import Foundation

/// The reader's documents: a header for each (all the document list needs) and the full model, made on
/// first use. A shelf built from models holds them all; a shelf built from headers and a loader (the index)
/// decodes a document when the reader first shows it, so a large folder opens without decoding every text.
/// A shelf that `decodesInBackground` never decodes when asked for a model: it gives what is made, and the
/// run loop has `load` make the rest on another thread (`AppState.documentToLoad`).
public struct DocumentShelf: Sendable {
    public let headers: [DocumentHeader]
    private let store: ModelStore
    /// Models are made only by `load`, off the reader's loop.
    public let decodesInBackground: Bool
    /// Models replaced in this state (a speaker correction), over what the store holds.
    private var replaced: [Int: DocumentModel] = [:]

    /// Every model at hand.
    public init(_ models: [DocumentModel]) {
        headers = models.map { DocumentHeader($0.document) }
        store = ModelStore(models: models)
        decodesInBackground = false
    }

    /// Headers now, each model from `source` on first use (kept for the most recently used documents); with
    /// `decodesInBackground`, made only by `load`.
    public init(headers: [DocumentHeader], source: any DocumentSource, decodesInBackground: Bool = false) {
        self.headers = headers
        store = ModelStore(source: source)
        self.decodesInBackground = decodesInBackground
    }

    public var count: Int { headers.count }
    public var indices: Range<Int> { headers.indices }

    /// The model of document `i` (nil when it cannot be read any more, or is still to be made in the background).
    public subscript(_ i: Int) -> DocumentModel? {
        guard headers.indices.contains(i) else { return nil }
        if let model = replaced[i] { return model }
        return decodesInBackground ? store.made(i) : store.model(i, headers[i])
    }

    /// Whether document `i`'s model is still to be made by `load` (it is neither made nor known to be unreadable).
    public func isPending(_ i: Int) -> Bool {
        decodesInBackground && headers.indices.contains(i) && replaced[i] == nil && store.isPending(i)
    }

    /// Makes document `i`'s model, on the calling thread (any thread); false when it cannot be read.
    @discardableResult
    public func load(_ i: Int) -> Bool {
        guard headers.indices.contains(i) else { return false }
        return replaced[i] != nil || store.model(i, headers[i]) != nil
    }

    /// Every document with its speaker analysis (for the corpus-wide analysis), read in one go.
    public func all() -> [(Document, SpeakerAnalysis)] {
        let corrected = Dictionary(uniqueKeysWithValues: replaced.map { (headers[$0.key].path, $0.value) })
        return store.all(headers).map { pair in corrected[pair.0.path].map { ($0.document, $0.analysis) } ?? pair }
    }

    /// Replaces a document's model (after a correction).
    public mutating func replace(_ i: Int, with model: DocumentModel) {
        replaced[i] = model
    }

    /// The position of the document at `path` (as shown or absolute).
    public func index(ofPath path: String) -> Int? {
        headers.firstIndex { $0.path == path } ?? headers.firstIndex { $0.absolutePath == path }
    }
}

/// Where a lazy shelf reads documents from (the index).
public protocol DocumentSource: Sendable {
    /// One document with its speaker analysis; nil when it cannot be read.
    func document(_ header: DocumentHeader) -> (Document, SpeakerAnalysis)?
    /// Many at once, in order, leaving out those that cannot be read.
    func documents(_ headers: [DocumentHeader]) -> [(Document, SpeakerAnalysis)]
}

extension CorpusIndex: DocumentSource {}

/// The models of a shelf: all of them, or a source with the last few models it gave.
final class ModelStore: @unchecked Sendable {
    private let lock = NSLock()
    private var models: [Int: DocumentModel] = [:]
    private var recent: [Int] = []
    /// Documents the source could not give.
    private var unreadable: Set<Int> = []
    private let source: (any DocumentSource)?
    /// How many models a lazy store keeps.
    static let keep = 16

    init(models: [DocumentModel]) {
        self.models = Dictionary(uniqueKeysWithValues: models.enumerated().map { ($0, $1) })
        source = nil
    }

    init(source: any DocumentSource) {
        self.source = source
    }

    func all(_ headers: [DocumentHeader]) -> [(Document, SpeakerAnalysis)] {
        guard let source else { return headers.indices.compactMap { i in models[i].map { ($0.document, $0.analysis) } } }
        return source.documents(headers)
    }

    /// The model if made (and then the most recently used); never decodes.
    func made(_ i: Int) -> DocumentModel? {
        lock.lock()
        defer { lock.unlock() }
        return touch(i)
    }

    /// Whether the source still has document `i` to give.
    func isPending(_ i: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return source != nil && models[i] == nil && !unreadable.contains(i)
    }

    func model(_ i: Int, _ header: DocumentHeader) -> DocumentModel? {
        lock.lock()
        if let m = touch(i) { lock.unlock(); return m }
        guard let source else { lock.unlock(); return nil }
        lock.unlock()
        // Decoded without the lock, so that the loop's `made` never waits on a decoding.
        let decoded = source.document(header).map { DocumentModel($0.0, analysis: $0.1) }
        lock.lock()
        defer { lock.unlock() }
        if let m = models[i] { return m } // made meanwhile by another thread
        guard let m = decoded else { unreadable.insert(i); return nil }
        models[i] = m
        recent.append(i)
        if recent.count > ModelStore.keep { models[recent.removeFirst()] = nil }
        return m
    }

    /// The model if made, marked most recently used. Called with the lock held.
    private func touch(_ i: Int) -> DocumentModel? {
        guard let m = models[i] else { return nil }
        if source != nil, recent.last != i { recent.removeAll { $0 == i }; recent.append(i) }
        return m
    }
}
