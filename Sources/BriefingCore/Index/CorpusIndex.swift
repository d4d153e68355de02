import Foundation
import GRDB

/// The persistent index (SQLite through GRDB, in WAL mode so that several readers can use it at once):
/// documents with their content hash, size and mtime, their text and analysis; turns, speakers and sentences;
/// and a full-text index of the sentences (FTS5, Porter stemming) for search. Opening a folder again reads
/// the index; only new or changed files are analysed (in parallel), deleted ones are dropped.
public final class CorpusIndex: @unchecked Sendable {
    /// The layout of the index, as SQLite's `user_version`. Tables change through migrations (`migrator`);
    /// this is bumped only when what an index holds cannot be migrated, and a different version rebuilds it.
    /// (Indexes from before the migrator, versions up to 11, are rebuilt too.)
    public static let schemaVersion = 12

    public let path: String
    /// The version of the analysis code (`AnalysisVersion`): documents and corpus analyses stored by another
    /// version are made again.
    public let analysisVersion: String
    /// The index on disk, or a copy in memory when the disk cannot take writes (`inMemory`).
    private(set) var db: any DatabaseWriter
    /// Why the index is kept in memory for this run (a read-only or full disk), or nil when it is on disk.
    public private(set) var inMemory: String?
    /// Files analysed by the last `load` (0 when everything came from the index).
    public private(set) var analysedCount = 0
    /// Speaker analyses decoded by the last `load`, by path as loaded.
    var lastAnalyses: [String: SpeakerAnalysis] = [:]
    /// The fingerprint of the documents the last `load` returned (the key of their corpus analysis).
    public private(set) var lastFingerprint: String?
    /// The last `refresh`'s fingerprint and the documents it names (by path as shown), for `products(for:)`.
    private var lastRefresh: (fingerprint: String, identities: [String: DocumentProducts.Identity])?
    private let lastRefreshLock = NSLock()

    /// The store of per-document products (`DocumentProducts`) for the documents of the last `refresh`, when
    /// `fingerprint` names them; nil for other documents (their products are made and not kept).
    public func products(for fingerprint: String?) -> DocumentProducts? {
        lastRefreshLock.lock(); let last = lastRefresh; lastRefreshLock.unlock()
        guard let last, let fingerprint, last.fingerprint == fingerprint else { return nil }
        return DocumentProducts(index: self, identities: last.identities)
    }

    /// SQLite's `application_id` of every briefing index ("BRIF"): a file that carries it is ours.
    public static let applicationID: Int32 = 0x4252_4946

    /// Opens (or creates) the index. Only a file that is recognisably a briefing index may be changed: an empty
    /// or absent file, or an SQLite database with our `applicationID` (or, from before it was set, our tables).
    /// Any other file is refused (`IndexRefusal`) and left untouched. An index of ours that SQLite cannot read
    /// is moved aside, with a warning, and rebuilt.
    /// When the index cannot be written (a read-only file, folder or disk, or no room left), it is copied into
    /// memory, or made there afresh, and everything works as usual for this run; one warning says so.
    public init(path: String, warnings: inout [String], checkedSize: Int = CorpusIndex.checkedSize,
                analysisVersion: String = AnalysisVersion.current) throws {
        self.path = path
        self.analysisVersion = analysisVersion
        let folder = (path as NSString).deletingLastPathComponent
        try IndexFile.check(path)
        // Why nothing can be written here, found before SQLite tries or when it fails.
        var unwritable: String?
        if !folder.isEmpty, (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) == nil {
            unwritable = "its folder cannot be created"
        } else {
            unwritable = CorpusIndex.unwritable(path)
        }
        if unwritable == nil {
            do {
                let pool = try CorpusIndex.open(path)
                if let damage = CorpusIndex.damage(pool, path: path, checkedSize: checkedSize) {
                    try? pool.close()
                    throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: damage)
                }
                db = pool
                return
            } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
                // Only a file that is not (or no longer) a database is moved aside; a permission problem
                // leaves the user's index alone.
                let aside = CorpusIndex.moveAside(path)
                warnings.append("\(path): not a usable index (\(CorpusIndex.describe(error))); moved aside to \(aside) and rebuilt")
                db = try CorpusIndex.open(path)
                return
            } catch let error as DatabaseError where CorpusIndex.isUnwritable(error) {
                unwritable = CorpusIndex.describe(error)
            }
        }
        let reason = unwritable ?? "cannot write"
        db = try CorpusIndex.inMemory(copying: path)
        inMemory = reason
        warnings.append(CorpusIndex.memoryWarning(path, reason))
    }

    /// Moves a damaged index (with its journal files) aside; answers where to.
    static func moveAside(_ path: String) -> String {
        let aside = path + ".corrupt-\(Int(Date().timeIntervalSince1970))"
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try? FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
        }
        return aside
    }

    /// Whether an error says the index file is damaged (not a database, or a page that does not read).
    public static func isDamage(_ error: Error) -> Bool {
        guard let e = error as? DatabaseError else { return false }
        return e.resultCode == .SQLITE_CORRUPT || e.resultCode == .SQLITE_NOTADB
    }

    /// Damage met while the index was in use (an index too large to check on every open): the file is
    /// moved aside and an empty index made in its place, to be filled again by `refresh`. Answers the
    /// one line to show. An index kept in memory is remade in memory.
    public func startAfresh(because error: Error) throws -> String {
        if inMemory != nil {
            db = try CorpusIndex.inMemory(copying: "")
            return "the index in memory was damaged (\(CorpusIndex.describe(error))); rebuilt"
        }
        try? (db as? DatabasePool)?.close()
        let aside = CorpusIndex.moveAside(path)
        db = try CorpusIndex.open(path)
        return "\(path): damaged (\(CorpusIndex.describe(error))); moved aside to \(aside) and rebuilt"
    }

    static func memoryWarning(_ path: String, _ reason: String) -> String {
        "index kept in memory for this run, nothing saved: cannot write \(path) (\(reason))"
    }

    /// Why nothing can be written at `path` (the file, or its folder for a new file and SQLite's journal
    /// files), or nil when it can.
    static func unwritable(_ path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        if FileManager.default.fileExists(atPath: path), access(path, W_OK) != 0 {
            return String(cString: strerror(errno)).lowercased()
        }
        if access(folder.isEmpty ? "." : folder, W_OK) != 0 {
            return "its folder: " + String(cString: strerror(errno)).lowercased()
        }
        return nil
    }

    /// SQLite could not write: a full disk, a read-only file or disk, an I/O error, a file it cannot create.
    static func isUnwritable(_ error: DatabaseError) -> Bool {
        [.SQLITE_FULL, .SQLITE_READONLY, .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_PERM].contains(error.resultCode)
    }

    /// An index in memory: a copy of the one at `path` when it can be read (read only, never written), else empty.
    static func inMemory(copying path: String) throws -> DatabaseQueue {
        let memory = try DatabaseQueue()
        if FileManager.default.fileExists(atPath: path), let source = readOnly(path) {
            try? source.backup(to: memory)
            try? source.close()
        }
        try prepare(memory)
        return memory
    }

    /// The index opened read-only; an index in WAL mode whose folder is read-only (its shared-memory file
    /// cannot be made) is opened as immutable.
    static func readOnly(_ path: String) -> DatabaseQueue? {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(5)
        if let q = try? DatabaseQueue(path: path, configuration: config),
           (try? q.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }) != nil {
            return q
        }
        let uri = "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path) + "?immutable=1"
        if let q = try? DatabaseQueue(path: uri, configuration: config),
           (try? q.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }) != nil {
            return q
        }
        return nil
    }

    /// Writes; when the disk has no room (or no right) for it, goes on in memory with what the index had and
    /// writes there.
    func writeOrMove(_ body: (Database) throws -> Void) throws {
        do {
            try db.write(body)
        } catch let error as DatabaseError where inMemory == nil && CorpusIndex.isUnwritable(error) {
            try moveToMemory(because: error)
            try db.write(body)
        }
    }

    /// Moves the index into memory after a write failed for lack of room or permission, keeping what it had.
    func moveToMemory(because error: DatabaseError) throws {
        let memory = try DatabaseQueue()
        try? db.backup(to: memory)
        try CorpusIndex.prepare(memory)
        db = memory
        inMemory = CorpusIndex.describe(error)
    }

    /// Indexes up to this size are checked page by page (`PRAGMA quick_check`) each time they are opened, so
    /// that a damaged page never gives silently wrong answers. About 2 ms per megabyte when the file is in the
    /// page cache (0.19 s for 107 MB), so larger indexes are not checked on every open.
    public static let checkedSize = 32 * 1_048_576

    /// What is wrong with an index SQLite can open (its first problem, one line), or nil when it is sound or
    /// too large to check on every open.
    static func damage(_ pool: DatabasePool, path: String, checkedSize: Int) -> String? {
        if let size = CorpusIndex.fileStat(path)?.size, size > checkedSize { return nil }
        do {
            let problems = try pool.read { try String.fetchAll($0, sql: "PRAGMA quick_check(1)") }
            return problems == ["ok"] ? nil : "damaged: " + (problems.first ?? "integrity check failed").split(whereSeparator: \.isNewline).joined(separator: " ")
        } catch {
            return "damaged: " + describe(error)
        }
    }

    public static func describe(_ error: Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "\(e.resultCode)" }
        return "\(error)"
    }

    static func open(_ path: String) throws -> DatabasePool {
        var config = Configuration()
        config.busyMode = .timeout(5)
        // Switching a new file to WAL needs it to itself and does not wait on the busy timeout: when several
        // processes create one index at once, the others retry for a while instead of going without it.
        var attempt = 0
        var opened: DatabasePool?
        while opened == nil {
            do {
                opened = try DatabasePool(path: path, configuration: config)
            } catch let error as DatabaseError where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) && attempt < 100 {
                attempt += 1
                usleep(50_000)
            }
        }
        let pool = opened!
        try prepare(pool)
        return pool
    }

    /// The index's tables, made and changed by GRDB's migrator: each migration runs once per index file, in
    /// order, and is recorded in it (`grdb_migrations`). A new table or column is a new migration, so that an
    /// index keeps what it holds across versions; the first migration also sets `schemaVersion`.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("documents, turns, speakers, sentences, corpus analyses, search") { db in
            try createSchema(db)
            try db.execute(sql: "PRAGMA user_version = \(schemaVersion)")
        }
        migrator.registerMigration("document products") { db in
            // What the corpus analysis makes from each document on its own (`DocumentProducts`), a row per
            // document and kind, with the key of the inputs it was made from.
            try db.execute(sql: """
                CREATE TABLE document_products (document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL, key TEXT NOT NULL, payload BLOB NOT NULL, PRIMARY KEY (document, kind));
                """)
        }
        return migrator
    }

    /// The migrations this index has had, in order.
    func appliedMigrations() throws -> [String] {
        try db.read { try CorpusIndex.migrator.appliedMigrations($0) }
    }

    /// Brings the tables up to date (`migrator`), first dropping an index of another layout (`schemaVersion`) or
    /// from before the migrator, and sets the application id.
    static func prepare(_ pool: some DatabaseWriter) throws {
        // Marked as ours first, so that no other process takes a half-made index for another program's file.
        if try pool.read({ try Int32.fetchOne($0, sql: "PRAGMA application_id") }) != applicationID {
            try pool.write { try $0.execute(sql: "PRAGMA application_id = \(applicationID)") }
        }
        // Nothing is written to an index that is up to date (it may be read-only, or its disk full).
        func outdated(_ db: Database) throws -> Bool {
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let migrated = try db.tableExists("grdb_migrations")
            return try (db.tableExists("documents") || migrated) && (version != schemaVersion || !migrated)
        }
        if try pool.read(outdated) {
            try pool.write { db in
                guard try outdated(db) else { return } // another process rebuilt it meanwhile
                try db.execute(sql: "DROP TABLE IF EXISTS sentence_fts; DROP VIEW IF EXISTS sentence_text; DROP TABLE IF EXISTS document_fts; DROP VIEW IF EXISTS document_search")
                for t in ["document_products", "corpus_analyses", "sentences", "turns", "speakers", "documents", "grdb_migrations"] { try db.execute(sql: "DROP TABLE IF EXISTS \(t)") }
                try db.execute(sql: "PRAGMA user_version = 0")
            }
        }
        // GRDB's migrator reads which migrations have run before each one takes the write lock, so two processes
        // creating or upgrading one index at the same moment can both start the same migration; the second then
        // fails ("table already exists", or its identifier already recorded) and rolls back. It reads again and
        // carries on from what the other process made.
        var attempt = 0
        while true {
            do {
                if try !pool.read({ try migrator.hasCompletedMigrations($0) }) { try migrator.migrate(pool) }
                return
            } catch let error as DatabaseError where attempt < 40 && (error.resultCode == .SQLITE_ERROR || error.resultCode == .SQLITE_CONSTRAINT) {
                attempt += 1
                usleep(50_000)
            }
        }
    }

    static func createSchema(_ db: Database) throws {
        try db.execute(sql: """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, hash TEXT NOT NULL, size INTEGER NOT NULL,
            mtime REAL NOT NULL, name TEXT NOT NULL, format TEXT NOT NULL, title TEXT NOT NULL, date TEXT, warnings TEXT NOT NULL,
            text TEXT NOT NULL, visible TEXT, payload BLOB NOT NULL);
        CREATE TABLE turns (document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            speaker TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL);
        CREATE TABLE speakers (document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            name TEXT NOT NULL, role TEXT, words INTEGER NOT NULL, turns INTEGER NOT NULL);
        CREATE TABLE sentences (id INTEGER PRIMARY KEY, document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, speaker TEXT);
        CREATE INDEX sentences_document ON sentences(document);
        -- The corpus analysis of a set of documents, a row per part (timeline, claims, topics, summary
        -- candidates), so that a command reads only the part it answers from.
        CREATE TABLE corpus_analyses (fingerprint TEXT NOT NULL, part TEXT NOT NULL, payload BLOB NOT NULL, stored REAL NOT NULL,
            PRIMARY KEY (fingerprint, part));
        CREATE INDEX turns_document ON turns(document);
        -- One row per document, over the documents' own text (FTS5 external content: the index keeps terms,
        -- not a second copy of every text), as the reader sees it (`visible`: subtitle timings and Markdown
        -- markup blanked) where that differs. Ranking a few thousand documents is cheap whatever the words;
        -- the sentences that hold the matches are found afterwards in the documents ranked first.
        CREATE VIEW document_search AS SELECT id, coalesce(visible, text) AS text FROM documents;
        CREATE VIRTUAL TABLE document_fts USING fts5(text, content = 'document_search', content_rowid = 'id',
            tokenize = 'porter unicode61 remove_diacritics 2');
        """)
    }

    /// A file as found on disk.
    struct FileStat: Sendable {
        var path: String
        var size: Int
        var mtime: Double
    }

    /// Size and modification time through stat(2) (FileManager is slow for thousands of files).
    static func fileStat(_ path: String) -> FileStat? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileStat(path: path, size: Int(st.st_size), mtime: Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9)
    }

    /// What `refresh` found: a header for every readable document, in the walk's order, and what went wrong.
    public struct Catalog: Sendable {
        public var headers: [DocumentHeader] = []
        /// One line each: skipped files, replaced bytes, ignored metadata.
        public var warnings: [String] = []
        /// The paths that were asked for.
        public var paths: [String] = []
        /// The size of the documents' files, in bytes.
        public var bytes = 0
        /// Names exactly these documents in this order with these contents: the key of the corpus-wide
        /// analysis kept in the index (`storedAnalysis`).
        public var fingerprint = ""
    }

    /// Brings the index up to date for `paths`, analysing only what is new or changed (on all cores) and
    /// forgetting indexed files under these paths that are gone; answers with headers only, no text decoded.
    /// Damage met on the way (an index too large to check on open) starts the index afresh, once, with a
    /// warning.
    /// `progress` hears (documents analysed, documents to analyse) as each document is analysed, from the
    /// threads that analyse them.
    public func refresh(_ paths: [String], loader: CorpusLoader, progress: (@Sendable (Int, Int) -> Void)? = nil) throws(IngestError) -> Catalog {
        damageSeen = nil
        do {
            return try refreshOnce(paths, loader: loader, progress: progress)
        } catch {
            guard let damage = damageSeen else { throw error }
            let line: String
            do { line = try startAfresh(because: damage) } catch { throw .unreadable(path, reason: CorpusIndex.describe(error)) }
            damageSeen = nil
            var catalog = try refreshOnce(paths, loader: loader)
            catalog.warnings.insert(line, at: 0)
            return catalog
        }
    }

    /// The damage the last refresh met, if any (set where a database error is turned into an `IngestError`).
    private var damageSeen: Error?

    private func note(_ error: Error) -> String {
        if CorpusIndex.isDamage(error) { damageSeen = error }
        return CorpusIndex.describe(error)
    }

    private func refreshOnce(_ paths: [String], loader: CorpusLoader, progress: (@Sendable (Int, Int) -> Void)? = nil) throws(IngestError) -> Catalog {
        let walk = try PathWalker().walk(paths)
        var catalog = Catalog()
        catalog.paths = paths
        catalog.warnings = walk.problems.map { $0.localizedDescription }
        let stats = walk.files.compactMap { shown in CorpusIndex.fileStat(DocumentHeader.absolute(shown)).map { ($0, shown) } }
        // What the index already has, with the metadata that was applied (briefing.yaml changes re-analyse).
        let known: [String: (size: Int, mtime: Double, hash: String)]
        do {
            known = try db.read { db in
                var out: [String: (Int, Double, String)] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT path, size, mtime, hash FROM documents") {
                    out[row["path"]] = (row["size"], row["mtime"], row["hash"])
                }
                return out
            }
        } catch { throw .unreadable(path, reason: note(error)) }
        let metadataHashes = loader.metadataHashes(for: walk)
        var toAnalyse: [(FileStat, String, String)] = [] // stat, shown path, hash
        for (st, shown) in stats {
            // The analysis code's version is part of the key: a document analysed by other code is analysed again.
            let meta = analysisVersion + "|" + (metadataHashes[(shown as NSString).deletingLastPathComponent] ?? "")
            if let k = known[st.path], k.size == st.size, k.mtime == st.mtime, k.hash.hasSuffix("|" + meta) { continue }
            toAnalyse.append((st, shown, meta))
        }
        // Analyse new and changed files on all cores, a batch at a time, while the batch before is written.
        let wasInMemory = inMemory != nil
        let failures = try write(toAnalyse, loader: loader, progress: progress)
        catalog.warnings += failures.sorted()
        do {
            // Forget files under the given folders that are no longer there (no write at all when none are gone).
            let present = Set(stats.map(\.0.path))
            let roots = paths.map(DocumentHeader.absolute)
            let gone = known.keys.filter { p in !present.contains(p) && roots.contains { p == $0 || p.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") } }
            if !gone.isEmpty {
                try writeOrMove { db in for p in gone { try CorpusIndex.deleteDocument(db, path: p) } }
            }
            if !wasInMemory, let reason = inMemory { catalog.warnings.insert(CorpusIndex.memoryWarning(path, reason), at: 0) }
            // Headers (and each file's warnings) in the walk's order, without the text or the analysis.
            let rows = try db.read { db in
                var out: [String: Row] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT path, hash, title, date, format, warnings FROM documents") { out[row["path"]] = row }
                return out
            }
            // Each document's path (as found and as shown: the analysis names documents as shown) and its
            // content hash, which carries the analysis version, NUL-separated.
            var fingerprint = ""
            var identities: [String: DocumentProducts.Identity] = [:]
            for (st, shown) in stats {
                guard let row = rows[st.path] else { continue }
                fingerprint += st.path + "\u{0}" + shown + "\u{0}" + (row["hash"] as String) + "\u{0}"
                identities[shown] = DocumentProducts.Identity(absolutePath: st.path, hash: row["hash"])
                let date: String? = row["date"]
                let format: String = row["format"]
                catalog.bytes += st.size
                catalog.headers.append(DocumentHeader(path: shown, absolutePath: st.path, title: row["title"],
                                                      date: date.flatMap(Day.init(iso:)), format: DocumentFormat(rawValue: format) ?? .article))
                let warnings: String = row["warnings"]
                catalog.warnings += warnings.split(separator: "\n").map(String.init)
            }
            catalog.fingerprint = CorpusIndex.hash(SourceText(fingerprint))
            lastRefreshLock.lock(); lastRefresh = (catalog.fingerprint, identities); lastRefreshLock.unlock()
        } catch {
            throw .unreadable(path, reason: note(error))
        }
        return catalog
    }

    /// Documents with their speaker analysis, decoded from the index (on all cores), in the headers' order;
    /// a document the index no longer has is left out.
    public func documents(_ headers: [DocumentHeader]) -> [(Document, SpeakerAnalysis)] {
        let decoded = parallelMap(headers) { h in self.document(h) }
        return decoded.compactMap { $0 }
    }

    /// One document with its speaker analysis, decoded from the index.
    public func document(_ header: DocumentHeader) -> (Document, SpeakerAnalysis)? {
        guard let row = try? db.read({ try Row.fetchOne($0, sql: "SELECT text, payload FROM documents WHERE path = ?", arguments: [header.absolutePath]) }),
              let stored = PayloadCodec.decode(row["payload"]) else { return nil }
        var doc = stored.document(text: row["text"])
        doc.path = header.path
        return (doc, stored.analysis)
    }

    /// The documents of `headers` as the corpus analysis reads them: each decoded from the index when a step asks
    /// for it, none held. A document the index no longer has (removed since the headers were read) reads as empty.
    public func reader(_ headers: [DocumentHeader]) -> DocumentReader {
        DocumentReader(paths: headers.map(\.path), dates: headers.map(\.date), read: { [self] n in
            if let found = document(headers[n]) { return found }
            let empty = Document(path: headers[n].path, text: SourceText(""), format: headers[n].format)
            return (empty, TurnBuilder.analyze(empty))
        }, text: { [self] n in
            let text = try? db.read { try String.fetchOne($0, sql: "SELECT text FROM documents WHERE path = ?", arguments: [headers[n].absolutePath]) }
            return SourceText(text.flatMap { $0 } ?? "")
        })
    }

    /// Loads the documents at `paths` from the index (see `refresh`), decoding all of them.
    public func load(_ paths: [String], loader: CorpusLoader) throws(IngestError) -> CorpusLoader.Result {
        let catalog = try refresh(paths, loader: loader)
        lastFingerprint = catalog.fingerprint
        var result = CorpusLoader.Result()
        result.paths = paths
        result.warnings = catalog.warnings
        lastAnalyses = [:]
        for (doc, analysis) in documents(catalog.headers) {
            result.documents.append(doc)
            lastAnalyses[doc.path] = analysis
        }
        return result
    }

    /// The speaker analysis of documents the last `load` returned (decoded with them), analysed afresh otherwise.
    public func analyses(for docs: [Document]) -> [SpeakerAnalysis] {
        docs.map { lastAnalyses[$0.path] ?? TurnBuilder.analyze($0) }
    }

    /// Documents per batch: big enough that a transaction's cost is spread, small enough to bound memory.
    static let batchSize = 96

    /// Analyses files (in parallel) and writes them (on one writer thread, overlapping the next batch's
    /// analysis); at most two batches are held at once. Returns one line per file that could not be read.
    func write(_ files: [(FileStat, String, String)], loader: CorpusLoader, progress: (@Sendable (Int, Int) -> Void)? = nil) throws(IngestError) -> [String] {
        analysedCount = 0
        if !files.isEmpty { progress?(0, files.count) }
        let done = DoneCounter()
        let total = files.count
        var failures: [String] = []
        let writer = DispatchQueue(label: "briefing.index.writer")
        let slots = DispatchSemaphore(value: 1)
        let outcome = WriteOutcome()
        for batchStart in stride(from: 0, to: files.count, by: CorpusIndex.batchSize) {
            let batch = Array(files[batchStart..<min(files.count, batchStart + CorpusIndex.batchSize)])
            let prepared = parallelMap(batch) { (item: (FileStat, String, String)) -> Result<PreparedDocument, IngestError> in
                let (st, shown, meta) = item
                defer { if let progress { progress(done.increment(), total) } }
                do throws(IngestError) {
                    return .success(try PreparedDocument(loader.loadOne(shown), stat: st, metadataHash: meta))
                } catch {
                    return .failure(error)
                }
            }
            for case .failure(let e) in prepared { failures.append(e.localizedDescription) }
            let ready = prepared.compactMap { try? $0.get() }
            analysedCount += ready.count
            slots.wait() // the writer has finished the batch before last
            writer.async { [self] in
                defer { slots.signal() }
                guard outcome.error == nil else { return }
                do { try writeOrMove { db in for d in ready { try CorpusIndex.insert(db, d) } } } catch { outcome.error = error }
            }
        }
        writer.sync {}
        if let error = outcome.error { throw .unreadable(path, reason: note(error)) }
        return failures
    }

    /// Writes one prepared document, replacing what the index had for its path.
    static func insert(_ db: Database, _ d: PreparedDocument) throws {
        try deleteDocument(db, path: d.stat.path)
        try db.cachedStatement(sql: """
            INSERT INTO documents (path, hash, size, mtime, name, format, title, date, warnings, text, visible, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [d.stat.path, d.hash, d.stat.size, d.stat.mtime, d.name, d.format, d.title, d.date,
                                     d.warnings, d.text, d.visible, d.payload])
        let id = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO document_fts (rowid, text) VALUES (?, ?)").execute(arguments: [id, d.visible ?? d.text])
        let turn = try db.cachedStatement(sql: #"INSERT INTO turns (document, speaker, start, "end") VALUES (?, ?, ?, ?)"#)
        for t in d.turns { try turn.execute(arguments: [id, t.speaker, t.span.start, t.span.end]) }
        let speaker = try db.cachedStatement(sql: "INSERT INTO speakers (document, name, role, words, turns) VALUES (?, ?, ?, ?, ?)")
        for sp in d.speakers { try speaker.execute(arguments: [id, sp.name, sp.role, sp.words, sp.turns]) }
        let sentence = try db.cachedStatement(sql: #"INSERT INTO sentences (document, start, "end", speaker) VALUES (?, ?, ?, ?)"#)
        for s in d.sentences { try sentence.execute(arguments: [id, s.start, s.end, s.speaker]) }
    }

    static func deleteDocument(_ db: Database, path: String) throws {
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE path = ?", arguments: [path]) else { return }
        // External content: the index forgets a row given the text it was made from.
        try db.execute(sql: "INSERT INTO document_fts (document_fts, rowid, text) SELECT 'delete', id, coalesce(visible, text) FROM documents WHERE id = ?",
                       arguments: [id])
        for t in ["sentences", "turns", "speakers", "document_products"] { try db.execute(sql: "DELETE FROM \(t) WHERE document = ?", arguments: [id]) }
        try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [id])
    }

    /// How many corpus-wide analyses the index keeps (one per set of documents opened; the oldest go first).
    static let keptAnalyses = 4

    /// One part of the corpus-wide analysis last stored for exactly these documents.
    public func storedAnalysis(_ fingerprint: String, part: String) -> Data? {
        try? db.read { try Data.fetchOne($0, sql: "SELECT payload FROM corpus_analyses WHERE fingerprint = ? AND part = ?", arguments: [fingerprint, part]) }
    }

    /// Whether the index keeps a corpus-wide analysis for these documents (without reading it).
    public func hasStoredAnalysis(_ fingerprint: String) -> Bool {
        ((try? db.read { try Int.fetchOne($0, sql: "SELECT 1 FROM corpus_analyses WHERE fingerprint = ? LIMIT 1", arguments: [fingerprint]) }) ?? nil) != nil
    }

    /// Keeps a corpus-wide analysis for these documents, all its parts at once, so that opening them again
    /// need not redo it; only the analyses of the last few sets of documents are kept.
    public func storeAnalysis(_ parts: [(part: String, payload: Data)], fingerprint: String) throws {
        let payloads = Dictionary(parts, uniquingKeysWith: { _, last in last })
        try storeAnalysis(parts: parts.map(\.part), fingerprint: fingerprint) { payloads[$0] }
    }

    /// The same, each part encoded (`payload`) only as it is written, so that one encoded part is held at a time;
    /// when a part cannot be encoded, nothing is stored.
    public func storeAnalysis(parts: [String], fingerprint: String, payload: (String) -> Data?) throws {
        struct Unencodable: Error {}
        try db.write { db in
            try db.execute(sql: "DELETE FROM corpus_analyses WHERE fingerprint = ?", arguments: [fingerprint])
            let now = Date().timeIntervalSince1970
            for part in parts {
                guard let data = payload(part) else { throw Unencodable() }
                try db.execute(sql: "INSERT INTO corpus_analyses (fingerprint, part, payload, stored) VALUES (?, ?, ?, ?)",
                               arguments: [fingerprint, part, data, now])
            }
            try db.execute(sql: """
                DELETE FROM corpus_analyses WHERE fingerprint NOT IN
                    (SELECT fingerprint FROM corpus_analyses GROUP BY fingerprint ORDER BY max(stored) DESC LIMIT ?)
                """, arguments: [CorpusIndex.keptAnalyses])
        }
    }

    /// The documents' products of one kind (`DocumentProducts`), by the document's path in the index: each
    /// with the key of the inputs it was made from.
    func storedProducts(kind: String) -> [String: (key: String, payload: Data)] {
        let rows = try? db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.path, p.key, p.payload FROM document_products p JOIN documents d ON d.id = p.document WHERE p.kind = ?
                """, arguments: [kind])
        }
        var out: [String: (key: String, payload: Data)] = [:]
        for row in rows ?? [] { out[row["path"]] = (row["key"], row["payload"]) }
        return out
    }

    /// Keeps documents' products (kind, the document's path in the index, key, payload), each replacing what the
    /// index had of that kind for that document; a product of a document the index no longer has is dropped.
    func storeProducts(_ rows: [(kind: String, absolutePath: String, key: String, payload: Data)]) throws {
        try db.write { db in
            let put = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO document_products (document, kind, key, payload)
                SELECT id, ?, ?, ? FROM documents WHERE path = ?
                """)
            for r in rows { try put.execute(arguments: [r.kind, r.key, r.payload, r.absolutePath]) }
        }
    }

    /// Throws when the full-text index and the documents it was made from disagree (FTS5's integrity check,
    /// comparing against the external content too).
    func verifyFullText() throws {
        try db.write { try $0.execute(sql: "INSERT INTO document_fts (document_fts, rank) VALUES ('integrity-check', 1)") }
    }

    /// FNV-1a over the text's scalars: cheap, stable across runs.
    static func hash(_ text: SourceText) -> String {
        var h = StableHash()
        for s in text { h.add(UInt64(s.value)) }
        return String(h.value, radix: 16) + ":" + String(text.count)
    }
}
