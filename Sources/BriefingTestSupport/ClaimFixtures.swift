import BriefingCore

extension Fixtures {
    /// The claims and threads of a few files written into a temporary folder, made as `briefing claims`
    /// makes them (speakers, timeline, extraction, linking).
    public static func linkedClaims(_ files: [(String, String)]) throws -> (claims: [Claim], threads: [ClaimThread]) {
        let f = TemporaryFolder()
        for (name, text) in files { f.write(name, text) }
        let docs = try CorpusLoader().load([f.path]).documents
        let analyses = docs.map { TurnBuilder.analyze($0) }
        return ClaimBuilder().buildWithThreads(docs, analyses: analyses, timeline: TimelineBuilder().build(docs, analyses: analyses))
    }
}
