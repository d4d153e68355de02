import BriefingCore
import BriefingTerminal
import BriefingUI
import Foundation

/// The large-corpus measurements: first frame from a warm index, and search latency.
enum ScaleBench {
    /// Loads from the index and renders the reader's first frame through the in-memory backend, as
    /// `briefing PATH` does before any key (the corpus-wide analysis goes on in the background); `withTimeline`:
    /// the frame once the stored timeline, the first part the reader publishes, is read.
    static func firstFrame(corpus: String, index: String, withTimeline: Bool) throws {
        var warnings: [String] = []
        let ix = try CorpusIndex(path: index, warnings: &warnings)
        let catalog = try ix.refresh([corpus], loader: CorpusLoader())
        var state = AppState(shelf: DocumentShelf(headers: catalog.headers, source: ix), width: 200, height: 50)
        state.analysing = true
        // The timeline part of the stored corpus analysis, as the reader publishes it first.
        if withTimeline, var first = CorpusAnalysis.stored(index: ix, fingerprint: catalog.fingerprint, parts: [.timeline]) {
            first.pending = CorpusAnalysis.Stage(next: "claims", step: 2, of: 3)
            state.apply(first)
        }
        let backend = MemoryBackend(width: 200, height: 50, events: [])
        backend.draw(Renderer.render(state))
        print("first frame: \(catalog.headers.count) documents, \(ix.analysedCount) analysed, \(state.timeline.count) timeline entries, "
              + "frame has \(backend.lastFrame?.text.count ?? 0) characters")
    }

    /// The corpus analysis of a large corpus, stage by stage: every document decoded from the index, then the
    /// timeline, claim extraction, claim linking, topics and summary candidates, each timed, with the peak RSS.
    static func extras(corpus: String, index: String) throws {
        var warnings: [String] = []
        let ix = try CorpusIndex(path: index, warnings: &warnings)
        let catalog = try ix.refresh([corpus], loader: CorpusLoader())
        var pairs: [(Document, SpeakerAnalysis)] = []
        var times: [String] = []
        func stage<T>(_ name: String, _ body: () -> T) -> T {
            var out: T?
            let ms = Measure.milliseconds { out = body() }
            times.append(String(format: "%@ %.1f s (peak %.0f MB)", name, ms / 1000, Measure.peakRSSMegabytes()))
            return out!
        }
        pairs = stage("decode") { ix.documents(catalog.headers) }
        let (docs, analyses) = (pairs.map(\.0), pairs.map(\.1))
        let timeline = stage("timeline") { TimelineBuilder().build(docs, analyses: analyses) }
        let extracted = stage("claim extraction") { ClaimBuilder().extract(docs, analyses: analyses, timeline: timeline) }
        let linked = stage("claim linking") { ClaimLinker().linkWithThreads(extracted) }
        _ = stage("topics") { TopicExtractor(docs, analyses: analyses).allTopics(documentLimit: 15, corpusLimit: 20) }
        _ = stage("summary candidates") { Summarizer.candidates(docs, analyses: analyses) }
        print(String(format: "corpus analysis of %d documents (%d timeline entries, %d claims): ", pairs.count, timeline.entries.count, linked.claims.count)
              + times.joined(separator: " · ") + String(format: "; peak RSS %.0f MB", Measure.peakRSSMegabytes()))
    }

    /// Claim linking (links by meaning and threads) on the claims of the corpus's first `documents` documents,
    /// extracted once, then linked in a quarter, a half and all of them (after one warm-up pass that loads
    /// WordNet): the time per claim should stay about the same as the claims grow (near-linear).
    static func linking(corpus: String, index: String, documents: Int) throws {
        var warnings: [String] = []
        let ix = try CorpusIndex(path: index, warnings: &warnings)
        let catalog = try ix.refresh([corpus], loader: CorpusLoader())
        let pairs = ix.documents(Array(catalog.headers.prefix(documents)))
        let (docs, analyses) = (pairs.map(\.0), pairs.map(\.1))
        let timeline = TimelineBuilder().build(docs, analyses: analyses)
        let all = ClaimBuilder().extract(docs, analyses: analyses, timeline: timeline)
        _ = ClaimLinker().linkWithThreads(Array(all.prefix(all.count / 8)))
        var line: [String] = []
        for share in [4, 2, 1] {
            let part = Array(all.prefix(all.count / share))
            var threads = 0
            let ms = Measure.milliseconds { threads = ClaimLinker().linkWithThreads(part).threads.count }
            line.append(String(format: "%d claims %.1f s (%.0f µs/claim, %d threads)", part.count, ms / 1000, ms * 1000 / Double(max(1, part.count)), threads))
        }
        print("claim linking on \(docs.count) documents: " + line.joined(separator: " · ") + String(format: "; peak RSS %.0f MB", Measure.peakRSSMegabytes()))
    }

    static func search(index: String, queries: Int) throws {
        var warnings: [String] = []
        let ix = try CorpusIndex(path: index, warnings: &warnings)
        let words = ["troops", "mobilization", "sanctions", "ammunition", "\"North Korean soldiers\"", "casualt*", "Kursk", "oil price",
                     "desperate", "negotiating table", "ballistic missiles", "\"price cap\"", "volunteer*", "Putin", "alliance",
                     "satellite", "Europe", "drone*", "ceasefire", "intelligence", "\"security guarantee\"", "nuclear", "recruit",
                     "Ukraine", "China", "reports", "battlefield", "economy"]
        var times: [Double] = []
        var found = 0
        for i in 0..<queries {
            let q = words[i % words.count] + (i % 3 == 0 ? " " + words[(i * 7) % words.count] : "")
            times.append(try Measure.millisecondsThrowing { found += try ix.search(q, filter: .init(limit: 20)).count })
        }
        times.sort()
        print(String(format: "search over the index, %d queries: p50 %.2f ms   p95 %.2f ms   max %.2f ms   (%d hits)",
                     queries, Measure.percentile(times, 0.5), Measure.percentile(times, 0.95), times.last ?? 0, found))
        // A pasted page: 10,000 words (the search keeps its first 64 different ones).
        let page = (0..<10_000).map { i in words[(i * 7 + i / 28) % words.count].replacingOccurrences(of: "\"", with: "") + "\(i % 97)" }.joined(separator: " ")
        let long = try Measure.millisecondsThrowing { _ = try ix.search(page, filter: .init(limit: 20)) }
        print(String(format: "a 10,000-word query: %.1f ms   (target well under 1 s)", long))
    }
}
