import ArgumentParser
import BriefingCore
import BriefingUI
import Foundation

/// `briefing export`: the timeline, claim threads, per-speaker summaries and topics of the documents as one
/// Markdown or self-contained HTML file, every item linked back to its document and offsets.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a briefing to take away: timeline, claim threads, speaker summaries and topics.",
        discussion: "Links point at each passage as file:///PATH#char=START,END (RFC 5147). An existing file is never overwritten.")

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Only this speaker's mentions, claims and summary.") var speaker: String?
    @Option(help: "Only what is about this topic (its words and variants).") var topic: String?
    @Option(help: "Only events and claims on or after this day (YYYY, YYYY-MM or YYYY-MM-DD).") var from: String?
    @Option(help: "Only events and claims on or before this day (YYYY, YYYY-MM or YYYY-MM-DD).") var to: String?
    @Option(help: "markdown or html.") var format: ExportWriter.Format = .markdown
    @Option(name: .shortAndLong, help: "The file to write (a new file; - for standard output).") var output: String

    func validate() throws {
        try DayRangeOptions.validate(from: from, to: to)
        if output != "-", FileManager.default.fileExists(atPath: output) {
            throw ValidationError("\(output) already exists; export writes a new file only (choose another name)")
        }
    }

    func run() throws {
        let loaded = try corpus.load()
        let extras = loaded.corpusAnalysis()
        let scope = BriefingExport.Scope(speaker: speaker, topic: topic, from: from.flatMap { Day(bound: $0, end: false) },
                                         to: to.flatMap { Day(bound: $0, end: true) })
        let title = "Briefing: " + (corpus.paths.isEmpty ? "current folder" : corpus.paths.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "))
        var export = BriefingExport(title: title, scope: scope, documents: loaded.documents, analyses: loaded.analyses,
                                    timeline: extras.timeline, claims: extras.claims, threads: extras.threads,
                                    topics: extras.topics, candidates: extras.candidates)
        if output != "-" {
            let absolute = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            export.linkBase = absolute.deletingLastPathComponent().path
        }
        let text = ExportWriter.render(export, as: format)
        if output == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try ExportFile.writeNew(text, to: output)
        } catch {
            Console.error("\(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        Console.out("wrote \(output): \(export.events.count) timeline entries, \(export.threads.count) claim threads, "
                    + "\(export.speakers.count) speakers, \(export.topics.count) topics")
    }
}

extension ExportWriter.Format: ExpressibleByArgument {}
