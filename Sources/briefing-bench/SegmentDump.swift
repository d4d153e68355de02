import BriefingCore
import Foundation

/// `briefing-bench segments FILE...`: for tools/segments/score.py, one JSON line per file with the offsets
/// at which `TopicSegmenter` starts a new part (its parameters from BLOCK, MIN_PART and CUTOFF when set).
enum SegmentDump {
    static func run(_ paths: [String]) throws {
        var segmenter = TopicSegmenter()
        let env = ProcessInfo.processInfo.environment
        if let b = env["BLOCK"].flatMap(Double.init) { segmenter.blockShare = b }
        if let m = env["MIN_PART"].flatMap(Double.init) { segmenter.minPartShare = m }
        if let c = env["CUTOFF"].flatMap(Double.init) { segmenter.cutoff = c }
        for path in paths {
            let result = try CorpusLoader().load([path])
            let analyses = result.documents.map { TurnBuilder.analyze($0) }
            let sentences = Summarizer.candidates(result.documents, analyses: analyses)
            let starts = segmenter.boundaries(sentences.map(\.text)).map { sentences[$0].span.start }
            let row: [String: Any] = ["file": path, "starts": starts, "sentences": sentences.count]
            print(String(data: try JSONSerialization.data(withJSONObject: row), encoding: .utf8)!)
        }
    }
}
