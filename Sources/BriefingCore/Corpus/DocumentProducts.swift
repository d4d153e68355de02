import Foundation

/// What the corpus analysis makes from each document on its own (its dating and dated mentions, its claims,
/// its topic phrases, its summary candidates), kept in the index a row per document and kind (`CorpusIndex.storeProducts`), so that after a
/// document is added, changed or removed the next corpus analysis makes them only for the documents that
/// changed and reads the others' back.
///
/// A product is used only when it was made from exactly the same inputs: its row is the document's (by its
/// absolute path), and its key holds the index's hash of the document (its text, the folder metadata applied to
/// it and the analysis code's version, `AnalysisVersion`) and whatever else from beyond the document went into
/// it (`dependency`: the reference date of an undated document's timeline), or whose decoding checks it still
/// holds (`decode` refusing it: a document's claims, when the corpus's word lists now answer one of
/// the questions their parse asked otherwise). A product with another key is made again and replaces it; a
/// document's products go with it when it leaves the index or changes. No product holds the path the folder
/// was named by (a timeline mention is given its path as it is read), so naming the folder another way (relative
/// or absolute) reads them back rather than making them all again.
public final class DocumentProducts: @unchecked Sendable {
    /// The kinds of product.
    public enum Kind: String, Sendable, CaseIterable {
        /// A document's dating, its dated mentions with what they are compared by, and where each sentence's
        /// temporal expressions stand (`TimelineBuilder`).
        case timeline
        /// Its summary candidates (`Summarizer.candidates`), without their text (made again from the document).
        case candidates
        /// Its sentences' candidate topic phrases and its evidence about ambiguous words (`TopicExtractor`).
        case phrases
        /// Its phrases scored as one scope (`TopicExtractor.score`), kept with a hash of everything the scoring
        /// read (its phrases' keys, spans and word keys, and which of them the folder counts as names or as
        /// speakers' names), which changes with what other documents say.
        case scores
        /// How often it writes each word with a capital inside a sentence (`ClaimBuilder.entityWords`).
        case capitals
        /// Its claims as far as the document alone says them (`ClaimExtractor.ownClaims`), with the questions
        /// their parse put to the corpus's word lists and the answers.
        case claims
    }

    /// A document in the index: its path there and the index's hash of it.
    public struct Identity: Sendable, Equatable {
        public var absolutePath: String
        public var hash: String
    }

    private let index: CorpusIndex
    /// By the path the analysis names documents by (as shown).
    private let identities: [String: Identity]
    private let lock = NSLock()
    /// What the index keeps, per kind, by absolute path: (key, payload); read once per kind, before the workers.
    private var kept: [Kind: [String: (key: String, payload: Data)]] = [:]
    /// Products made in this run, to be written by `save`.
    private var made: [(kind: Kind, absolutePath: String, key: String, payload: Data)] = []
    private var madeBytes = 0
    /// At most this many bytes of made products wait for their write.
    static let heldBytes = 8 << 20
    /// How many products were read back and how many made, per kind (for tests and the benchmark).
    public private(set) var reused: [Kind: Int] = [:]
    public private(set) var madeCount: [Kind: Int] = [:]

    init(index: CorpusIndex, identities: [String: Identity]) {
        self.index = index
        self.identities = identities
    }

    /// Reads the products of `kind` the index keeps (once; call before handing `product` to worker threads).
    func prepare(_ kind: Kind) {
        lock.lock(); let loaded = kept[kind] != nil; lock.unlock()
        guard !loaded else { return }
        let rows = index.storedProducts(kind: kind.rawValue)
        lock.lock(); kept[kind] = rows; lock.unlock()
    }

    /// The product of `kind` for the document at `path` (as shown): read back when the index keeps one made from
    /// the same inputs (`decode` accepting it), else made (`make`) and kept for `save`. Safe from worker threads
    /// once `prepare(kind)` has run.
    func product<T>(_ kind: Kind, path: String, dependency: String = "", make: () -> T, encode: (T) -> Data,
                    decode: (Data) -> T?) -> T {
        guard let identity = identities[path] else { return make() }
        let key = Self.key(kind, identity, dependency)
        lock.lock()
        let stored = kept[kind]?[identity.absolutePath]
        lock.unlock()
        if let stored, stored.key == key, let value = decode(stored.payload) {
            lock.lock(); reused[kind, default: 0] += 1; lock.unlock()
            return value
        }
        let value = make()
        let payload = encode(value)
        lock.lock()
        made.append((kind, identity.absolutePath, key, payload))
        madeCount[kind, default: 0] += 1
        madeBytes += payload.count
        let full = madeBytes >= Self.heldBytes
        lock.unlock()
        if full { save() }
        return value
    }

    /// The key of a product: the document's hash and what else went into it.
    static func key(_ kind: Kind, _ identity: Identity, _ dependency: String) -> String {
        CorpusIndex.hash(SourceText([kind.rawValue, identity.hash, dependency].joined(separator: "\u{0}")))
    }

    /// Whether the index keeps a current product of `kind` (one made with no dependency beyond the document) for
    /// more than half of the documents at `paths` (as shown): then most of their own work is done.
    func keepsMost(_ kind: Kind, of paths: [String]) -> Bool {
        prepare(kind)
        lock.lock(); let stored = kept[kind] ?? [:]; lock.unlock()
        let current = paths.count { path in
            identities[path].map { stored[$0.absolutePath]?.key == Self.key(kind, $0, "") } ?? false
        }
        return current * 2 > paths.count
    }

    /// Writes the products made since the last `save` (a failed write only means they are made again next time).
    func save() {
        lock.lock(); let rows = made; made = []; madeBytes = 0; lock.unlock()
        guard !rows.isEmpty else { return }
        try? index.storeProducts(rows.map { ($0.kind.rawValue, $0.absolutePath, $0.key, $0.payload) })
    }
}
