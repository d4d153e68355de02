import BriefingCore
import Foundation

/// `briefing-bench salience-features FILE...`: for tools/salience/fit.py, one JSON line per sentence a
/// summary of the file may choose: its text, span, speaker and `SalienceFeatures` (names on the first line).
enum SalienceDump {
    static func run(_ paths: [String]) throws {
        print(String(data: try JSONSerialization.data(withJSONObject: ["features": SalienceFeatures.names]), encoding: .utf8)!)
        for path in paths {
            let result = try CorpusLoader().load([path])
            let analyses = result.documents.map { TurnBuilder.analyze($0) }
            let summarizer = Summarizer()
            let pool = Summarizer.candidates(result.documents, analyses: analyses).filter(summarizer.eligible)
            let features = summarizer.salience(pool).features
            for (c, f) in zip(pool, features) {
                let row: [String: Any] = ["file": path, "start": c.span.start, "end": c.span.end, "speaker": c.speaker ?? "",
                                          "text": Disfluency.trim(c.text), "x": f.values]
                print(String(data: try JSONSerialization.data(withJSONObject: row), encoding: .utf8)!)
            }
        }
    }
}
