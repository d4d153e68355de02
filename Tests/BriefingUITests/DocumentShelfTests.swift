import BriefingCore
import BriefingTestSupport
@testable import BriefingUI
import Foundation
import Testing

/// A source that counts what it decodes, standing in for the index.
final class CountingSource: DocumentSource, @unchecked Sendable {
    let models: [DocumentModel]
    private let lock = NSLock()
    private(set) var decoded: [String] = []
    private(set) var bulk = 0

    init(_ models: [DocumentModel]) { self.models = models }

    func document(_ header: DocumentHeader) -> (Document, SpeakerAnalysis)? {
        lock.lock(); defer { lock.unlock() }
        decoded.append(header.name)
        return models.first { $0.document.path == header.path }.map { ($0.document, $0.analysis) }
    }

    func documents(_ headers: [DocumentHeader]) -> [(Document, SpeakerAnalysis)] {
        lock.lock(); bulk += 1; lock.unlock()
        return headers.compactMap { h in models.first { $0.document.path == h.path }.map { ($0.document, $0.analysis) } }
    }
}

/// The reader opens a large folder from headers and decodes a document only when it shows it.
@Suite struct DocumentShelfTests {
    @Test func theFirstFrameDecodesOnlyTheDocumentShown() throws {
        let models = try Fixtures.seedModels()
        let source = CountingSource(models)
        let shelf = DocumentShelf(headers: models.map { DocumentHeader($0.document) }, source: source)
        var state = AppState(shelf: shelf, width: 120, height: 40)
        state.analysing = true
        let frame = Renderer.render(state).text
        #expect(source.decoded == [models[0].document.name])
        // The list shows every document's title from its header alone.
        for m in models { #expect(frame.contains(String(m.title.prefix(20)))) }
        // The same frame as a reader holding every model.
        var eager = AppState(documents: models, width: 120, height: 40)
        eager.analysing = true
        #expect(frame == Renderer.render(eager).text)
        // Opening another document decodes it, once.
        state.perform(.down)
        state.perform(.select)
        _ = Renderer.render(state)
        _ = Renderer.render(state)
        #expect(source.decoded == [models[0].document.name, models[1].document.name])
        #expect(state.model?.document.path == models[1].document.path)
    }

    /// The reader's loop never decodes: the shelf gives what is made, the run loop decodes the document shown
    /// on another thread, and a jump made meanwhile lands where it was going once the text arrives.
    @Test func aDocumentIsDecodedOffTheLoopAndAJumpLandsWhenItArrives() throws {
        let models = try Fixtures.seedModels()
        let source = CountingSource(models)
        let shelf = DocumentShelf(headers: models.map { DocumentHeader($0.document) }, source: source, decodesInBackground: true)
        var state = AppState(shelf: shelf, width: 120, height: 40)
        #expect(state.model == nil && state.documentToLoad == 0)
        let waiting = Renderer.render(state).text
        #expect(waiting.contains("reading the document…"))
        // The title line needs only the header.
        #expect(waiting.split(separator: "\n").first?.contains(String(models[0].title.prefix(30))) == true)
        #expect(source.decoded.isEmpty, "drawing and updating decode nothing")
        #expect(state.documents.load(0))
        state.update(.documentLoaded(0))
        #expect(state.model?.document.path == models[0].document.path && state.documentToLoad == nil)
        #expect(!state.readerLines.isEmpty)
        // A jump deep into another document: the reader waits for its text, then shows the passage.
        let target = try #require(models.indices.dropFirst().max { models[$0].document.text.count < models[$1].document.text.count })
        let text = models[target].document.text
        let offset = text.count * 9 / 10
        state.jump(to: models[target].document.path, TextSpan(offset, offset + 5))
        #expect(state.current == target && state.model == nil && state.documentToLoad == target)
        #expect(state.message == nil, "a document being read is not reported unreadable")
        // The answer for a document no longer shown changes nothing.
        state.update(.documentLoaded(0))
        #expect(state.readerTop == 0)
        #expect(state.documents.load(target))
        state.update(.documentLoaded(target))
        let shown = try #require(state.line(showing: offset))
        #expect(state.readerTop > 0 && (state.readerTop...(state.readerTop + state.readerHeight)).contains(shown))
        #expect(source.decoded == [models[0].document.name, models[target].document.name])
        // Ctrl-O goes back to the first document, decoded again only if it was let go.
        state.perform(.historyBack)
        #expect(state.current == 0 && state.model != nil)
    }

    @Test func aDocumentFoundUnreadableOffTheLoopIsReported() throws {
        let models = try Fixtures.seedModels()
        let headers = models.map { DocumentHeader($0.document) } + [DocumentHeader(path: "gone.txt", absolutePath: "/gone.txt", title: "Gone", date: nil, format: .article)]
        let shelf = DocumentShelf(headers: headers, source: CountingSource(models), decodesInBackground: true)
        var state = AppState(shelf: shelf, width: 100, height: 30)
        state.perform(.bottom)
        state.perform(.select)
        #expect(state.current == 3 && state.documentToLoad == 3 && state.message == nil)
        #expect(!state.documents.load(3))
        state.update(.documentLoaded(3))
        #expect(state.documentToLoad == nil && state.model == nil)
        #expect(state.message?.contains("gone.txt: can no longer be read") == true)
        #expect(Renderer.render(state).text.contains("no document"))
    }

    @Test func allReadsInOneGoAndKeepsCorrections() throws {
        let models = try Fixtures.seedModels()
        let source = CountingSource(models)
        var shelf = DocumentShelf(headers: models.map { DocumentHeader($0.document) }, source: source)
        var doc = models[2].document
        doc.title = "Corrected"
        shelf.replace(2, with: DocumentModel(doc))
        let all = shelf.all()
        #expect(source.bulk == 1 && source.decoded.isEmpty)
        #expect(all.map(\.0.path) == models.map(\.document.path))
        #expect(all[2].0.title == "Corrected")
    }

    @Test func theCorpusWideAnalysisIsKeptInTheIndexForTheSameDocuments() throws {
        let models = try Fixtures.seedModels()
        let folder = TemporaryFolder()
        var warnings: [String] = []
        let index = try CorpusIndex(path: folder.path + "/index.sqlite", warnings: &warnings)
        let first = CountingSource(models)
        let made = CorpusAnalysis.load(index: index, fingerprint: "abc", documents: { DocumentShelf(headers: models.map { DocumentHeader($0.document) }, source: first).all() })
        // Made from cold, each step that needs the documents reads them and lets them go: the timeline and the
        // claims, the topics, the summary candidates.
        #expect(first.bulk == 3)
        // Opening the same documents again reads the analysis back instead of redoing it.
        let again = CountingSource(models)
        let kept = CorpusAnalysis.load(index: index, fingerprint: "abc", documents: { DocumentShelf(headers: models.map { DocumentHeader($0.document) }, source: again).all() })
        #expect(again.bulk == 0)
        #expect(kept.timeline == made.timeline && kept.topics == made.topics)
        #expect(kept.claims.map(\.text) == made.claims.map(\.text) && kept.claims.map(\.links) == made.claims.map(\.links))
        // Related claims are not kept but made again from links and threads: the same as first made.
        #expect(kept.claims.map(\.related) == made.claims.map(\.related) && made.claims.contains { !$0.related.isEmpty })
        #expect(kept.candidates.map(\.span) == made.candidates.map(\.span))
        // Read back part by part: the timeline is published first, before the claims are read.
        nonisolated(unsafe) var published: [CorpusAnalysis] = []
        let parts = CorpusAnalysis.load(index: index, fingerprint: "abc", documents: { [] }) { published.append($0) }
        #expect(published.count == 1 && published[0].timeline == made.timeline && published[0].claims.isEmpty)
        #expect(published[0].pending?.next == "claims" && parts.pending == nil && parts.claims.count == made.claims.count)
        let timelineOnly = try #require(CorpusAnalysis.stored(index: index, fingerprint: "abc", parts: [.timeline]))
        #expect(timelineOnly.dating == made.dating && timelineOnly.claims.isEmpty && timelineOnly.candidates.isEmpty)
        // Other documents (another fingerprint) are analysed afresh.
        let other = CountingSource(models)
        _ = CorpusAnalysis.load(index: index, fingerprint: "xyz", documents: { DocumentShelf(headers: models.map { DocumentHeader($0.document) }, source: other).all() })
        #expect(other.bulk == 3)
    }

    @Test func aDocumentThatCannotBeReadShowsNothingAndDoesNotCrash() throws {
        let models = try Fixtures.seedModels()
        let headers = models.map { DocumentHeader($0.document) } + [DocumentHeader(path: "gone.txt", absolutePath: "/gone.txt", title: "Gone", date: nil, format: .article)]
        var state = AppState(shelf: DocumentShelf(headers: headers, source: CountingSource(models)), width: 100, height: 30)
        state.perform(.bottom)
        state.perform(.select)
        #expect(state.current == 3 && state.model == nil)
        #expect(state.message?.contains("gone.txt: can no longer be read") == true)
        #expect(Renderer.render(state).text.contains("Gone"))
    }
}
