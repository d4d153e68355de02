import ArgumentParser
import BriefingCore

/// `briefing speakers`: everyone who speaks or is quoted, across the documents.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "speakers",
                                                    abstract: "List speakers and quoted sources: role, words, share and turns per document.")

    @OptionGroup var corpus: CorpusOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let result = try corpus.load()
        let report = SpeakersReport(Array(zip(result.documents, result.analyses)))
        if json { return try Console.json(report) }
        var rows: [[String]] = []
        for p in report.people {
            for (k, d) in p.documents.enumerated() {
                let figures = d.turns > 0 ? "\(d.words) words, \(Int((d.share * 100).rounded()))%, \(d.turns) turns" : "quoted \(d.quotes.count)×"
                rows.append([k == 0 ? TextSanitizer.clean(p.name) : "", TextSanitizer.clean(d.role ?? ""), d.document, figures])
            }
        }
        Console.out(Table.render(header: ["PERSON", "ROLE", "DOCUMENT", "PART"], rows: rows))
    }
}
