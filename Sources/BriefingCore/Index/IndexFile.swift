import Foundation
import GRDB

/// Why a file given as the index was not used: it is not a briefing index, so it was left untouched.
public struct IndexRefusal: Error, LocalizedError, Sendable {
    public var path: String
    public var reason: String
    public var errorDescription: String? { "\(path): \(reason); not used as the index and left untouched (give --index another file)" }
}

/// What a file given as the index is, decided from its first bytes (and, for an SQLite database without our
/// application id, its tables) before anything writes to it.
enum IndexFile {
    /// Throws `IndexRefusal` unless the file is absent, empty, or recognisably a briefing index (intact or not).
    static func check(_ path: String) throws {
        var st = stat()
        guard stat(path, &st) == 0 else { return } // absent: a new index
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw IndexRefusal(path: path, reason: "not a regular file") }
        guard st.st_size > 0 else { return }
        guard let handle = FileHandle(forReadingAtPath: path) else { return } // unreadable: SQLite reports it
        let head = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        let magic = Data("SQLite format 3\u{0}".utf8)
        guard head.count >= 100, head.prefix(16) == magic else {
            throw IndexRefusal(path: path, reason: "not a briefing index (not an SQLite database)")
        }
        let id = head[68..<72].reduce(Int32(0)) { $0 << 8 | Int32($1) }
        if id == CorpusIndex.applicationID { return }
        guard id == 0, hasOurTables(path) else {
            throw IndexRefusal(path: path, reason: "an SQLite database of another program, not a briefing index")
        }
    }

    /// Whether an SQLite file holds the tables a briefing index has (an index made before the application id
    /// was set) or no tables at all, read without writing. A file SQLite cannot read as a database at all counts as ours only when
    /// it names our tables in its raw bytes (a damaged index).
    static func hasOurTables(_ path: String) -> Bool {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(5)
        if let queue = try? DatabaseQueue(path: path, configuration: config),
           let (ours, all, emptyRecord) = try? queue.read({ db in
               (try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name IN ('documents', 'corpus_analyses', 'document_fts')") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE '%grdb_migrations%'") ?? 0,
                try db.tableExists("grdb_migrations") ? Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") == 0 : true)
           }) {
            // An empty database holds nothing to lose: an index another briefing process is creating right now
            // (its journal mode is set before its tables exist), or one whose first migration could not be
            // written (an empty record of migrations and nothing else).
            return ours == 3 || all == 0 && emptyRecord
        }
        // The schema cannot be read: damaged. Ours when our table definitions are in its first pages.
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 65_536)) ?? Data()
        return start.range(of: Data("CREATE TABLE corpus_analyses".utf8)) != nil
    }
}
