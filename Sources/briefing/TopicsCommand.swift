import ArgumentParser
import BriefingCore

/// `briefing topics`: key phrases of the corpus, of each document, or of a speaker.
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "topics", abstract: "List key topics: corpus-wide, per document, or of one speaker.")

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Only this speaker's topics.") var speaker: String?
    @Option(help: "How many topics per list.") var count = 10

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count takes a positive number, not \(count)") }
    }
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let report: TopicsReport
        if speaker == nil, count <= CorpusAnalysis.documentTopics, count <= CorpusAnalysis.corpusTopicLimit,
           let (headers, stored) = try corpus.stored([.topics]) {
            // From the index, decoding no document: it keeps more topics than asked for, and the lists are
            // ranked, so the first ones are the answer.
            report = TopicsReport(corpus: Array(stored.corpusTopics.prefix(count)),
                                  documents: headers.map { .init(document: $0.name, topics: Array((stored.topics[$0.path] ?? []).prefix(count))) },
                                  speaker: nil, speakerTopics: nil)
        } else {
            let loaded = try corpus.load()
            let docs = loaded.documents
            let analyses = loaded.analyses
            let speakerName = try speaker.map { try SpeakerLookup.resolve($0, in: analyses) }
            let extractor = TopicExtractor(docs, analyses: analyses)
            let all = extractor.allTopics(documentLimit: count, corpusLimit: count)
            report = TopicsReport(corpus: all.corpus,
                                  documents: docs.map { .init(document: $0.name, topics: all.documents[$0.path] ?? []) },
                                  speaker: speakerName, speakerTopics: speakerName.map { extractor.topics(speaker: $0, limit: count) })
        }
        if json { return try Console.json(report) }
        func show(_ title: String, _ topics: [Topic]) {
            Console.out(TextSanitizer.clean(title))
            for t in topics {
                let variants = t.variants.isEmpty ? "" : "  (" + t.variants.prefix(4).joined(separator: ", ") + ")"
                Console.out(TextSanitizer.clean("  \(t.label) ×\(t.count)\(variants)"))
            }
            Console.out("")
        }
        if let s = report.speaker, let topics = report.speakerTopics { return show("Topics of \(s):", topics) }
        show("Corpus:", report.corpus)
        for d in report.documents { show("\(d.document):", d.topics) }
    }
}

/// Finds the speaker a user means by a name or part of one ("Maria" → "Maria Snegubaya").
enum SpeakerLookup {
    static func resolve(_ name: String, in analyses: [SpeakerAnalysis]) throws -> String {
        let all = Set(analyses.flatMap { $0.turns.map(\.speaker) })
        if all.contains(name) { return name }
        let matches = all.filter { $0.lowercased().contains(name.lowercased()) }
        if matches.count == 1 { return matches.first! }
        let known = all.sorted().joined(separator: ", ")
        throw ValidationError(matches.isEmpty ? "no speaker '\(name)'; speakers are: \(known)" : "'\(name)' matches several speakers: \(matches.sorted().joined(separator: ", "))")
    }
}
