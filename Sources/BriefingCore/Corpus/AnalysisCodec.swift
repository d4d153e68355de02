import Foundation

/// The index's stored form of the parts of a corpus analysis (claims and summary candidates here; the timeline
/// and the topics in `AnalysisCodec+Timeline.swift` and `AnalysisCodec+Topics.swift`): compact
/// bytes written and read by hand with `PayloadWriter` and `PayloadReader`, as documents are. Through Codable
/// and JSON, the claims of 250 documents took 36 MB and several hundred MB of memory to write and read.
/// Strings that repeat from claim to claim (documents, paths, claimants, units) are written once, in a table,
/// and read back as one string each. A claim's `related` is not written: `ClaimLinker.relate` makes it again,
/// from the links, the threads and which claims are copies of one another (written as numbers).
enum AnalysisCodec {
    /// Bumped with any change to the layout below.
    static let version: UInt8 = 2

    /// Strings by number, as they come.
    final class StringTable {
        private var number: [String: Int] = [:]
        private(set) var strings: [String] = []
        func id(_ s: String) -> Int {
            if let k = number[s] { return k }
            number[s] = strings.count
            strings.append(s)
            return strings.count - 1
        }
    }

    static func encode(claims: [Claim], threads: [ClaimThread]) -> Data {
        let copies = ClaimLinker.statementClasses(claims)
        let table = StringTable()
        let body = PayloadWriter()
        func shared(_ s: String) { body.unsigned(UInt64(table.id(s))) }
        body.array(Array(claims.indices)) { i in
            let c = claims[i]
            body.int(copies[i])
            body.int(c.id); shared(c.document); shared(c.path); body.int(c.start); body.int(c.end - c.start); body.string(c.text)
            body.optional(c.claimant, shared); shared(c.kind.rawValue)
            body.array(c.quantities) { write(quantity: $0, to: body, shared: shared) }
            body.optional(c.date, shared); body.byte(c.negated ? 1 : 0); body.array(c.references, shared)
            var previous = 0
            body.array(c.links) { l in body.int(l.id - previous); previous = l.id; shared(l.kind.rawValue) }
            body.array(c.groups, shared); body.double(c.checkWorthiness); body.optional(c.saidOn, shared)
            body.array(c.threads) { body.int($0) }
        }
        body.array(threads) { t in
            body.int(t.id); body.string(t.subject)
            var previous = 0
            body.array(t.claims) { body.int($0 - previous); previous = $0 }
            body.optional(t.figures, body.string)
        }
        return framed(table, body)
    }

    /// The claims (with `related` empty), their threads, and the number of each claim's words (`copyClasses`).
    static func decodeClaims(_ data: Data) -> (claims: [Claim], threads: [ClaimThread], copies: [Int])? {
        guard let (r, shared) = unframed(data) else { return nil }
        do {
            var copies: [Int] = []
            let claims = try r.array { () throws -> Claim in
                copies.append(try r.int())
                let id = try r.int(), document = try shared(), path = try shared(), span = try r.span()
                let text = try r.string(), claimant = try r.optional(shared)
                guard let kind = ClaimKind(rawValue: try shared()) else { throw PayloadReader.Malformed() }
                let quantities = try r.array { try readQuantity(r, shared: shared) }
                let date = try r.optional(shared), negated = try r.byte() == 1, references = try r.array(shared)
                var previous = 0
                let links = try r.array { () throws -> ClaimLink in
                    previous &+= try r.int()
                    guard let kind = LinkKind(rawValue: try shared()) else { throw PayloadReader.Malformed() }
                    return ClaimLink(id: previous, kind: kind)
                }
                let groups = try r.array(shared), worth = try r.double(), saidOn = try r.optional(shared), threads = try r.array(r.int)
                return Claim(id: id, document: document, path: path, start: span.start, end: span.end, text: text, claimant: claimant, kind: kind,
                             quantities: quantities, date: date, negated: negated, references: references, related: [], links: links,
                             groups: groups, checkWorthiness: worth, saidOn: saidOn, threads: threads)
            }
            let threads = try r.array { () throws -> ClaimThread in
                let id = try r.int(), subject = try r.string()
                var previous = 0
                let members = try r.array { () throws -> Int in previous &+= try r.int(); return previous }
                return ClaimThread(id: id, subject: subject, claims: members, figures: try r.optional(r.string))
            }
            guard r.position == r.bytes.count else { return nil }
            return (claims, threads, copies)
        } catch {
            return nil
        }
    }

    static func encode(candidates: [Summarizer.Candidate]) -> Data {
        let table = StringTable()
        let body = PayloadWriter()
        func shared(_ s: String) { body.unsigned(UInt64(table.id(s))) }
        body.array(candidates) { c in
            shared(c.document); body.span(c.span); body.optional(c.speaker, shared); body.string(c.text); body.int(c.part)
            body.double(c.partPosition)
        }
        return framed(table, body)
    }

    static func decodeCandidates(_ data: Data) -> [Summarizer.Candidate]? {
        guard let (r, shared) = unframed(data) else { return nil }
        do {
            let out = try r.array { () throws -> Summarizer.Candidate in
                let document = try shared(), span = try r.span(), speaker = try r.optional(shared), text = try r.string()
                return Summarizer.Candidate(document: document, span: span, speaker: speaker, text: text, part: try r.int(),
                                            partPosition: try r.double())
            }
            guard r.position == r.bytes.count else { return nil }
            return out
        } catch {
            return nil
        }
    }

    /// A day as the parts write it.
    static func write(day d: Day, to body: PayloadWriter) { body.int(d.year); body.int(d.month); body.int(d.day) }

    /// A date range: its first and last days, and its precision as a string of the table (`shared`).
    static func write(range r: DateRange, to body: PayloadWriter, shared: (String) -> Void) {
        write(day: r.earliest, to: body); write(day: r.latest, to: body); shared(r.precision.rawValue)
    }

    static func readDay(_ r: PayloadReader) throws -> Day {
        guard let d = Day(year: try r.int(), month: try r.int(), day: try r.int()) else { throw PayloadReader.Malformed() }
        return d
    }

    static func readRange(_ r: PayloadReader, shared: () throws -> String) throws -> DateRange {
        let earliest = try readDay(r), latest = try readDay(r)
        guard earliest <= latest, let precision = Precision(rawValue: try shared()) else { throw PayloadReader.Malformed() }
        return DateRange(earliest, latest, precision)
    }

    /// A figure of a claim, its strings that repeat through the table (`shared`).
    static func write(quantity q: Quantity, to body: PayloadWriter, shared: (String) -> Void) {
        body.double(q.low); body.double(q.high); body.optional(q.unit, shared); body.optional(q.unitClass, shared)
        body.optional(q.actor, shared); body.byte(q.actorConfident ? 1 : 0); body.optional(q.qualifier, shared)
        body.optional(q.rate, shared); body.string(q.text); body.span(q.span)
    }

    static func readQuantity(_ r: PayloadReader, shared: () throws -> String) throws -> Quantity {
        let low = try r.double(), high = try r.double(), unit = try r.optional(shared), unitClass = try r.optional(shared)
        let actor = try r.optional(shared), confident = try r.byte() == 1, qualifier = try r.optional(shared)
        let rate = try r.optional(shared), text = try r.string(), span = try r.span()
        return Quantity(low: low, high: high, unit: unit, unitClass: unitClass, actor: actor, actorConfident: confident,
                        qualifier: qualifier, rate: rate, text: text, span: span)
    }

    /// The version, the string table, then the body.
    static func framed(_ table: StringTable, _ body: PayloadWriter) -> Data {
        let head = PayloadWriter()
        head.byte(version)
        head.array(table.strings, head.string)
        // The head moved in before the body, in the body's own buffer, which becomes the result: a part runs to tens
        // of megabytes, and a copy would hold it twice.
        body.prepend(head)
        return body.data()
    }

    /// A reader placed at the body, and what reads a string of the table there; nil for another version or
    /// bytes that do not read.
    static func unframed(_ data: Data) -> (PayloadReader, shared: () throws -> String)? {
        let r = PayloadReader([UInt8](data))
        guard (try? r.byte()) == version, let strings = try? r.array(r.string) else { return nil }
        return (r, {
            guard let k = Int(exactly: try r.unsigned()), k < strings.count else { throw PayloadReader.Malformed() }
            return strings[k]
        })
    }
}
