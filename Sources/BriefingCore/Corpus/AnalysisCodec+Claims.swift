import Foundation

/// The stored forms of a document's claim products: how often it writes each word with a capital
/// (`DocumentProducts.Kind.capitals`), and its own claims with the questions their parse put to the corpus's
/// word lists (`DocumentProducts.Kind.claims`).
extension AnalysisCodec {
    static func encode(capitals counts: [String: (upper: Int, lower: Int)]) -> Data {
        let body = PayloadWriter()
        body.array(counts.keys.sorted()) { key in
            let c = counts[key]!
            body.string(key); body.int(c.upper); body.int(c.lower)
        }
        return framed(StringTable(), body)
    }

    static func decodeCapitals(_ data: Data) -> [String: (upper: Int, lower: Int)]? {
        guard let (r, _) = unframed(data) else { return nil }
        do {
            var out: [String: (upper: Int, lower: Int)] = [:]
            for _ in 0..<(try r.count()) {
                let key = try r.string()
                out[key] = (try r.int(), try r.int())
            }
            guard r.position == r.bytes.count else { return nil }
            return out
        } catch {
            return nil
        }
    }

    /// A claim's text is its sentence's pieces joined, made again from the document; its span is the sentence's,
    /// cut at `ClaimExtractor.maxClaimLength`.
    static func encode(ownClaims own: ClaimExtractor.OwnClaims, log: QuantityParser.LookupLog) -> Data {
        let table = StringTable()
        let body = PayloadWriter()
        func shared(_ s: String) { body.unsigned(UInt64(table.id(s))) }
        body.array(Array(own.claims.indices)) { i in
            let c = own.claims[i]
            body.span(own.sentences[i]); body.byte(own.stance[i] ? 1 : 0)
            body.optional(c.claimant, shared); shared(c.kind.rawValue)
            body.array(c.quantities) { write(quantity: $0, to: body, shared: shared) }
            body.byte(c.negated ? 1 : 0); body.array(c.groups, shared); body.double(c.checkWorthiness)
        }
        func answers(_ d: [String: Bool]) { body.array(d.keys.sorted()) { w in shared(w); body.byte(d[w]! ? 1 : 0) } }
        answers(log.entity)
        answers(log.person)
        return framed(table, body)
    }

    /// The document's own claims as written, or nil when the bytes do not read or when `parser`'s word lists
    /// answer one of the logged questions otherwise (the document is parsed again).
    static func decodeOwnClaims(_ data: Data, of doc: Document, parser: QuantityParser) -> (ClaimExtractor.OwnClaims, QuantityParser.LookupLog)? {
        guard let (r, shared) = unframed(data) else { return nil }
        let flat = doc.paragraphs.flatMap { $0 }
        do {
            var own = ClaimExtractor.OwnClaims(claims: [], stance: [], sentences: [])
            let name = doc.name
            let count = try r.count()
            for _ in 0..<count {
                let sentence = try r.span()
                guard sentence.start >= 0, sentence.start <= sentence.end, sentence.end <= doc.text.count else { throw PayloadReader.Malformed() }
                let stance = try r.byte() == 1, claimant = try r.optional(shared)
                guard let kind = ClaimKind(rawValue: try shared()) else { throw PayloadReader.Malformed() }
                let quantities = try r.array { try readQuantity(r, shared: shared) }
                let negated = try r.byte() == 1, groups = try r.array(shared), worth = try r.double()
                let end = min(sentence.end, sentence.start + ClaimExtractor.maxClaimLength)
                let text = doc.text.joined(SentenceSegmenter.pieces(of: Sentence(sentence), in: flat))
                own.claims.append(Claim(id: -1, document: name, path: doc.path, start: sentence.start, end: end, text: text,
                                        claimant: claimant, kind: kind, quantities: quantities, date: nil, negated: negated,
                                        references: [], related: [], links: [], groups: groups, checkWorthiness: worth, saidOn: nil))
                own.stance.append(stance)
                own.sentences.append(sentence)
            }
            let log = QuantityParser.LookupLog()
            for _ in 0..<(try r.count()) {
                let w = try shared(), answer = try r.byte() == 1
                guard parser.entityWords.contains(w) == answer else { return nil }
                log.entity[w] = answer
            }
            for _ in 0..<(try r.count()) {
                let w = try shared(), answer = try r.byte() == 1
                guard parser.people.contains(w) == answer else { return nil }
                log.person[w] = answer
            }
            guard r.position == r.bytes.count else { return nil }
            return (own, log)
        } catch {
            return nil
        }
    }
}
