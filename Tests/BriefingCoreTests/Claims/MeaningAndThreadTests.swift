@testable import BriefingCore
import BriefingTestSupport
import Testing

/// Claims meet by meaning (WordNet senses, derivations, names), and threads gather the claims about one
/// subject across documents, in date order; fixtures written for these tests.
@Suite struct MeaningAndThreadTests {
    /// Claims are the same statement when their words are (case, spacing and punctuation aside), numbered in the
    /// order the statements first come, whichever copies of a text come before.
    @Test func copiesOfAStatementShareANumber() throws {
        let base = try #require(Fixtures.linkedClaims([("a.txt", "ANN LEE: The port took in 4,000 ships last year.\n")]).claims.first)
        let texts = ["The port grew.", "Ships came in.", "the  PORT grew", "The port grew.", "Ships came in!", "A third one."]
        let claims = texts.map { t -> Claim in var c = base; c.text = t; return c }
        #expect(ClaimLinker.statementClasses(claims) == [0, 1, 0, 0, 1, 2])
        #expect(ClaimLinker.statementClasses(claims) == ClaimLinker.copyClasses(texts.map(MeaningLexicon.normalised)))
    }

    func lexicon() throws -> MeaningLexicon {
        MeaningLexicon(wordnet: try #require(WordNetLexicon.shared, "WordNet (Debian's wordnet-base) is installed by make"))
    }

    func shared(_ a: String, _ b: String, _ m: MeaningLexicon) -> Set<String> {
        let cache = MeaningLexicon.Cache()
        let x = m.meaning(a, cache: cache).features.filter { $0.value >= MeaningLexicon.termWeight }
        let y = m.meaning(b, cache: cache).features.filter { $0.value >= MeaningLexicon.termWeight }
        return Set(x.keys).intersection(y.keys)
    }

    @Test func derivationsAndSynonymsMeet() throws {
        let m = try lexicon()
        #expect(!shared("the economy", "economic", m).isEmpty)       // derivation across parts of speech
        #expect(!shared("deployment", "they deployed", m).isEmpty)  // noun and verb
        #expect(!shared("the troops", "soldiers", m).isEmpty)       // troops are soldiery, whose noun is soldier
        #expect(!shared("in return", "reciprocity", m).isEmpty)     // an adverb collocation and a noun, through "reciprocal"
        #expect(shared("the harvest", "soldiers", m).isEmpty)
    }

    /// Caches that share what they find (one per thread of a pass) give each text the meaning a cache of its own
    /// gives it, and a word one of them worked out is there for the other.
    @Test func cachesSharingWhatTheyFindGiveTheSameMeanings() throws {
        let m = try lexicon()
        let texts = ["The troops reached the front lines", "Soldiers left the front lines in return", "the economy grew"]
        let shared = MeaningLexicon.Cache.Shared()
        let (a, b) = (MeaningLexicon.Cache(sharing: shared), MeaningLexicon.Cache(sharing: shared))
        for t in texts {
            let alone = m.meaning(t, cache: MeaningLexicon.Cache())
            for cache in [a, b] {
                let found = m.meaning(t, cache: cache)
                #expect(found.features == alone.features && found.antonyms == alone.antonyms, "\(t)")
            }
        }
        let c = MeaningLexicon.Cache(sharing: shared)
        #expect(c.lookup("troops") != nil && c.lookup("front_lines") != nil && c.lookup("harvest") == nil)
    }

    @Test func timeWordsCarryNoMeaningForLinking() throws {
        let m = try lexicon()
        let features = m.meaning("on Monday afternoon last week", cache: MeaningLexicon.Cache()).features
        #expect(features.isEmpty, "\(features)")
    }

    @Test func namesComeToOneKey() throws {
        let m = try lexicon()
        #expect(m.entityKey(["north", "korean"]) == "north korea")
        #expect(m.entityKey(["dprk"]) == "north korea")
        #expect(m.entityKey(["north", "korea"]) == "north korea")
        #expect(m.entityKey(["canadians"]) == m.entityKey(["canada"]))
        #expect(m.entityKey(["second"]) == nil) // a unit of time, not a group
        #expect(m.entityKey(["john"]) == nil)   // a person's name is not a group
    }

    func built(_ files: [(String, String)]) throws -> (claims: [Claim], threads: [ClaimThread]) { try Fixtures.linkedClaims(files) }

    let spring = ("2021-03-02-spring.txt", """
    ---
    date: 2021-03-02
    ---
    RIVER AUTHORITY: We estimate that 2,000 Canadian volunteers have joined the flood relief so far.
    REPORTER: Is the levee holding?
    RIVER AUTHORITY: The levee is holding, and the pumps run day and night.
    """)
    let summer = ("2021-06-10-summer.txt", """
    ---
    date: 2021-06-10
    ---
    MINISTER: By now more than 5,000 volunteers from Canada are working on the flood relief.
    MINISTER: Separately, the city planted 9,000 trees along the river banks this spring.
    """)

    @Test func figuresForOneGroupMakeAThreadInDateOrder() throws {
        let (claims, threads) = try built([summer, spring])
        let thread = try #require(threads.first { $0.figures != nil && $0.subject.contains("canada") }, "\(threads.map(\.subject))")
        let texts = thread.claims.compactMap { id in claims.first { $0.id == id }?.text }
        #expect(texts.count == 2)
        #expect(texts.first?.contains("2,000") == true && texts.last?.contains("5,000") == true) // oldest first
        // Each figure with who gave it and when: "2,000 (Authority, 2021-03-02) → more than 5,000 (Minister, 2021-06-10)".
        let figures = try #require(thread.figures).components(separatedBy: " → ")
        #expect(figures.count == 2)
        #expect(figures[0].hasPrefix("2,000 (") && figures[0].hasSuffix("2021-03-02)"), "\(figures)")
        #expect(figures[1].hasPrefix("more than 5,000 (Minister") && figures[1].hasSuffix("2021-06-10)"), "\(figures)")
        #expect(!texts.contains { $0.contains("trees") })
        // The thread's claims are related to each other.
        let first = try #require(claims.first { $0.id == thread.claims[0] })
        #expect(first.related.contains(thread.claims[1]) && first.threads.contains(thread.id))
    }

    /// `briefing index` links without the related claims (the index does not keep them); made afterwards from the
    /// links and threads, they are the ones linking would have given.
    @Test func relatedClaimsMadeAfterLinkingAreTheSame() throws {
        let f = TemporaryFolder()
        for (name, text) in [spring, summer] { f.write(name, text) }
        let docs = try CorpusLoader().load([f.path]).documents
        let analyses = docs.map { TurnBuilder.analyze($0) }
        let extracted = ClaimBuilder().extract(docs, analyses: analyses, timeline: TimelineBuilder().build(docs, analyses: analyses))
        let whole = ClaimLinker().linkWithThreads(extracted)
        var bare = ClaimLinker().linkWithThreads(extracted, relating: false)
        #expect(bare.claims.allSatisfy(\.related.isEmpty) && whole.claims.contains { !$0.related.isEmpty })
        #expect(bare.claims.map(\.links) == whole.claims.map(\.links))
        ClaimLinker.relate(&bare.claims, threads: bare.threads)
        #expect(bare.claims.map(\.related) == whole.claims.map(\.related))
    }

    /// Claim extraction reads the times the timeline found in each sentence instead of tagging it again: the
    /// claims are the ones it finds tagging afresh (a time is no figure: "2021" and "this spring" stay out).
    @Test func claimsFromTheTimelinesTimesAreTheSame() throws {
        let f = TemporaryFolder()
        let levee = ("2021-04-01-levee.txt", """
        ---
        date: 2021-04-01
        ---
        ENGINEER: In March 2021 the levee lost 300 metres of its crest in a single night.
        REPORTER: And the repairs?
        ENGINEER: Since 2019 the county has spent 40 million dollars on it, and the work will take until 2024.
        """)
        for (name, text) in [spring, summer, levee] { f.write(name, text) }
        let docs = try CorpusLoader().load([f.path]).documents
        let analyses = docs.map { TurnBuilder.analyze($0) }
        let sentences = DocumentSentences(docs.map { $0.sentences() })
        let reused = ClaimBuilder().extract(docs, analyses: analyses, timeline: TimelineBuilder().build(docs, analyses: analyses, sentences: sentences),
                                            sentences: sentences)
        let afresh = ClaimBuilder().extract(docs, analyses: analyses, timeline: TimelineBuilder().build(docs, analyses: analyses))
        func shown(_ claims: [Claim]) -> [String] { claims.map { "\($0.start) \($0.kind) \($0.quantities.map(\.text)) \($0.date ?? "-")" } }
        #expect(shown(reused) == shown(afresh) && !reused.isEmpty)
        let figures = reused.flatMap { $0.quantities.map(\.text) }
        #expect(figures.contains { $0.contains("300") } && !figures.contains { $0.contains("2021") || $0.contains("2019") || $0.contains("2024") }, "\(figures)")
    }

    @Test func aboutFindsTheThreadByMeaning() throws {
        let (claims, threads) = try built([spring, summer])
        let found = ClaimClusters.about("canadian volunteers", in: claims, threads: threads)
        #expect(found.first?.thread.figures?.hasPrefix("2,000 (") == true)
        #expect(ClaimClusters.about("submarines", in: claims, threads: threads).isEmpty)
    }
}

/// Sparse vectors add up in one order, whatever order their features come in.
@Suite struct SparseVectorTests {
    @Test func sumsDoNotDependOnTheOrderFeaturesCameIn() {
        let pairs: [(Int32, Double)] = [(7, 0.1), (3, 0.7), (11, 1e-17), (5, 0.2), (2, 0.3)]
        let a = SparseVector(pairs).normalised(), b = SparseVector(pairs.reversed()).normalised()
        #expect(a.ids == [2, 3, 5, 7, 11] && a.values == b.values)
        let other = SparseVector([(3, 1), (11, 2), (4, 5)])
        #expect(a.dot(other) == b.dot(other))
        #expect(abs(a.dot(a) - 1) < 1e-12)
        let sum = a + other
        #expect(sum.ids == [2, 3, 4, 5, 7, 11] && sum.values[1] == a.values[1] + 1)
        #expect(SparseVector().dot(a) == 0)
    }
}
