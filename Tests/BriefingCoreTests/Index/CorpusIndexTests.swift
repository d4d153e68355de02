@testable import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

/// The index: reuse, changes, deletions, corruption, schema changes, concurrent readers, search.
@Suite struct CorpusIndexTests {
    let a = "ROE: The council met today. Mobilizing volunteers was the first item.\nORTIZ: The volunteers were mobilized quickly.\n"
    let b = "Bridge closed\n\nThe council voted to close the bridge for repairs. Engineers found deep cracks in two piers.\n"

    func open(_ f: TemporaryFolder, warnings: inout [String]) throws -> CorpusIndex {
        try CorpusIndex(path: f.path + "/cache/index.sqlite", warnings: &warnings)
    }

    /// Indexes the folder's documents, closes the index, and writes pseudo-random bytes (from `seed`) over
    /// its 4 KB pages `pages` (those the file has). Answers the index's path and size.
    func indexThenOverwrite(_ f: TemporaryFolder, pages range: Range<Int>, seed start: UInt32) throws -> (String, Int) {
        var w: [String] = []
        _ = try open(f, warnings: &w).load([f.path + "/docs"], loader: CorpusLoader())
        let path = f.path + "/cache/index.sqlite"
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        var seed = start
        for k in min(bytes.count, range.lowerBound * 4096)..<min(bytes.count, range.upperBound * 4096) {
            seed = seed &* 1_103_515_245 &+ 12345
            bytes[k] = UInt8(truncatingIfNeeded: seed >> 16)
        }
        try bytes.write(to: URL(fileURLWithPath: path))
        return (path, bytes.count)
    }

    func folder() -> TemporaryFolder {
        let f = TemporaryFolder()
        f.write("docs/a.txt", a)
        f.write("docs/b.txt", b)
        return f
    }

    @Test func reopeningUsesTheIndexAndOnlyChangesAreAnalysed() throws {
        let f = folder()
        var w: [String] = []
        let docs = f.path + "/docs"
        let first = try open(f, warnings: &w)
        #expect(try first.load([docs], loader: CorpusLoader()).documents.count == 2)
        #expect(first.analysedCount == 2)
        let again = try open(f, warnings: &w)
        let r = try again.load([docs], loader: CorpusLoader())
        #expect(again.analysedCount == 0)
        #expect(r.documents.map(\.name) == ["a.txt", "b.txt"])
        #expect(TurnBuilder.turns(r.documents[0]).map(\.speaker) == ["ROE", "ORTIZ"])
        // A changed file is analysed again, alone.
        Thread.sleep(forTimeInterval: 0.01)
        f.write("docs/b.txt", b + "Residents objected loudly.\n")
        let changed = try open(f, warnings: &w)
        let r2 = try changed.load([docs], loader: CorpusLoader())
        #expect(changed.analysedCount == 1)
        #expect(r2.documents[1].text.string(r2.documents[1].text.whole).contains("Residents objected"))
        // A deleted file disappears, from the documents and from search.
        try FileManager.default.removeItem(atPath: docs + "/b.txt")
        let after = try open(f, warnings: &w)
        #expect(try after.load([docs], loader: CorpusLoader()).documents.map(\.name) == ["a.txt"])
        #expect(after.analysedCount == 0)
        #expect(try after.search("bridge").isEmpty)
        // The full-text index holds exactly the sentences that remain, after the change and the deletion.
        try after.verifyFullText()
        #expect(w.isEmpty)
    }

    @Test func refreshAnswersWithHeadersAndDecodesOneDocumentOnDemand() throws {
        let f = folder()
        try Data([0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: f.path + "/docs/c.txt"))
        var w: [String] = []
        let docs = f.path + "/docs"
        _ = try open(f, warnings: &w).refresh([docs], loader: CorpusLoader())
        let index = try open(f, warnings: &w)
        let catalog = try index.refresh([docs], loader: CorpusLoader())
        #expect(index.analysedCount == 0)
        #expect(catalog.headers.map(\.name) == ["a.txt", "b.txt", "c.txt"])
        #expect(catalog.headers[1].title == "Bridge closed")
        #expect(catalog.headers.allSatisfy { $0.absolutePath.hasPrefix("/") && $0.path.hasPrefix(docs) })
        // A file's own warnings (here: bytes that are not UTF-8) come back from the index too.
        #expect(catalog.warnings.count == 1 && catalog.warnings[0].contains("c.txt"))
        let (doc, analysis) = try #require(index.document(catalog.headers[0]))
        #expect(doc.path == catalog.headers[0].path)
        #expect(analysis.turns.map(\.speaker) == ["ROE", "ORTIZ"])
        #expect(index.documents(catalog.headers).map(\.0.name) == ["a.txt", "b.txt", "c.txt"])
        // The fingerprint names these documents with these contents: the same again, another after a change.
        let same = try index.refresh([docs], loader: CorpusLoader())
        #expect(!catalog.fingerprint.isEmpty && same.fingerprint == catalog.fingerprint)
        Thread.sleep(forTimeInterval: 0.01)
        f.write("docs/b.txt", b + "Residents objected.\n")
        let changed = try index.refresh([docs], loader: CorpusLoader())
        #expect(changed.fingerprint != catalog.fingerprint)
    }

    @Test func anotherAnalysisVersionAnalysesEveryDocumentAgain() throws {
        let f = folder()
        var w: [String] = []
        let docs = f.path + "/docs"
        let path = f.path + "/cache/index.sqlite"
        let first = try CorpusIndex(path: path, warnings: &w, analysisVersion: "one")
        let made = try first.refresh([docs], loader: CorpusLoader())
        #expect(first.analysedCount == 2)
        try first.storeAnalysis([("timeline", Data("kept".utf8))], fingerprint: made.fingerprint)
        // The same code again: nothing analysed, the corpus analysis found under the same key.
        let same = try CorpusIndex(path: path, warnings: &w, analysisVersion: "one")
        let again = try same.refresh([docs], loader: CorpusLoader())
        #expect(same.analysedCount == 0 && again.fingerprint == made.fingerprint && same.hasStoredAnalysis(again.fingerprint))
        // Other code: every document is analysed again, and the old corpus analysis is not found.
        let other = try CorpusIndex(path: path, warnings: &w, analysisVersion: "two")
        let remade = try other.refresh([docs], loader: CorpusLoader())
        #expect(other.analysedCount == 2)
        #expect(remade.fingerprint != made.fingerprint && !other.hasStoredAnalysis(remade.fingerprint))
        // The documents as shown are part of the key: the analysis names them so.
        let shownElsewhere = try other.refresh([f.path + "/./docs"], loader: CorpusLoader())
        #expect(other.analysedCount == 0 && shownElsewhere.fingerprint != remade.fingerprint)
        // The version of this build is derived from it, the same on every call.
        #expect(!AnalysisVersion.current.isEmpty && AnalysisVersion.current == AnalysisVersion.current)
    }

    /// Parts encoded as they are written are all kept; a part that cannot be encoded keeps none, and leaves
    /// what was stored before.
    @Test func anAnalysisIsStoredWholeOrNotAtAll() throws {
        let f = folder()
        var w: [String] = []
        let index = try CorpusIndex(path: f.path + "/cache/index.sqlite", warnings: &w)
        let made = try index.refresh([f.path + "/docs"], loader: CorpusLoader())
        var asked: [String] = []
        try index.storeAnalysis(parts: ["timeline", "claims"], fingerprint: made.fingerprint) { asked.append($0); return Data("\($0) kept".utf8) }
        #expect(asked == ["timeline", "claims"])
        #expect(index.storedAnalysis(made.fingerprint, part: "claims") == Data("claims kept".utf8))
        #expect(throws: (any Error).self) {
            try index.storeAnalysis(parts: ["timeline", "claims"], fingerprint: made.fingerprint) { $0 == "claims" ? nil : Data("new".utf8) }
        }
        #expect(index.storedAnalysis(made.fingerprint, part: "timeline") == Data("timeline kept".utf8))
    }

    @Test func progressIsHeardForEveryDocumentNotOnlyPerBatch() throws {
        let f = TemporaryFolder()
        for k in 0..<7 { f.write("docs/d\(k).txt", "Note \(k)\n\nThe council met on item \(k) and voted.\n") }
        var w: [String] = []
        let heard = Heard()
        _ = try open(f, warnings: &w).refresh([f.path + "/docs"], loader: CorpusLoader()) { heard.add($0, $1) }
        // (0, 7) before anything is read, then one count per document: 1…7, in whatever order threads finish.
        #expect(heard.counts.first == 0)
        #expect(heard.counts.dropFirst().sorted() == Array(1...7))
        #expect(heard.totals == [7])
    }

    @Test func aFileThatIsNotAnIndexIsRefusedAndLeftUntouched() throws {
        let f = folder()
        try FileManager.default.createDirectory(atPath: f.path + "/cache", withIntermediateDirectories: true)
        let notes = "this is not a database, just text that happens to sit where the index goes\n"
        f.write("cache/index.sqlite", notes)
        var w: [String] = []
        #expect(throws: IndexRefusal.self) { try open(f, warnings: &w) }
        #expect(try String(contentsOfFile: f.path + "/cache/index.sqlite", encoding: .utf8) == notes)
        // Another program's SQLite database is refused too, and keeps its tables.
        let other = f.path + "/cache/other.db"
        try sqlite(other, "CREATE TABLE mine(x); INSERT INTO mine VALUES (42);")
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        #expect(throws: IndexRefusal.self) { try CorpusIndex(path: other, warnings: &w) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.path + "/cache").sorted() == ["index.sqlite", "other.db"])
    }

    @Test func anIndexLeftWithAnEmptyRecordOfMigrationsIsTakenUpAgain() throws {
        // What a first run on a full disk leaves: the migrator's record made, its first migration not written.
        let f = folder()
        try FileManager.default.createDirectory(atPath: f.path + "/cache", withIntermediateDirectories: true)
        let path = f.path + "/cache/index.sqlite"
        try sqlite(path, "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);")
        var w: [String] = []
        let index = try open(f, warnings: &w)
        #expect(try index.load([f.path + "/docs"], loader: CorpusLoader()).documents.count == 2)
        #expect(w.isEmpty)
        // A record that names migrations is another program's work: refused.
        let other = f.path + "/cache/other.db"
        try sqlite(other, "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('v1');")
        #expect(throws: IndexRefusal.self) { try CorpusIndex(path: other, warnings: &w) }
    }

    @Test func aDamagedIndexIsMovedAsideAndRebuilt() throws {
        let f = folder()
        var w: [String] = []
        _ = try open(f, warnings: &w).load([f.path + "/docs"], loader: CorpusLoader())
        let path = f.path + "/cache/index.sqlite"
        // Ours (the SQLite header with our application id), but its first page's schema garbled.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes[68..<72] == Data([0x42, 0x52, 0x49, 0x46]))
        for k in 100..<min(bytes.count, 4096) { bytes[k] = UInt8(truncatingIfNeeded: k &* 37) }
        try bytes.write(to: URL(fileURLWithPath: path))
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let index = try open(f, warnings: &w)
        #expect(w.count == 1 && w[0].contains("not a usable index") && w[0].contains("moved aside"), "\(w)")
        #expect(try index.load([f.path + "/docs"], loader: CorpusLoader()).documents.count == 2)
        let aside = try FileManager.default.contentsOfDirectory(atPath: f.path + "/cache").filter { $0.contains(".corrupt-") }
        #expect(aside.count == 1)
    }

    @Test func damageMetInUseOfAnIndexTooLargeToCheckOnOpenRebuildsIt() throws {
        let f = folder()
        var w: [String] = []
        // Every page overwritten but the first three, which every open reads: the header and the schema, and the
        // record of migrations with its key (pages 2 and 3: the migrator makes it first).
        let (path, _) = try indexThenOverwrite(f, pages: 3..<Int.max / 4096, seed: 777)
        let index = try CorpusIndex(path: path, warnings: &w, checkedSize: 0) // as if too large to check
        #expect(w.isEmpty, "not checked on open: \(w)")
        let catalog = try index.refresh([f.path + "/docs"], loader: CorpusLoader())
        #expect(catalog.headers.count == 2, "every document again")
        #expect(catalog.warnings.first?.contains("damaged") == true && catalog.warnings.first?.contains("moved aside") == true, "\(catalog.warnings)")
        #expect(try index.search("council").count == 2)
    }

    @Test func aDamagedPageIsFoundOnOpenAndTheIndexRebuilt() throws {
        let f = folder()
        var w: [String] = []
        // Bytes written over two pages in the middle: SQLite still opens the file, but a table is damaged.
        let (_, size) = try indexThenOverwrite(f, pages: 3..<5, seed: 12345)
        try #require(size >= 6 * 4096)
        let index = try open(f, warnings: &w)
        #expect(w.count == 1 && w[0].contains("damaged") && w[0].contains("rebuilt"), "\(w)")
        #expect(try index.load([f.path + "/docs"], loader: CorpusLoader()).documents.count == 2) // every document again
        #expect(index.analysedCount == 2)
    }

    func sqlite(_ path: String, _ sql: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = [path, sql]
        try p.run(); p.waitUntilExit()
    }

    @Test func aSchemaChangeRebuilds() throws {
        let f = folder()
        var w: [String] = []
        _ = try open(f, warnings: &w).load([f.path + "/docs"], loader: CorpusLoader())
        // Pretend the file was written by another version.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = [f.path + "/cache/index.sqlite", "PRAGMA user_version = 1;"]
        try p.run(); p.waitUntilExit()
        let rebuilt = try open(f, warnings: &w)
        _ = try rebuilt.load([f.path + "/docs"], loader: CorpusLoader())
        #expect(rebuilt.analysedCount == 2)
    }

    @Test func theMigratorMakesTheTablesOnceAndKeepsWhatTheIndexHolds() throws {
        let f = folder()
        var w: [String] = []
        let first = try open(f, warnings: &w)
        _ = try first.load([f.path + "/docs"], loader: CorpusLoader())
        #expect(try first.appliedMigrations() == CorpusIndex.migrator.migrations)
        // Opened again: nothing migrates, nothing is analysed again.
        let again = try open(f, warnings: &w)
        _ = try again.load([f.path + "/docs"], loader: CorpusLoader())
        #expect(again.analysedCount == 0)
        #expect(try again.appliedMigrations() == CorpusIndex.migrator.migrations)
    }

    @Test func anIndexFromBeforeTheMigratorIsRebuilt() throws {
        let f = folder()
        var w: [String] = []
        _ = try open(f, warnings: &w).load([f.path + "/docs"], loader: CorpusLoader())
        // As version 11 left an index: the same tables, no record of migrations.
        try sqlite(f.path + "/cache/index.sqlite", "DROP TABLE grdb_migrations; PRAGMA user_version = 11;")
        let rebuilt = try open(f, warnings: &w)
        _ = try rebuilt.load([f.path + "/docs"], loader: CorpusLoader())
        #expect(rebuilt.analysedCount == 2)
        #expect(try rebuilt.appliedMigrations() == CorpusIndex.migrator.migrations)
        #expect(w.isEmpty)
    }

    @Test func twoReadersAtOnce() throws {
        let f = folder()
        var w: [String] = []
        let one = try open(f, warnings: &w), two = try open(f, warnings: &w)
        _ = try one.load([f.path + "/docs"], loader: CorpusLoader())
        #expect(try two.load([f.path + "/docs"], loader: CorpusLoader()).documents.count == 2)
        #expect(try one.search("council").count == 2 && two.search("council").count == 2)
    }

    @Test func searchNeitherMatchesNorQuotesTimingsOrMarkup() throws {
        let f = TemporaryFolder()
        f.write("docs/talk.srt", "1\n00:00:01,000 --> 00:00:02,000\nThe harbour is\n\n2\n00:00:02,000 --> 00:00:04,000\nclosed for <b>repairs</b>.\n")
        f.write("docs/note.md", "# Notes\n\nThe **harbour** reopens in `May`.<excerpt/>\n")
        var w: [String] = []
        let index = try open(f, warnings: &w)
        _ = try index.load([f.path + "/docs"], loader: CorpusLoader())
        let hits = try index.search("harbour").sorted { $0.document < $1.document }
        #expect(hits.map(\.snippet) == ["The [harbour] reopens in May.", "The [harbour] is closed for repairs."])
        #expect(try index.search("00").isEmpty && index.search("excerpt").isEmpty)
        #expect(try index.search("repairs").map(\.snippet) == ["The harbour is closed for [repairs]."])
    }

    @Test func searchFindsStemsPhrasesAndPrefixesWithSpans() throws {
        let f = folder()
        var w: [String] = []
        let index = try open(f, warnings: &w)
        let docs = try index.load([f.path + "/docs"], loader: CorpusLoader()).documents
        func words(_ h: SearchHit) -> [String] {
            let d = docs.first { $0.name == h.document }!
            return h.matches.map { d.text.string($0) }
        }
        let stemmed = try index.search("mobilize")
        #expect(stemmed.count == 2)
        #expect(Set(stemmed.flatMap(words)) == ["Mobilizing", "mobilized"])
        let phrase = try index.search("\"deep cracks\"")
        #expect(phrase.count == 1 && words(phrase[0]) == ["deep cracks"]) // the phrase, as one span
        #expect(try index.search("\"cracks deep\"").isEmpty)
        #expect(try index.search("volunt*").count == 2)
        #expect(try index.search("volunteers", filter: .init(speaker: "ORTIZ")).map(\.speaker) == ["ORTIZ"])
        #expect(try index.search("bridge", filter: .init(document: "a.txt")).isEmpty)
        #expect(try index.search("\"; DROP TABLE documents; --").isEmpty)
        // Words before a quoted phrase are quoted too: FTS5 syntax typed or pasted is only ever words
        // (found by briefing-fuzz: "**40 …\"…" began the query with a bare "*", an FTS5 special query).
        #expect(CorpusIndex.ftsQuery("**40 NEAR(council) \"deep cracks\" bridge") == "\"**40\" \"NEAR\" \"council\" \"deep cracks\" \"bridge\"")
        #expect(try !index.search("*council \"deep cracks\"").isEmpty)
        #expect(try index.search("council").count == 2) // still there
        #expect(phrase[0].snippet == "Engineers found [deep cracks] in two piers.")
    }

    @Test func aPastedPageIsCutToItsFirstDifferentWords() throws {
        let page = (0..<10_000).map { "word\($0 % 500)" }.joined(separator: " ")
        let query = try #require(CorpusIndex.ftsQuery(page))
        #expect(query.split(separator: " ").count == CorpusIndex.maxQueryTerms && CorpusIndex.queryIsCut(page))
        #expect(CorpusIndex.ftsQuery("troops Troops troops") == "\"troops\"" && !CorpusIndex.queryIsCut("troops"))
        let f = folder()
        var w: [String] = []
        let index = try open(f, warnings: &w)
        _ = try index.load([f.path + "/docs"], loader: CorpusLoader())
        #expect(try index.search("council " + page).isEmpty) // every word must match: none has all of them
        #expect(try index.search(String(repeating: "士兵 ", count: 5_000)).isEmpty)
    }

    @Test func chineseJapaneseAndKoreanWordsAreFoundInsideTheirRuns() throws {
        let f = TemporaryFolder()
        f.write("docs/zh.txt", "新闻\n\n北朝鲜士兵已经抵达前线。记者报道了这一消息。\n")
        f.write("docs/ja.txt", "ニュース\n\n北朝鮮の兵士が前線に到着した。\n")
        f.write("docs/ko.txt", "뉴스\n\n북한군이 전선에 도착했다. 기자가 보도했다.\n")
        var w: [String] = []
        let index = try open(f, warnings: &w)
        let docs = try index.load([f.path + "/docs"], loader: CorpusLoader()).documents
        func text(_ h: SearchHit) -> [String] { h.matches.map { m in docs.first { $0.name == h.document }!.text.string(m) } }
        let zh = try index.search("士兵") // two characters inside a longer run
        #expect(zh.count == 1 && zh[0].document == "zh.txt" && text(zh[0]) == ["士兵"])
        #expect(zh[0].snippet.contains("[士兵]"))
        #expect(try index.search("兵士").map(\.document) == ["ja.txt"])
        #expect(try index.search("전선").map(\.document) == ["ko.txt"])
        #expect(try index.search("前线 记者").map(\.document) == ["zh.txt", "zh.txt"]) // both words, two sentences
        #expect(try index.search("前线 潜艇").isEmpty) // every term must occur
    }

    @Test func theSentencesWithTheMostMatchedWordsComeFirstAndLongOnesAreCut() throws {
        let f = TemporaryFolder()
        let filler = (1...16).map { "word\($0)" }.joined(separator: " ")
        f.write("docs/c.txt", "Notes\n\nThe bridge was shut. Then \(filler) the ferry ran late \(filler) again. The bridge and the ferry both failed.\n")
        var w: [String] = []
        let index = try open(f, warnings: &w)
        _ = try index.load([f.path + "/docs"], loader: CorpusLoader())
        let hits = try index.search("bridge ferry")
        try #require(hits.count == 3)
        #expect(hits[0].snippet == "The [bridge] and the [ferry] both failed.")
        #expect(hits[1].snippet == "The [bridge] was shut.")
        #expect(hits[2].snippet.hasPrefix("…word4 ") && hits[2].snippet.contains(" the [ferry] ran late word1 ") && hits[2].snippet.hasSuffix("word12…"))
        #expect(try index.search("bridge", filter: .init(limit: 1)).map(\.snippet) == ["The [bridge] was shut."])
    }
}

/// Progress counts heard from the index's worker threads.
final class Heard: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [(Int, Int)] = []
    func add(_ done: Int, _ total: Int) { lock.lock(); seen.append((done, total)); lock.unlock() }
    var counts: [Int] { lock.lock(); defer { lock.unlock() }; return seen.map(\.0) }
    var totals: Set<Int> { lock.lock(); defer { lock.unlock() }; return Set(seen.map(\.1)) }
}
