import ArgumentParser
import BriefingCore

/// `briefing summary`: extractive summaries made on this machine.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Summarise the documents, one speaker, or one topic (verbatim sentences).",
        discussion: """
            A document's summary goes part by part (the parts its wording shifts between), marking decisions \
            and actions. With --speaker and --topic together, that speaker's sentences on the topic come first.
            """)

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Summarise what this speaker says.") var speaker: String?
    @Option(help: "Summarise what the documents (or, with --speaker, that speaker) say about this topic.") var topic: String?
    @Option(help: "How many sentences.") var sentences = 5
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        guard sentences > 0 else { throw ValidationError("--sentences takes a positive number") }
    }

    func run() throws {
        if speaker == nil, topic == nil, let (headers, stored) = try corpus.stored([.candidates, .topics, .publisher]) {
            // From the index, decoding no document: the summary candidates, topics and publishers' summaries
            // the corpus analysis keeps.
            let scope = headers.count == 1 ? "document" : "corpus"
            let name = headers.count == 1 ? headers[0].name : "briefing"
            let all = stored.candidates
            let chosen = headers.count == 1 ? Summarizer().summarize(all, count: sentences)
                : Summarizer().briefing(all, topics: Array(stored.corpusTopics.prefix(Self.corpusTopics)), count: sentences)
            let parts = Summarizer.parts(all, topics: headers.flatMap { stored.topics[$0.path] ?? [] })
            var publisher: [String: String] = [:]
            for h in headers { if let s = stored.publisherSummaries[h.path] { publisher[h.name] = s } }
            return try report(scope: scope, name: name, about: nil, parts: parts, chosen: chosen, publisher: publisher)
        }
        let loaded = try corpus.load()
        let docs = loaded.documents
        let analyses = loaded.analyses
        let all = Summarizer.candidates(docs, analyses: analyses)
        var summarizer = Summarizer()
        let scope: String, name: String
        var about: String?
        var chosen: [SummarySentence]
        var summarised = Set(docs.map(\.name))
        if let speaker {
            name = try SpeakerLookup.resolve(speaker, in: analyses)
            scope = "speaker"
            // What one person said is about their subjects, not a tour of the whole conversation.
            summarizer.partBonus = 0
            let focus = try topic.map { try self.focus(on: $0, docs, analyses, lenient: true) }
            about = focus?.0
            let theirs = all.filter { $0.speaker == name }
            summarised = Set(theirs.map(\.document))
            chosen = summarizer.summarize(theirs, count: sentences, focus: focus?.1)
        } else if let topic {
            let (label, focus) = try self.focus(on: topic, docs, analyses, lenient: false)
            scope = "topic"
            name = label
            chosen = summarizer.summarize(all.filter { focus.relevance($0) == 1 }, count: sentences)
            summarised = Set(chosen.map(\.document))
        } else if docs.count == 1 {
            scope = "document"
            name = docs[0].name
            chosen = summarizer.summarize(all, count: sentences)
        } else {
            scope = "corpus"
            name = "briefing"
            let topics = TopicExtractor(docs, analyses: analyses).topics(limit: Self.corpusTopics)
            chosen = summarizer.briefing(all, topics: topics, count: sentences)
        }
        let pairs = zip(docs, analyses).filter { summarised.contains($0.0.name) }
        let partTopics = TopicExtractor(pairs.map(\.0), analyses: pairs.map(\.1))
            .allTopics(documentLimit: CorpusAnalysis.documentTopics, corpusLimit: 0).documents
        let parts = Summarizer.parts(all.filter { summarised.contains($0.document) }, topics: pairs.flatMap { partTopics[$0.0.path] ?? [] })
        var publisher: [String: String] = [:]
        for d in docs { if let s = d.publisherSummary { publisher[d.name] = d.text.string(s) } }
        try report(scope: scope, name: name, about: about, parts: parts, chosen: chosen, publisher: publisher)
    }

    /// How many corpus topics a corpus briefing goes through.
    static let corpusTopics = 15

    /// Prints the summary, or its JSON.
    private func report(scope: String, name: String, about: String?, parts: [SummaryPart], chosen: [SummarySentence],
                        publisher: [String: String]) throws {
        if json {
            return try Console.json(SummaryReport(scope: scope, name: name, about: about, parts: parts, sentences: chosen,
                                                  publisherSummaries: publisher))
        }
        Console.out(TextSanitizer.clean("Summary of \(scope) \(name)" + (about.map { " on \($0)" } ?? "") + ":"))
        print(chosen, parts: parts, byPart: scope == "document")
        for (doc, text) in publisher.sorted(by: { $0.key < $1.key }) where scope == "document" || scope == "corpus" {
            Console.out("")
            Console.out(TextSanitizer.clean("Publisher's summary of \(doc) (as published, not ours):"))
            Console.out(TextSanitizer.clean(text))
        }
    }

    /// The sentences, under a heading for each part of the document when `byPart`.
    private func print(_ chosen: [SummarySentence], parts: [SummaryPart], byPart: Bool) {
        var shown: Int?
        for s in chosen {
            if byPart, parts.count > 1, s.part != shown, let p = parts.first(where: { $0.document == s.document && $0.index == s.part }) {
                shown = s.part
                Console.out(TextSanitizer.clean("Part \(p.index + 1) of \(parts.count)" + (p.label.isEmpty ? "" : ": \(p.label)")
                                                + (p.speakers.isEmpty ? "" : " (\(p.speakers.joined(separator: ", ")))")))
            }
            let mark = s.kind == .statement ? "" : "\(s.kind.rawValue.uppercased()): "
            Console.out(TextSanitizer.clean("• \(mark)\(s.text)  [\(s.speaker ?? "author"), \(s.document) \(s.start)-\(s.end)]"))
        }
    }

    /// The topic a user asked for, by its label or a variant (else a label holding the words); with
    /// `lenient`, words that are no topic still focus a speaker's summary on themselves.
    private func focus(on topic: String, _ docs: [Document], _ analyses: [SpeakerAnalysis], lenient: Bool) throws -> (String, TopicFocus) {
        let wanted = topic.lowercased()
        let all = TopicExtractor(docs, analyses: analyses).topics(limit: 200)
        if let t = all.first(where: { $0.label.lowercased() == wanted || $0.variants.contains { $0.lowercased() == wanted } })
            ?? all.first(where: { $0.label.lowercased().contains(wanted) }) {
            return (t.label, TopicFocus(t))
        }
        guard lenient, !TopicFocus(phrases: [topic]).terms.isEmpty else {
            throw ValidationError("no topic '\(topic)'; try 'briefing topics'")
        }
        return (topic, TopicFocus(phrases: [topic]))
    }
}
