import Foundation

/// The stored form of a document's topic product (`DocumentProducts.Kind.phrases`): each sentence's speaker,
/// span and candidate phrases as `PhraseFinder` found them, and the document's evidence about ambiguous words.
extension AnalysisCodec {
    static func encode(phrases pass: TopicExtractor.DocumentPass) -> Data {
        let table = StringTable()
        let body = PayloadWriter()
        func shared(_ s: String) { body.unsigned(UInt64(table.id(s))) }
        body.array(pass.sentences) { s in
            body.optional(s.1, shared); body.span(s.2)
            // Each phrase, as an array of its words. The surface is the words' spans in the text, and the
            // phrase's span runs from the first to the last.
            body.unsigned(UInt64(s.3.count))
            for k in 0..<s.3.count {
                let words = s.3.range(k)
                body.unsigned(UInt64(words.count))
                for i in words { shared(s.3.words[i]); body.byte(s.3.roles[i].rawValue); body.span(s.3.spans[i]) }
            }
        }
        body.array(pass.nounUses.sorted(), shared)
        body.array(pass.capitals.sorted(), shared)
        return framed(table, body)
    }

    /// The product as written, its sentences numbered as document `document`, the phrases' surfaces read from
    /// the document's `text`; nil for bytes that do not read.
    static func decodePhrases(_ data: Data, document: Int, text: SourceText) -> TopicExtractor.DocumentPass? {
        guard let (r, shared) = unframed(data) else { return nil }
        do {
            var pass = TopicExtractor.DocumentPass()
            pass.sentences = try r.array { () throws -> (Int, String?, TextSpan, SentencePhrases) in
                let speaker = try r.optional(shared), span = try r.span()
                var phrases = SentencePhrases()
                var words: [String] = [], roles: [WordRole] = [], spans: [TextSpan] = []
                for _ in 0..<(try r.count()) {
                    words.removeAll(keepingCapacity: true); roles.removeAll(keepingCapacity: true); spans.removeAll(keepingCapacity: true)
                    for _ in 0..<(try r.count()) {
                        words.append(try shared())
                        guard let role = WordRole(rawValue: try r.byte()) else { throw PayloadReader.Malformed() }
                        roles.append(role)
                        let span = try r.span()
                        guard span.start >= 0, span.start < span.end, span.end <= text.count else { throw PayloadReader.Malformed() }
                        spans.append(span)
                    }
                    guard !words.isEmpty else { throw PayloadReader.Malformed() }
                    phrases.append(words[...], roles[...], spans[...])
                }
                return (document, speaker, span, phrases.tightened())
            }
            pass.nounUses = Set(try r.array(shared))
            pass.capitals = Set(try r.array(shared))
            guard r.position == r.bytes.count else { return nil }
            return pass
        } catch {
            return nil
        }
    }
}
