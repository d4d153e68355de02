import BriefingCore
import BriefingTerminal
import BriefingTestSupport
import BriefingUI
import Foundation
import Testing

/// The run loop decodes the document shown on another thread: the reader says it is reading it, keys keep
/// working, and the text appears when it is ready.
@Suite struct RunLoopDecodingTests {
    /// A source that holds each document back until the test lets it go.
    final class GatedSource: DocumentSource, @unchecked Sendable {
        let models: [DocumentModel]
        let gate = DispatchSemaphore(value: 0)
        init(_ models: [DocumentModel]) { self.models = models }
        func document(_ header: DocumentHeader) -> (Document, SpeakerAnalysis)? {
            gate.wait()
            return models.first { $0.document.path == header.path }.map { ($0.document, $0.analysis) }
        }
        func documents(_ headers: [DocumentHeader]) -> [(Document, SpeakerAnalysis)] { [] }
    }

    @Test func theTextArrivesWhileKeysKeepWorking() throws {
        let models = try Fixtures.seedModels()
        let source = GatedSource(models)
        let shelf = DocumentShelf(headers: models.map { DocumentHeader($0.document) }, source: source, decodesInBackground: true)
        let backend = RunLoopSearchTests.ScriptedBackend([.key(.char("?")), .key(.escape), .run { source.gate.signal() }]
            + Array(repeating: .idle, count: 20))
        var state = AppState(shelf: shelf, width: 120, height: 40)
        let exit = RunLoop.run(&state, backend: backend)
        #expect(exit == .quit)
        #expect(backend.frames.first?.contains("reading the document…") == true)
        #expect(backend.frames.contains { $0.contains("jump back") }, "the help opened while the document was read")
        let words = String(models[0].document.text.string(models[0].document.body).prefix(200)).split(separator: " ").prefix(3).joined(separator: " ")
        #expect(backend.frames.last?.contains(words) == true)
        #expect(state.model != nil)
    }
}
