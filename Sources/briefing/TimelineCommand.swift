import ArgumentParser
import BriefingCore

/// `briefing timeline`: dated events across the documents.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timeline",
                                                    abstract: "List dated events across the documents, each with every mention.")

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Only events on or after this day (YYYY, YYYY-MM or YYYY-MM-DD).") var from: String?
    @Option(help: "Only events on or before this day (YYYY, YYYY-MM or YYYY-MM-DD).") var to: String?
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        try DayRangeOptions.validate(from: from, to: to)
    }

    func run() throws {
        let (from, to) = (self.from.flatMap { Day(bound: $0, end: false) }, self.to.flatMap { Day(bound: $0, end: true) })
        let report: TimelineReport
        if let (headers, stored) = try corpus.stored([.timeline]) {
            // From the index: no document is decoded.
            report = TimelineReport(stored.timelineResult, documents: headers.map { ($0.path, $0.name) }, from: from, to: to)
        } else {
            let loaded = try corpus.load()
            report = TimelineReport(TimelineBuilder().build(loaded.documents, analyses: loaded.analyses), documents: loaded.documents, from: from, to: to)
        }
        if json { return try Console.json(report) }
        var rows: [[String]] = []
        for e in report.entries {
            let docs = Set(e.mentions.map(\.document)).sorted().joined(separator: ", ")
            let more = e.mentions.count > 1 ? " (\(e.mentions.count) mentions)" : ""
            rows.append([e.display, TextSanitizer.clean(e.label) + more, TextSanitizer.clean(e.speaker ?? ""), docs])
        }
        Console.out(Table.render(header: ["DATE", "EVENT", "WHO", "DOCUMENT"], rows: rows))
        Console.out("")
        for d in report.documents { Console.out("\(d.document): \(TextSanitizer.clean(d.reason))") }
    }
}
