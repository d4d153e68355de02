import Foundation

/// The stored form of a document's scored phrases (`DocumentProducts.Kind.scores`): each phrase's key, score
/// (its exact bits), count and occurrences, the occurrences' sentences numbered within the document.
extension AnalysisCodec {
    /// `firstSentence`: the number of the document's first sentence among the extractor's.
    static func encode(scores: [String: TopicExtractor.Scored], firstSentence: Int) -> Data {
        let table = StringTable()
        let body = PayloadWriter()
        body.array(scores.keys.sorted()) { key in
            let s = scores[key]!
            body.unsigned(UInt64(table.id(key)))
            body.double(s.score)
            body.int(s.count)
            body.array(s.passages) { at in body.int(Int(at.sentence) - firstSentence); body.int(Int(at.phrase)) }
        }
        return framed(table, body)
    }

    /// The scores as written, the occurrences numbered again from `firstSentence`; nil for bytes that do not
    /// read or an occurrence that is not one of the document's phrases (`phrases(k)`: how many its sentence k has,
    /// of `sentences`).
    static func decodeScores(_ data: Data, firstSentence: Int, sentences: Int, phrases: (Int) -> Int) -> [String: TopicExtractor.Scored]? {
        guard let (r, shared) = unframed(data) else { return nil }
        do {
            var scores: [String: TopicExtractor.Scored] = [:]
            for _ in 0..<(try r.count()) {
                let key = try shared(), score = try r.double(), count = try r.int()
                let passages = try r.array { () throws -> TopicExtractor.PhraseAt in
                    let sentence = try r.int(), phrase = try r.int()
                    guard sentence >= 0, sentence < sentences, phrase >= 0, phrase < phrases(sentence) else { throw PayloadReader.Malformed() }
                    return TopicExtractor.PhraseAt(sentence: Int32(firstSentence + sentence), phrase: Int32(phrase))
                }
                scores[key] = TopicExtractor.Scored(key: key, score: score, count: count, passages: passages)
            }
            guard r.position == r.bytes.count else { return nil }
            return scores
        } catch {
            return nil
        }
    }
}
