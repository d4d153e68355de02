import ArgumentParser
import BriefingCore

/// `briefing summary`: extractive summaries made on this machine.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "summary",
                                                    abstract: "Summarise the documents, one speaker, or one topic (verbatim sentences).")

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Summarise what this speaker says.") var speaker: String?
    @Option(help: "Summarise what the documents say about this topic.") var topic: String?
    @Option(help: "How many sentences.") var sentences = 5
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        guard sentences > 0 else { throw ValidationError("--sentences takes a positive number") }
    }

    func run() throws {
        let loaded = try corpus.load()
        let docs = loaded.documents
        let analyses = loaded.analyses
        var candidates = Summarizer.candidates(docs, analyses: analyses)
        var summarizer = Summarizer()
        let scope: String, name: String
        var chosen: [SummarySentence]
        if let speaker {
            name = try SpeakerLookup.resolve(speaker, in: analyses)
            scope = "speaker"
            candidates = candidates.filter { $0.speaker == name }
            // What one person said is about their subjects, not a tour of the whole conversation.
            summarizer.partBonus = 0
            chosen = summarizer.summarize(candidates, count: sentences)
        } else if let topic {
            let wanted = topic.lowercased()
            let extractor = TopicExtractor(docs, analyses: analyses)
            let all = extractor.topics(limit: 200)
            guard let t = all.first(where: { $0.label.lowercased() == wanted || $0.variants.contains { $0.lowercased() == wanted } })
                    ?? all.first(where: { $0.label.lowercased().contains(wanted) }) else {
                throw ValidationError("no topic '\(topic)'; try 'briefing topics'")
            }
            scope = "topic"
            name = t.label
            candidates = candidates.filter { c in t.passages.contains { $0.document == c.document && c.span.contains($0.start) } }
            chosen = summarizer.summarize(candidates, count: sentences)
        } else if docs.count == 1 {
            scope = "document"
            name = docs[0].name
            chosen = summarizer.summarize(candidates, count: sentences)
        } else {
            scope = "corpus"
            name = "briefing"
            let topics = TopicExtractor(docs, analyses: analyses).topics(limit: 15)
            chosen = summarizer.briefing(candidates, topics: topics, count: sentences)
        }
        var publisher: [String: String] = [:]
        for d in docs { if let s = d.publisherSummary { publisher[d.name] = d.text.string(s) } }
        if json { return try Console.json(SummaryReport(scope: scope, name: name, sentences: chosen, publisherSummaries: publisher)) }
        Console.out(TextSanitizer.clean("Summary of \(scope) \(name):"))
        for s in chosen { Console.out(TextSanitizer.clean("• \(s.text)  [\(s.speaker ?? "author"), \(s.document) \(s.start)-\(s.end)]")) }
        for (doc, text) in publisher.sorted(by: { $0.key < $1.key }) where scope == "document" || scope == "corpus" {
            Console.out("")
            Console.out(TextSanitizer.clean("Publisher's summary of \(doc) (as published, not ours):"))
            Console.out(TextSanitizer.clean(text))
        }
    }
}
