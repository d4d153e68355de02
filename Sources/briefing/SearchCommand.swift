import ArgumentParser
import BriefingCore
import Foundation

/// `briefing search QUERY`: full-text search over the documents, ranked, with snippets.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search",
        abstract: "Search the documents: words (stemmed), \"phrases\", prefix*; ranked by BM25.")

    @Argument(help: "What to look for.") var query: String
    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Only what this speaker says.") var speaker: String?
    @Option(help: "Only documents whose name or title contains this.") var document: String?
    @Option(help: "Only documents dated on or after (YYYY, YYYY-MM or YYYY-MM-DD).") var from: String?
    @Option(help: "Only documents dated on or before (YYYY, YYYY-MM or YYYY-MM-DD).") var to: String?
    @Option(help: "At most this many results.") var limit = 20
    @Flag(help: "Print JSON.") var json = false

    struct Output: Codable {
        var query: String
        var hits: [SearchHit]
    }

    func validate() throws {
        guard !query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw ValidationError("search needs words to look for") }
        guard limit > 0 else { throw ValidationError("--limit takes a positive number, not \(limit)") }
        try DayRangeOptions.validate(from: from, to: to)
    }

    func run() throws {
        var options = corpus
        if options.noIndex {
            Console.error("search needs the index; leave out --no-index")
            throw ExitCode(2)
        }
        options.noIndex = false
        let loaded = try options.load()
        guard let index = loaded.index else { throw ExitCode(1) }
        let paths = loaded.documents.map { DocumentHeader.absolute($0.path) }
        let filter = CorpusIndex.SearchFilter(speaker: speaker, document: document, from: from.flatMap { Day(bound: $0, end: false) },
                                              to: to.flatMap { Day(bound: $0, end: true) }, paths: paths, limit: limit)
        if CorpusIndex.queryIsCut(query) { Console.warn("the query has more than \(CorpusIndex.maxQueryTerms) different words; searching for the first \(CorpusIndex.maxQueryTerms)") }
        var hits: [SearchHit]
        do {
            do {
                hits = try index.search(query, filter: filter)
            } catch where CorpusIndex.isDamage(error) {
                // A damaged page the open did not check (a large index): rebuild it, then search again.
                Console.warn(try index.startAfresh(because: error))
                var warnings: [String] = []
                _ = try options.refresh(index, warnings: &warnings)
                hits = try index.search(query, filter: filter)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            // Never a raw SQLite error: what failed, in one line.
            Console.error("search failed: the index at \(index.path) could not answer (\(CorpusIndex.describe(error))); "
                + "delete it to have it rebuilt")
            throw ExitCode(1)
        }
        // Paths as the user gave them.
        let shown = Dictionary(uniqueKeysWithValues: zip(paths, loaded.documents.map(\.path)))
        for i in hits.indices { hits[i].path = shown[hits[i].path] ?? hits[i].path }
        if json { return try Console.json(Output(query: query, hits: hits)) }
        if hits.isEmpty { Console.out("no matches for \(TextSanitizer.clean(query))") }
        for h in hits {
            let who = h.speaker.map { " · \($0)" } ?? ""
            Console.out(TextSanitizer.clean("\(h.path):\(h.start)\(who)  \(h.snippet.replacingOccurrences(of: "\n", with: " "))"))
        }
    }
}
