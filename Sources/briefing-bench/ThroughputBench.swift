import BriefingCore
import Foundation

/// Analysis throughput in characters per second on the seeds concatenated to a target size.
enum ThroughputBench {
    /// The seed files' text repeated (paragraph-separated) to at least `bytes` bytes, as one document.
    static func bigDocument(corpus: String, bytes: Int) throws -> Document {
        let docs = try CorpusLoader().load([corpus]).documents
        let unit = docs.map { $0.text.string($0.body) }.joined(separator: "\n\n")
        var text = ""
        text.reserveCapacity(bytes + unit.utf8.count)
        while text.utf8.count < bytes { text += unit + "\n\n" }
        return DocumentParser.parse(SourceText(text), path: "bench.txt")
    }

    static func line(_ name: String, chars: Int, milliseconds ms: Double) -> String {
        let rate = Double(chars) / (ms / 1000)
        return String(format: "  %-34@ %8.0f ms   %6.2f M chars/s", name as NSString, ms, rate / 1e6)
    }

    /// Each step is timed this many times and the shortest run is shown.
    static let runs = 3

    static func run(corpus: String) throws {
        let doc = try bigDocument(corpus: corpus, bytes: 5 * 1_048_576)
        let chars = doc.text.count
        print("analysis throughput on the seeds concatenated to 5 MB (\(chars) characters), best of \(runs) runs:")
        let paragraphs = doc.blocks.map(\.pieces)
        let flat = paragraphs.flatMap { $0 }
        var sentences: [Sentence] = []
        let segment = Measure.best(of: runs) { sentences = SentenceSegmenter().sentences(doc.text, paragraphs: paragraphs) }
        print(line("sentence segmenter (baseline)", chars: chars, milliseconds: segment))
        var found = 0
        let tagger = TemporalTagger()
        let tag = Measure.best(of: runs) {
            found = 0
            for s in sentences { found += tagger.mentions(doc.text, pieces: SentenceSegmenter.pieces(of: s, in: flat)).count }
        }
        print(line("temporal tagger (after segmenting)", chars: chars, milliseconds: tag) + "   \(found) expressions")
        var analysis: SpeakerAnalysis?
        let speakers = Measure.best(of: runs) { analysis = TurnBuilder.analyze(doc) }
        print(line("speakers and quoted sources", chars: chars, milliseconds: speakers))
        let timeline = Measure.best(of: runs) { _ = TimelineBuilder().build([doc], analyses: [analysis!]) }
        print(line("timeline (segment+tag+resolve+merge)", chars: chars, milliseconds: timeline))
        var topicCount = 0, summaryCount = 0
        let topics = Measure.best(of: runs) {
            let x = TopicExtractor([doc], analyses: [analysis!])
            topicCount = x.topics(document: doc.path).count
            let candidates = Summarizer.candidates([doc], analyses: [analysis!])
            summaryCount = Summarizer().summarize(candidates, count: 5).count
        }
        print(line("topics + summary", chars: chars, milliseconds: topics) + "   \(topicCount) topics, \(summaryCount) sentences")
    }
}
