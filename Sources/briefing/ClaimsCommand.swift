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
        // The list names each claim's links, not its related claims: those are made from the links and threads
        // only for JSON and `--about`.
        let analysis = try corpus.stored([.claims], relating: json || about != nil)?.analysis ?? corpus.load().corpusAnalysis()
        let (claims, threads) = (analysis.claims, analysis.threads)
        if let about {
            let clusters = ClaimClusters.about(about, in: claims, threads: threads)
            if json { return try Console.json(ClaimsReport(claims: clusters.flatMap(\.claims), threads: clusters.map(\.thread))) }
            if clusters.isEmpty { Console.out("no claims about \(TextSanitizer.clean(about))") }
            for c in clusters {
                Console.out(TextSanitizer.clean("\(c.thread.subject): \(c.thread.figures ?? "(statements)")"))
                var earlier: [Int] = []
                for claim in c.claims {
                    let link = claim.links.last { l in earlier.contains(l.id) }.map { " (\($0.kind.rawValue) [\($0.id)])" } ?? ""
                    Console.out(TextSanitizer.clean("  [\(claim.id)] \(claim.claimant ?? "author") · \(claim.saidOn ?? "undated") · \(claim.document.prefix(40))\(link): \(claim.text.prefix(110))"))
                    earlier.append(claim.id)
                }
                Console.out("")
            }
            return
        }
        if json { return try Console.json(ClaimsReport(claims: claims, threads: threads)) }
        for c in claims {
            let links = c.links.map { "\($0.kind.rawValue) \($0.id)" }.joined(separator: ", ")
            Console.out(TextSanitizer.clean("[\(c.id)] \(c.kind.rawValue) · \(c.claimant ?? "author") · \(c.document): \(c.text.prefix(100))"))
            if !links.isEmpty { Console.out("      → \(links)") }
        }
    }
}
