import Foundation

/// The index's stored form of the topics part (each document's topics and the corpus's), written by hand like
/// the claims: `topics` and the reader read it from the index, and as JSON it was the largest part (27 MB for
/// 1,000 documents), its document names and speakers repeated in every passage.
extension AnalysisCodec {
    static func encode(topics: [String: [Topic]], corpusTopics: [Topic]) -> Data {
        let table = StringTable()
        let body = PayloadWriter()
        func shared(_ s: String) { body.unsigned(UInt64(table.id(s))) }
        func topic(_ t: Topic) {
            shared(t.label); body.array(t.variants, shared); body.double(t.score); body.int(t.count)
            body.array(t.passages) { p in shared(p.document); body.span(TextSpan(p.start, p.end)); body.optional(p.speaker, shared) }
        }
        body.array(topics.keys.sorted()) { path in shared(path); body.array(topics[path]!, topic) }
        body.array(corpusTopics, topic)
        return framed(table, body)
    }

    /// Each document's topics and the corpus's, as written; nil for bytes that do not read.
    static func decodeTopics(_ data: Data) -> (topics: [String: [Topic]], corpusTopics: [Topic])? {
        guard let (r, shared) = unframed(data) else { return nil }
        func topic() throws -> Topic {
            let label = try shared(), variants = try r.array(shared), score = try r.double(), count = try r.int()
            let passages = try r.array { () throws -> Topic.Passage in
                let document = try shared(), span = try r.span()
                return Topic.Passage(document: document, start: span.start, end: span.end, speaker: try r.optional(shared))
            }
            return Topic(label: label, variants: variants, score: score, count: count, passages: passages)
        }
        do {
            var topics: [String: [Topic]] = [:]
            for _ in 0..<(try r.unsigned()) {
                let path = try shared()
                topics[path] = try r.array(topic)
            }
            let corpus = try r.array(topic)
            guard r.position == r.bytes.count else { return nil }
            return (topics, corpus)
        } catch {
            return nil
        }
    }
}
