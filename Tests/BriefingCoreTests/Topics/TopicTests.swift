import BriefingCore
import BriefingTestSupport
import Testing

/// Topics: variants merged, fillers and names left out, scored against the rest of the corpus.
@Suite struct TopicTests {
    func extractor(_ files: [(String, String)]) throws -> (TopicExtractor, [Document]) {
        let f = TemporaryFolder()
        for (n, t) in files { f.write(n, t) }
        let docs = try CorpusLoader().load([f.path]).documents
        return (TopicExtractor(docs, analyses: docs.map { TurnBuilder.analyze($0) }), docs)
    }

    let harbour = """
    ANN LEE: Uh, you know, the Chilean port is busy. Um, Chilean ships and Chile's customs, you know, they all grew.
    BO CHAN: I mean, the port of Chile handled more container ships, sort of, than ever. The container ships came from Chile.
    ANN LEE: Yeah, the container ships, uh, and the Chilean harbour pilots, you know, all worked harder at the port.
    BO CHAN: Container ships need pilots. The port authority, the PA, hired pilots. The Port Authority said so, uh, twice.
    ANN LEE: And the PA pays them well. Chileans rely on the port, and Chile relies on its pilots.
    """
    let other = "Rain fell on the valley. The farmers in the valley waited for rain, and the valley rivers rose after the rain.\n"

    @Test func variantsMerge() throws {
        let (x, docs) = try extractor([("harbour.txt", harbour), ("valley.txt", other)])
        let topics = x.topics(document: docs[0].path, limit: 10)
        // The people of a country are the country ("Chileans" with "Chile"); "Chilean ships" is a phrase of its own.
        let chile = try #require(topics.first { ["chile", "chileans"].contains($0.label.lowercased()) })
        #expect(Set(([chile.label] + chile.variants).map { $0.lowercased() }) == ["chile", "chileans"])
        #expect(topics.first { $0.label.lowercased() == "container ships" }?.count == 4)
        // The acronym the text spells out joins its expansion.
        let authority = try #require(topics.first { $0.label.lowercased() == "port authority" })
        #expect(authority.variants.contains("PA"))
        #expect(authority.count == 4)
    }

    @Test func fillersAndNamesAreNeverTopics() throws {
        let (x, docs) = try extractor([("harbour.txt", harbour), ("valley.txt", other)])
        let labels = (x.topics(document: docs[0].path, limit: 30) + x.topics(limit: 30)).map { $0.label.lowercased() }
        for filler in ["uh", "um", "you know", "i mean", "sort of", "yeah", "know", "mean"] { #expect(!labels.contains(filler), "\(filler)") }
        #expect(!labels.contains("ann lee") && !labels.contains("bo chan") && !labels.contains("ann"))
    }

    @Test func aPhraseFrequentEverywhereIsNotOneDocumentsTopic() throws {
        let a = "The budget for schools grew. The budget for roads fell. Schools need teachers, and teachers need schools.\n"
        let b = "The budget for hospitals grew. The budget for parks fell. Hospitals need nurses, and nurses need hospitals.\n"
        let c = "The budget for bridges grew. The budget for ports fell. Bridges need engineers, and engineers need bridges.\n"
        let (x, docs) = try extractor([("a.txt", a), ("b.txt", b), ("c.txt", c)])
        let top = x.topics(document: docs[0].path, limit: 3).map(\.label)
        #expect(top.first == "schools" || top.first == "teachers")
        #expect(!top.prefix(2).contains("budget"))
        #expect(x.topics(limit: 3).map(\.label).contains("budget"))
    }

    @Test func seedTopicsMergeDemonymsAndHaveNoFillers() throws {
        let docs = try CorpusLoader().load([PackagePaths.seeds]).documents
        let x = TopicExtractor(docs, analyses: docs.map { TurnBuilder.analyze($0) })
        let corpus = x.topics(limit: 20)
        let nk = try #require(corpus.first { $0.label == "North Korea" })
        #expect(nk.variants.contains("North Koreans") && nk.variants.contains("North Korean"))
        #expect(corpus.filter { ["north korea", "north korean", "north koreans"].contains($0.label.lowercased()) }.count == 1)
        let all = docs.flatMap { x.topics(document: $0.path, limit: 15) } + corpus
        #expect(!all.contains { ["uh", "um", "you know", "i mean", "sort of", "deep dive", "shownotes"].contains($0.label.lowercased()) })
        // Every passage points at the topic's words.
        for t in corpus.prefix(5) {
            for p in t.passages.prefix(5) {
                let doc = docs.first { $0.name == p.document }!
                let words = doc.text.string(TextSpan(p.start, p.end)).lowercased()
                #expect(words.hasPrefix(String(t.label.lowercased().prefix(4))) || t.variants.contains { words.hasPrefix(String($0.lowercased().prefix(4))) })
            }
        }
    }
}
