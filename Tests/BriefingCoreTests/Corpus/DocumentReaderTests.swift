@testable import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

/// The documents a corpus analysis reads one at a time: from the index, the same as decoded all at once, and a
/// document gone from the index reads as empty rather than failing the analysis.
@Suite struct DocumentReaderTests {
    @Test func theIndexReadsEachDocumentAsItDecodesThemAll() throws {
        let f = TemporaryFolder()
        f.write("docs/a.txt", "Harbour notes\n\nThe ferry left at noon on 3 May 2024. It came back empty.\n")
        f.write("docs/b.txt", "ALICE: Did the ferry run?\nBOB: It ran twice, on Monday.\n")
        var warnings: [String] = []
        let index = try CorpusIndex(path: f.path + "/index.sqlite", warnings: &warnings)
        let catalog = try index.refresh([f.path + "/docs"], loader: CorpusLoader())
        let reader = index.reader(catalog.headers)
        let all = index.documents(catalog.headers)
        #expect(reader.paths == all.map(\.0.path) && reader.dates == all.map(\.0.date))
        for n in reader.indices {
            let (doc, analysis) = reader[n]
            #expect(doc.text.string(doc.text.whole) == all[n].0.text.string(all[n].0.text.whole))
            #expect(doc.blocks == all[n].0.blocks && analysis.turns.map(\.speaker) == all[n].1.turns.map(\.speaker))
            #expect(reader.text(n).string(reader.text(n).whole) == doc.text.string(doc.text.whole))
        }
        // Removed from the index after the headers were read: empty, not a failure.
        try FileManager.default.removeItem(atPath: f.path + "/docs/a.txt")
        _ = try index.refresh([f.path + "/docs"], loader: CorpusLoader())
        let gone = catalog.headers.firstIndex { $0.path.hasSuffix("a.txt") }!
        #expect(reader[gone].0.text.isEmpty && reader.text(gone).isEmpty && reader[gone].0.path == catalog.headers[gone].path)
    }
}
