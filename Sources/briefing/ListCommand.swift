import ArgumentParser
import BriefingCore

/// `briefing list`: one line per document.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the documents: format, title, date, words, speakers.")

    @OptionGroup var corpus: CorpusOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let result = try corpus.load()
        let analyses = result.analyses
        let timeline = TimelineBuilder().build(result.documents, analyses: analyses)
        let entries = zip(result.documents, analyses).map { ListEntry($0, turns: $1.turns, dating: timeline.dating[$0.path], kind: $1.kind) }
        if json {
            try Console.json(ListReport(documents: entries, warnings: result.warnings))
            return
        }
        let rows = entries.map { e in
            [TextSanitizer.clean(e.path), e.kind == "conversation" ? "conversation" : e.format.rawValue, e.date ?? e.inferredEarliest.map { "\($0)…\(e.inferredLatest ?? "?") (inferred)" } ?? "undated",
             String(e.words), String(e.speakers), TextSanitizer.clean(e.title)]
        }
        Console.out(Table.render(header: ["PATH", "FORMAT", "DATE", "WORDS", "SPEAKERS", "TITLE"], rows: rows, rightAligned: [3, 4]))
    }
}
