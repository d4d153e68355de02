@testable import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

/// The corpus analysis kept in the index: the same whichever way the documents came in, and gone with a
/// document that goes.
@Suite struct CorpusAnalysisTests {
    let texts = [
        ("river.txt", "Flood response\n\nOn March 3, 2024 the council sent 300 volunteers to the river, officials said. About 40% of the homes were flooded.\n"),
        ("mayor.txt", "ROE: We sent 300 volunteers to the river on March 3, 2024.\nORTIZ: I disagree with Roe. The council sent 200 volunteers.\n"),
        ("report.txt", "Flood report\n\nRoughly 40 percent of homes flooded in March 2024, the mayor said. The bridge reopened on May 9, 2024.\n"),
        ("bridge.txt", "Bridge reopens\n\nThe bridge reopened on May 9, 2024 after engineers repaired 12 cracks, the council said.\n"),
    ]

    /// The stored analysis of the folder, read back as the commands read it.
    func analysis(_ index: CorpusIndex, _ folder: String) throws -> CorpusAnalysis {
        let catalog = try index.refresh([folder], loader: CorpusLoader())
        return CorpusAnalysis.load(index: index, fingerprint: catalog.fingerprint, documents: { index.documents(catalog.headers) })
    }

    /// What the analysis says, as JSON with sorted keys (timeline, dating, claims with links, threads, topics).
    func summary(_ a: CorpusAnalysis) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var x = a
        x.pending = nil
        return String(decoding: try e.encode(x), as: UTF8.self)
    }

    @Test func theSameDocumentsGiveTheSameAnalysisIndexedAtOnceOrOneByOneInAnyOrder() throws {
        let atOnce = TemporaryFolder()
        for (name, text) in texts { atOnce.write("docs/" + name, text) }
        var w: [String] = []
        let whole = try summary(analysis(try CorpusIndex(path: atOnce.path + "/index.sqlite", warnings: &w), atOnce.path + "/docs"))
        for order in [[0, 1, 2, 3], [3, 1, 0, 2], [2, 3, 1, 0]] {
            let f = TemporaryFolder()
            let index = try CorpusIndex(path: f.path + "/index.sqlite", warnings: &w)
            var last = ""
            for k in order {
                f.write("docs/" + texts[k].0, texts[k].1)
                last = try summary(analysis(index, f.path + "/docs"))
            }
            let same = last.replacingOccurrences(of: f.path, with: atOnce.path) == whole
            #expect(same, "order \(order) gives another analysis")
        }
        #expect(w.isEmpty)
    }

    /// `briefing index` keeps the analysis a part at a time, letting each go once encoded: what it keeps reads
    /// back as the analysis made whole and kept by `load`, part for part.
    @Test func theAnalysisKeptPartByPartIsTheOneMadeWhole() throws {
        var w: [String] = []
        var read: [String] = []
        for partByPart in [false, true] {
            let f = TemporaryFolder()
            for (name, text) in texts { f.write("docs/" + name, text) }
            let index = try CorpusIndex(path: f.path + "/index.sqlite", warnings: &w)
            let catalog = try index.refresh([f.path + "/docs"], loader: CorpusLoader())
            if partByPart {
                try CorpusAnalysis.store(index: index, fingerprint: catalog.fingerprint, documents: index.reader(catalog.headers))
            } else {
                _ = CorpusAnalysis.load(index: index, fingerprint: catalog.fingerprint, documents: { index.documents(catalog.headers) }, relating: false)
            }
            #expect(index.hasStoredAnalysis(catalog.fingerprint))
            let stored = try #require(CorpusAnalysis.stored(index: index, fingerprint: catalog.fingerprint))
            #expect(!stored.claims.isEmpty && !stored.timeline.isEmpty && !stored.topics.isEmpty && !stored.candidates.isEmpty)
            read.append(try summary(stored).replacingOccurrences(of: f.path, with: "FOLDER"))
        }
        #expect(read[0] == read[1])
        #expect(w.isEmpty)
    }

    /// The pipeline segments each document once and hands the sentences to every step: each step gives what it
    /// gives when it segments the documents itself.
    @Test func theStepsGiveTheSameWithTheSentencesSegmentedOnce() throws {
        let docs = texts.map { name, text in DocumentParser.parse(SourceText(text), path: "docs/" + name) }
        let analyses = docs.map { TurnBuilder.analyze($0) }
        let whole = CorpusAnalysis(docs, analyses: analyses)
        let timeline = TimelineBuilder().build(docs, analyses: analyses)
        let (claims, threads) = ClaimBuilder().buildWithThreads(docs, analyses: analyses, timeline: timeline)
        let topics = TopicExtractor(docs, analyses: analyses).allTopics(documentLimit: CorpusAnalysis.documentTopics,
                                                                          corpusLimit: CorpusAnalysis.corpusTopicLimit)
        var separate = CorpusAnalysis()
        (separate.timeline, separate.dating) = (timeline.entries, timeline.dating)
        (separate.claims, separate.threads) = (claims, threads)
        (separate.topics, separate.corpusTopics) = (topics.documents, topics.corpus)
        separate.candidates = Summarizer.candidates(docs, analyses: analyses)
        separate.publisherSummaries = whole.publisherSummaries
        #expect(!whole.claims.isEmpty && !whole.timeline.isEmpty)
        #expect(try summary(whole) == summary(separate))
    }

    @Test func removingADocumentRemovesItsClaimsMentionsAndLinks() throws {
        let f = TemporaryFolder()
        for (name, text) in texts { f.write("docs/" + name, text) }
        var w: [String] = []
        let index = try CorpusIndex(path: f.path + "/index.sqlite", warnings: &w)
        let before = try analysis(index, f.path + "/docs")
        let gone = f.path + "/docs/mayor.txt"
        #expect(before.claims.contains { $0.path == gone } && before.timeline.contains { $0.mentions.contains { $0.path == gone } })
        try FileManager.default.removeItem(atPath: gone)
        let after = try analysis(index, f.path + "/docs")
        #expect(!after.claims.isEmpty && !after.timeline.isEmpty)
        #expect(!after.claims.contains { $0.path == gone })
        #expect(!after.timeline.contains { $0.mentions.contains { $0.path == gone } })
        #expect(after.dating[gone] == nil && after.topics[gone] == nil && !after.candidates.contains { $0.document == "mayor.txt" })
        // Every link and thread names a claim that is still there.
        #expect(after.claims.allSatisfy { c in c.links.allSatisfy { after.claims.indices.contains($0.id) } && c.related.allSatisfy { after.claims.indices.contains($0) } })
        #expect(after.threads.allSatisfy { $0.claims.allSatisfy { after.claims.indices.contains($0) } })
    }

    /// The corpus analysis of the folder made with the index's per-document products, and the store it used.
    func made(_ index: CorpusIndex, _ folder: String) throws -> (CorpusAnalysis, DocumentProducts) {
        let catalog = try index.refresh([folder], loader: CorpusLoader())
        let products = try #require(index.products(for: catalog.fingerprint))
        let pairs = index.documents(catalog.headers)
        return (CorpusAnalysis.make(pairs.map(\.0), analyses: pairs.map(\.1), publish: nil, products: products), products)
    }

    /// The corpus analysis of the folder's documents as the index has them, made afresh without any products.
    func afresh(_ index: CorpusIndex, _ folder: String) throws -> CorpusAnalysis {
        let catalog = try index.refresh([folder], loader: CorpusLoader())
        let pairs = index.documents(catalog.headers)
        return CorpusAnalysis(pairs.map(\.0), analyses: pairs.map(\.1))
    }

    func storedProducts(_ index: CorpusIndex) throws -> Int {
        try index.db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM document_products") ?? 0 }
    }

    @Test func eachDocumentsProductsAreMadeOnceAndReadBackAfterADocumentIsAdded() throws {
        let f = TemporaryFolder()
        for (name, text) in texts.prefix(3) { f.write("docs/" + name, text) }
        var w: [String] = []
        let index = try CorpusIndex(path: f.path + "/index.sqlite", warnings: &w)
        let (_, first) = try made(index, f.path + "/docs")
        #expect(DocumentProducts.Kind.allCases.allSatisfy { first.madeCount[$0] == 3 } && first.reused.isEmpty)
        #expect(try storedProducts(index) == 3 * DocumentProducts.Kind.allCases.count)
        f.write("docs/" + texts[3].0, texts[3].1)
        let (withProducts, second) = try made(index, f.path + "/docs")
        // Only the new document's are made; the others are read back, and give what making them gives.
        #expect(DocumentProducts.Kind.allCases.allSatisfy { second.madeCount[$0] == 1 && second.reused[$0] == 3 })
        #expect(try summary(withProducts) == summary(afresh(index, f.path + "/docs")))
        // A document's products go with it.
        try FileManager.default.removeItem(atPath: f.path + "/docs/" + texts[0].0)
        _ = try index.refresh([f.path + "/docs"], loader: CorpusLoader())
        #expect(try storedProducts(index) == 3 * DocumentProducts.Kind.allCases.count)
    }

    /// The topics are made beside the timeline and the claims only when the index keeps most documents' products
    /// (after a document is added): made afresh, the steps run one after the other. Either way the analysis is the
    /// same (above: the one made with products read back is the one made afresh).
    @Test func theTopicsAreMadeBesideTheClaimsOnlyWhenMostProductsAreKept() throws {
        let f = TemporaryFolder()
        for (name, text) in texts.prefix(3) { f.write("docs/" + name, text) }
        var w: [String] = []
        let index = try CorpusIndex(path: f.path + "/index.sqlite", warnings: &w)
        func keepsMost() throws -> Bool {
            let catalog = try index.refresh([f.path + "/docs"], loader: CorpusLoader())
            return try #require(index.products(for: catalog.fingerprint)).keepsMost(.phrases, of: index.documents(catalog.headers).map(\.0.path))
        }
        #expect(try !keepsMost())
        _ = try made(index, f.path + "/docs")
        #expect(try keepsMost())
        // Three of four kept.
        f.write("docs/" + texts[3].0, texts[3].1)
        #expect(try keepsMost())
        // Two of four kept: not most.
        f.write("docs/" + texts[0].0, texts[0].1 + "The river fell by Friday.\n")
        #expect(try !keepsMost())
    }

    /// `alongside` gives back what the side made, and the main work is done by the time it returns.
    @Test func alongsideRunsBothAndGivesTheSidesResult() {
        var main = 0
        let side = alongside({ main = (1...1000).reduce(0, +) }, { (1...100).reduce(0, +) })
        #expect(main == 500_500 && side == 5050)
    }

    /// Products are the document's, not the spelling of its folder: made when the folder is named one way, they are
    /// read back when it is named another, and give what making them under that name gives.
    @Test func productsAreReadBackWhenTheFolderIsNamedAnotherWay() throws {
        let f = TemporaryFolder()
        for (name, text) in texts.prefix(3) { f.write("docs/" + name, text) }
        var w: [String] = []
        let index = try CorpusIndex(path: f.path + "/index.sqlite", warnings: &w)
        _ = try made(index, f.path + "/docs")
        let other = f.path + "/./docs"
        let (again, products) = try made(index, other)
        #expect(products.madeCount.isEmpty && DocumentProducts.Kind.allCases.allSatisfy { products.reused[$0] == 3 })
        #expect(again.timeline.contains { $0.mentions.contains { $0.path.hasPrefix(other) } })
        #expect(try summary(again) == summary(afresh(index, other)))
    }

    /// An undated document's dating reads the dates of the documents beside it: its timeline is made again when
    /// they move the reference date, and only then.
    @Test func anUndatedDocumentsTimelineIsMadeAgainWhenTheReferenceDateMoves() throws {
        let f = TemporaryFolder()
        f.write("docs/undated.txt", "The council met again on March 3 and sent 300 volunteers to the river.\n")
        f.write("docs/a.md", "---\ndate: 2023-01-10\n---\n# Notes\n\nThe bridge reopened on May 9 after repairs.\n")
        var w: [String] = []
        let index = try CorpusIndex(path: f.path + "/index.sqlite", warnings: &w)
        let (before, _) = try made(index, f.path + "/docs")
        f.write("docs/b.md", "---\ndate: 2024-06-10\n---\n# Notes\n\nThe dam opened on June 1.\n")
        f.write("docs/c.md", "---\ndate: 2024-06-12\n---\n# More notes\n\nThe road opened on June 2.\n")
        let (after, products) = try made(index, f.path + "/docs")
        // The new documents and the undated one; the dated one beside them is read back.
        #expect(products.madeCount[.timeline] == 3 && products.reused[.timeline] == 1)
        let undated = f.path + "/docs/undated.txt"
        #expect(before.dating[undated]?.anchor != after.dating[undated]?.anchor)
        #expect(try summary(after) == summary(afresh(index, f.path + "/docs")))
    }

    /// A document's figures read the corpus's word lists (names written with a capital elsewhere, known again
    /// in lower-case speech-to-text): its claims are parsed again when a new document changes an answer their
    /// parse was given, and read back otherwise.
    @Test func aDocumentsClaimsAreParsedAgainWhenTheCorpusWordListsAnswerOtherwise() throws {
        let f = TemporaryFolder()
        f.write("docs/asr.txt", "so they sent about 10000 north korean troops to the front last month and more may follow\n")
        f.write("docs/other.txt", "Bridge report\n\nThe bridge reopened after engineers repaired 12 cracks, the council said.\n")
        var w: [String] = []
        let index = try CorpusIndex(path: f.path + "/index.sqlite", warnings: &w)
        let (before, _) = try made(index, f.path + "/docs")
        #expect(before.claims.first { $0.path.hasSuffix("asr.txt") }?.quantities.first?.actor == nil)
        f.write("docs/news.txt", "Troops abroad\n\nOfficials said the North Korean units moved, and the North Korean command stayed. "
                + "Later the North Korean envoy and a North Korean general spoke.\n")
        let (after, products) = try made(index, f.path + "/docs")
        // The new document's and the one whose parse asked about "north" and "korean"; the bridge report's are read back.
        #expect(products.madeCount[.claims] == 2 && products.reused[.claims] == 1)
        #expect(after.claims.first { $0.path.hasSuffix("asr.txt") }?.quantities.first?.actor == "north korea")
        #expect(try summary(after) == summary(afresh(index, f.path + "/docs")))
    }

    /// A document's phrase scores read what the folder says about its phrases (here: that a word is a speaker's
    /// name, not a topic): they are scored again when a new document changes that, and read back otherwise.
    @Test func aDocumentsTopicScoresAreMadeAgainWhenTheFolderSaysOtherwiseAboutItsPhrases() throws {
        let f = TemporaryFolder()
        f.write("docs/works.txt", "Road works\n\nThe repairs were made by Keller. The bridge was checked by Keller on Monday, with help from Keller.\n")
        f.write("docs/bridge.txt", texts[3].1)
        var w: [String] = []
        let index = try CorpusIndex(path: f.path + "/index.sqlite", warnings: &w)
        let works = f.path + "/docs/works.txt"
        let (before, _) = try made(index, f.path + "/docs")
        #expect(before.topics[works]?.contains { $0.label == "Keller" } == true)
        f.write("docs/call.txt", "KELLER: Good morning. The road is open again.\nREYES: Thank you. When did the crews finish?\nKELLER: On Monday.\n")
        let (after, products) = try made(index, f.path + "/docs")
        // The new document's and the one that names Keller; the bridge report's are read back.
        #expect(products.madeCount[.scores] == 2 && products.reused[.scores] == 1)
        #expect(after.topics[works]?.contains { $0.label == "Keller" } == false)
        #expect(try summary(after) == summary(afresh(index, f.path + "/docs")))
    }

    /// Products whose bytes do not read (a damaged row) are made again, never trusted: the analysis is the one
    /// made afresh.
    @Test func productsThatDoNotReadAreMadeAgain() throws {
        let f = TemporaryFolder()
        for (name, text) in texts { f.write("docs/" + name, text) }
        var w: [String] = []
        let index = try CorpusIndex(path: f.path + "/index.sqlite", warnings: &w)
        _ = try made(index, f.path + "/docs")
        // Every payload cut short, and one replaced by bytes of another kind.
        try index.db.write { db in
            try db.execute(sql: "UPDATE document_products SET payload = substr(payload, 1, length(payload) / 2)")
            try db.execute(sql: "UPDATE document_products SET payload = (SELECT payload FROM document_products WHERE kind = 'capitals' LIMIT 1) WHERE kind = 'claims'")
        }
        let (again, products) = try made(index, f.path + "/docs")
        #expect(products.reused.values.reduce(0, +) == 0)
        #expect(DocumentProducts.Kind.allCases.allSatisfy { products.madeCount[$0] == texts.count })
        #expect(try summary(again) == summary(afresh(index, f.path + "/docs")))
    }
}
