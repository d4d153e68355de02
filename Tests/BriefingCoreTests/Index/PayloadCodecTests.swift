@testable import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

/// The index's stored form of a document gives back what was stored, and refuses bytes that are not one.
@Suite struct PayloadCodecTests {
    @Test func aStoredDocumentComesBackWhole() throws {
        var docs = try CorpusLoader().load([PackagePaths.seeds]).documents
        docs.append(DocumentParser.parse(SourceText("1\n00:00:01,000 --> 00:00:02,500\n<v Ann Lee>Good morning.\n\n2\n00:00:03,000 --> 00:00:04,000\nBOB: Morning, Ann. Café?\n"), path: "x.srt"))
        #expect(docs.count == 4)
        for var doc in docs {
            doc.metadata = ["speaker.ANN": "Ann Lee", "b": "ü"]
            doc.speakerAliases = ["BOB": "Bob Roe"]
            doc.warnings = ["one", "two"]
            let analysis = TurnBuilder.analyze(doc)
            let back = try #require(PayloadCodec.decode(PayloadCodec.encode(StoredDocument(doc, analysis))))
            let d = back.document(text: doc.text.string(doc.text.whole))
            #expect(d.path == doc.path && d.format == doc.format && d.title == doc.title && d.date == doc.date)
            #expect(d.dateSource == doc.dateSource && d.source == doc.source && d.authors == doc.authors && d.people == doc.people)
            #expect(d.publisherSummary == doc.publisherSummary && d.body == doc.body && d.blocks == doc.blocks)
            #expect(d.speakerAliases == doc.speakerAliases && d.metadata == doc.metadata && d.warnings == doc.warnings)
            #expect(back.analysis.turns == analysis.turns && back.analysis.roles == analysis.roles && back.analysis.quoted == analysis.quoted)
        }
    }

    @Test func bytesThatAreNotAPayloadGiveNothing() throws {
        let doc = DocumentParser.parse(SourceText("Title\n\nSome words here.\n"), path: "a.txt")
        let bytes = PayloadCodec.encode(StoredDocument(doc, TurnBuilder.analyze(doc)))
        #expect(PayloadCodec.decode(bytes) != nil)
        #expect(PayloadCodec.decode(bytes.prefix(bytes.count - 1)) == nil)
        #expect(PayloadCodec.decode(Data([0xFF] + bytes.dropFirst())) == nil)
        #expect(PayloadCodec.decode(Data("{\"path\":\"a.txt\"}".utf8)) == nil)
        #expect(PayloadCodec.decode(Data()) == nil)
        // Damaged bytes anywhere (a run of 0xFF makes the largest numbers, negative spans among them) never trap.
        for k in 1..<bytes.count {
            var damaged = bytes
            for j in k..<min(bytes.count, k + 9) { damaged[j] = 0xFF }
            _ = PayloadCodec.decode(damaged)
        }
    }
}
