@testable import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

/// The stored form of claims and summary candidates: what is written reads back the same, and bytes that do
/// not read give nothing rather than wrong claims.
@Suite struct AnalysisCodecTests {
    let files = [
        ("a.txt", "ROE: We sent 300 volunteers to the river on Monday.\nORTIZ: I disagree with Roe. The council sent 200 volunteers.\n"),
        ("b.txt", "Flood response\n\nThe council sent 300 volunteers to the river, officials said. About 40% of the homes were flooded.\n"),
        ("c.txt", "Flood report\n\nRoughly 40 percent of homes flooded, the mayor said. She said 300 volunteers came.\n"),
    ]

    @Test func claimsAndThreadsReadBackAsWritten() throws {
        let (claims, threads) = try Fixtures.linkedClaims(files)
        #expect(claims.contains { !$0.quantities.isEmpty } && claims.contains { !$0.links.isEmpty })
        let data = AnalysisCodec.encode(claims: claims, threads: threads)
        let back = try #require(AnalysisCodec.decodeClaims(data))
        var again = back.claims
        ClaimLinker.relate(&again, threads: back.threads, copies: back.copies)
        let e = JSONEncoder()
        e.outputFormatting = .sortedKeys
        #expect(try e.encode(again) == e.encode(claims))
        #expect(back.threads == threads)
    }

    @Test func candidatesReadBackAsWritten() throws {
        let f = TemporaryFolder()
        for (name, text) in files { f.write(name, text) }
        let docs = try CorpusLoader().load([f.path]).documents
        let candidates = Summarizer.candidates(docs, analyses: docs.map { TurnBuilder.analyze($0) })
        #expect(candidates.count >= 6)
        let back = try #require(AnalysisCodec.decodeCandidates(AnalysisCodec.encode(candidates: candidates)))
        let e = JSONEncoder()
        e.outputFormatting = .sortedKeys
        #expect(try e.encode(back) == e.encode(candidates))
    }

    @Test func theTimelineReadsBackAsWritten() throws {
        let f = TemporaryFolder()
        for (name, text) in files { f.write(name, text) }
        f.write("d.txt", "Council notes, March 3, 2024\n\nThe levee was finished last week. The vote is due in the spring of 2025.\n")
        let docs = try CorpusLoader().load([f.path]).documents
        let built = TimelineBuilder().build(docs, analyses: docs.map { TurnBuilder.analyze($0) })
        #expect(!built.entries.isEmpty && built.entries.contains { $0.date.precision != .day } && !built.dating.isEmpty)
        let back = try #require(AnalysisCodec.decodeTimeline(AnalysisCodec.encode(timeline: built.entries, dating: built.dating)))
        #expect(back.timeline == built.entries)
        #expect(back.dating == built.dating)
        let data = AnalysisCodec.encode(timeline: built.entries, dating: built.dating)
        #expect(AnalysisCodec.decodeTimeline(data.prefix(data.count / 2)) == nil)
        #expect(AnalysisCodec.decodeTimeline(data + Data([0])) == nil)
    }

    @Test func topicsReadBackAsWritten() throws {
        let f = TemporaryFolder()
        for (name, text) in files { f.write(name, text) }
        let docs = try CorpusLoader().load([f.path]).documents
        let all = TopicExtractor(docs, analyses: docs.map { TurnBuilder.analyze($0) }).allTopics(documentLimit: 8, corpusLimit: 8)
        #expect(!all.corpus.isEmpty && all.documents.values.contains { $0.contains { t in t.passages.contains { $0.speaker != nil } } })
        let data = AnalysisCodec.encode(topics: all.documents, corpusTopics: all.corpus)
        let back = try #require(AnalysisCodec.decodeTopics(data))
        #expect(back.topics == all.documents && back.corpusTopics == all.corpus)
        #expect(AnalysisCodec.decodeTopics(data.prefix(data.count / 2)) == nil)
        #expect(AnalysisCodec.decodeTopics(data + Data([0])) == nil)
    }

    /// A document's scored phrases read back bit for bit, their occurrences numbered again from where the
    /// document's sentences start; an occurrence beyond the document's phrases is refused, not read.
    @Test func aDocumentsScoresReadBackAsWritten() throws {
        let f = TemporaryFolder()
        for (name, text) in files { f.write(name, text) }
        let docs = try CorpusLoader().load([f.path]).documents
        let x = TopicExtractor(docs, analyses: docs.map { TurnBuilder.analyze($0) })
        let scope = x.sentencesOfDocument[2], first = scope[0]
        #expect(first > 0)
        let scores = x.score(scope, positional: true)
        #expect(scores.count >= 3)
        let data = AnalysisCodec.encode(scores: scores, firstSentence: first)
        let back = try #require(AnalysisCodec.decodeScores(data, firstSentence: first, sentences: scope.count) { x.sentences.phrases(first + $0).count })
        func shown(_ s: [String: TopicExtractor.Scored]) -> [String] {
            s.keys.sorted().map { k in "\(k) \(s[k]!.score.bitPattern) \(s[k]!.count) " + s[k]!.passages.map { "\($0.sentence).\($0.phrase)" }.joined(separator: ",") }
        }
        #expect(shown(back) == shown(scores))
        // Read as a document with fewer sentences or phrases, the occurrences do not fit.
        #expect(AnalysisCodec.decodeScores(data, firstSentence: first, sentences: 1) { x.sentences.phrases(first + $0).count } == nil)
        #expect(AnalysisCodec.decodeScores(data, firstSentence: first, sentences: scope.count) { _ in 1 } == nil)
        #expect(AnalysisCodec.decodeScores(data.prefix(data.count / 2), firstSentence: first, sentences: scope.count) { _ in 99 } == nil)
    }

    @Test func bytesThatDoNotReadGiveNothing() throws {
        let (claims, threads) = try Fixtures.linkedClaims(files)
        let data = AnalysisCodec.encode(claims: claims, threads: threads)
        #expect(AnalysisCodec.decodeClaims(data.prefix(data.count / 2)) == nil)
        #expect(AnalysisCodec.decodeClaims(data + Data([0])) == nil)
        var otherVersion = data
        otherVersion[0] = AnalysisCodec.version &+ 1
        #expect(AnalysisCodec.decodeClaims(otherVersion) == nil)
        #expect(AnalysisCodec.decodeCandidates(Data()) == nil)
        // Damaged bytes anywhere (a run of 0xFF makes the largest numbers) never trap.
        for k in stride(from: 1, to: data.count, by: max(1, data.count / 200)) {
            var damaged = data
            for j in k..<min(data.count, k + 9) { damaged[j] = 0xFF }
            _ = AnalysisCodec.decodeClaims(damaged)
        }
    }
}
