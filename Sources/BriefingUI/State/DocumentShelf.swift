import BriefingCore
import Foundation

/// The reader's documents: a header for each (all the document list needs) and the full model, made on
/// first use. A shelf built from models holds them all; a shelf built from headers and a loader (the index)
/// decodes a document when the reader first shows it, so a large folder opens without decoding every text.
public struct DocumentShelf: Sendable {
    public let headers: [DocumentHeader]
    private let store: ModelStore
    /// Models replaced in this state (a speaker correction), over what the store holds.
    private var replaced: [Int: DocumentModel] = [:]

    /// Every model at hand.
    public init(_ models: [DocumentModel]) {
        headers = models.map { DocumentHeader($0.document) }
        store = ModelStore(models: models)
    }

    /// Headers now, each model from `source` on first use (kept for the most recently used documents).
    public init(headers: [DocumentHeader], source: any DocumentSource) {
        self.headers = headers
        store = ModelStore(source: source)
    }

    public var count: Int { headers.count }
    public var indices: Range<Int> { headers.indices }

    /// The model of document `i` (nil when it cannot be read any more).
    public subscript(_ i: Int) -> DocumentModel? {
        guard headers.indices.contains(i) else { return nil }
        return replaced[i] ?? store.model(i, headers[i])
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

    func model(_ i: Int, _ header: DocumentHeader) -> DocumentModel? {
        lock.lock()
        defer { lock.unlock() }
        guard let source else { return models[i] }
        if let m = models[i] {
            if recent.last != i { recent.removeAll { $0 == i }; recent.append(i) }
            return m
        }
        guard let (doc, analysis) = source.document(header) else { return nil }
        let m = DocumentModel(doc, analysis: analysis)
        models[i] = m
        recent.append(i)
        if recent.count > ModelStore.keep { models[recent.removeFirst()] = nil }
        return m
    }
}
