@testable import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

/// The sentences the steps of a corpus analysis share: each document's are its own sentences, whichever thread
/// asks first and however often.
@Suite struct DocumentSentencesTests {
    @Test func eachDocumentsSentencesAreItsOwnAskedFromAnyThreadInAnyOrder() throws {
        let f = TemporaryFolder()
        for k in 0..<12 {
            f.write("doc\(k).txt", "Notes \(k)\n\nThe council met on Monday. It sent \(k * 10) volunteers to the river! Did the bridge hold? Yes.\n")
        }
        let docs = try CorpusLoader().load([f.path]).documents
        let shared = DocumentSentences(docs)
        let order = Array(docs.indices.reversed()) + Array(docs.indices)
        let asked = parallelMap(count: order.count, minimumChunk: 1) { shared[order[$0]].map(\.span) }
        for (k, n) in order.enumerated() {
            #expect(asked[k] == docs[n].sentences().map(\.span), "document \(n)")
        }
        #expect(docs.indices.allSatisfy { shared[$0].count >= 4 })
        let given = DocumentSentences(docs.map { $0.sentences() })
        #expect(docs.indices.allSatisfy { given[$0].map(\.span) == shared[$0].map(\.span) })
    }

    /// A step that reads its documents one at a time asks with the document it read: segmented once, none held.
    @Test func sentencesAskedWithTheirDocumentAreMadeOnce() throws {
        let f = TemporaryFolder()
        for k in 0..<3 { f.write("doc\(k).txt", "Notes \(k)\n\nThe ferry left at noon. It came back empty.\n") }
        let docs = try CorpusLoader().load([f.path]).documents
        let shared = DocumentSentences(count: docs.count)
        #expect(shared.of(1, docs[1]) == docs[1].sentences())
        // Made once: asked again (even with another document), document 1's sentences are those made first.
        #expect(shared.of(1, docs[0]) == docs[1].sentences())
        #expect(shared[1] == docs[1].sentences())
    }
}
