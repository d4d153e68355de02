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
            body.array(s.3) { o in
                // The surface is the words' spans in the text, and the phrase's span runs from the first to the last.
                body.array(Array(zip(o.words, zip(o.roles, o.spans)))) { w, rest in
                    shared(w); body.byte(rest.0.rawValue); body.span(rest.1)
                }
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
            pass.sentences = try r.array { () throws -> (Int, String?, TextSpan, [PhraseFinder.Occurrence]) in
                let speaker = try r.optional(shared), span = try r.span()
                let occurrences = try r.array { () throws -> PhraseFinder.Occurrence in
                    let parts = try r.array { () throws -> (String, WordRole, TextSpan) in
                        let word = try shared()
                        guard let role = WordRole(rawValue: try r.byte()) else { throw PayloadReader.Malformed() }
                        let span = try r.span()
                        guard span.start >= 0, span.start < span.end, span.end <= text.count else { throw PayloadReader.Malformed() }
                        return (word, role, span)
                    }
                    guard let first = parts.first, let last = parts.last else { throw PayloadReader.Malformed() }
                    return PhraseFinder.Occurrence(words: parts.map(\.0), surface: parts.map { text.string($0.2) }.joined(separator: " "),
                                                   span: TextSpan(first.2.start, last.2.end), roles: parts.map(\.1), spans: parts.map(\.2))
                }
                return (document, speaker, span, occurrences)
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
