import ArgumentParser
import BriefingCore

/// `briefing claims`: checkable claims and how they relate across documents and speakers.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "claims",
                                                    abstract: "List claims (figures, reported speech, stances) with their related claims.")

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Show the clusters of claims about these words, readably.") var about: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let loaded = try corpus.load()
        let docs = loaded.documents
        let analyses = loaded.analyses
        let timeline = TimelineBuilder().build(docs, analyses: analyses)
        let claims = ClaimBuilder().build(docs, analyses: analyses, timeline: timeline)
        if let about {
            let clusters = ClaimClusters.about(about, in: claims)
            if json { return try Console.json(ClaimsReport(claims: clusters.flatMap(\.claims))) }
            if clusters.isEmpty { Console.out("no claims about \(TextSanitizer.clean(about))") }
            for c in clusters {
                Console.out(TextSanitizer.clean("\(c.title): \(c.figures.isEmpty ? "(no figures)" : c.figures)"))
                for claim in c.claims {
                    Console.out(TextSanitizer.clean("  [\(claim.id)] \(claim.claimant ?? "author") · \(claim.document) · \(claim.date ?? "undated"): \(claim.text.prefix(110))"))
                }
                Console.out("")
            }
            return
        }
        if json { return try Console.json(ClaimsReport(claims: claims)) }
        for c in claims {
            let links = c.links.map { "\($0.kind.rawValue) \($0.id)" }.joined(separator: ", ")
            Console.out(TextSanitizer.clean("[\(c.id)] \(c.kind.rawValue) · \(c.claimant ?? "author") · \(c.document): \(c.text.prefix(100))"))
            if !links.isEmpty { Console.out("      → \(links)") }
        }
    }
}
