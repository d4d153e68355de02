import Foundation

/// The stored form of a document's timeline product (`DocumentProducts.Kind.timeline`): its dating, its dated
/// mentions with the profiles they are compared by, and where each sentence's temporal expressions stand.
extension AnalysisCodec {
    typealias TimelineProduct = (dating: DocumentDating, dated: [TimelineBuilder.Dated], times: [[TextSpan]])

    static func encode(timelineProduct p: TimelineProduct) -> Data {
        let table = StringTable()
        let body = PayloadWriter()
        func shared(_ s: String) { body.unsigned(UInt64(table.id(s))) }
        func day(_ d: Day) { write(day: d, to: body) }
        func range(_ r: DateRange) { write(range: r, to: body, shared: shared) }
        func words(_ set: Set<String>) { body.array(set.sorted(), shared) }
        let d = p.dating
        body.optional(d.anchor, range); body.optional(d.after, day); body.string(d.reason); body.byte(d.inferred ? 1 : 0)
        body.array(p.dated) { item in
            let m = item.mention
            shared(m.document); body.span(TextSpan(m.start, m.end)); shared(m.when)
            body.optional(m.speaker, shared); range(m.date); body.string(m.label)
            let f = item.profile
            words(f.entities); words(f.content); words(f.kinds); words(f.places); words(f.rare)
        }
        body.array(p.times) { spans in body.array(spans, body.span) }
        return framed(table, body)
    }

    /// The product as written, its mentions in the document at `path` (the path as shown, which the stored
    /// form leaves out: the same document named another way reads the same product); nil for bytes that do not read.
    static func decodeTimelineProduct(_ data: Data, path: String) -> TimelineProduct? {
        guard let (r, shared) = unframed(data) else { return nil }
        func day() throws -> Day { try readDay(r) }
        func range() throws -> DateRange { try readRange(r, shared: shared) }
        func words() throws -> Set<String> { Set(try r.array(shared)) }
        do {
            let anchor = try r.optional(range), after = try r.optional(day), reason = try r.string()
            let dating = DocumentDating(anchor: anchor, after: after, reason: reason, inferred: try r.byte() == 1)
            let dated = try r.array { () throws -> TimelineBuilder.Dated in
                let document = try shared(), span = try r.span(), when = try shared()
                let speaker = try r.optional(shared), date = try range(), label = try r.string()
                let mention = TimelineMention(document: document, path: path, start: span.start, end: span.end, when: when,
                                              speaker: speaker, date: date, label: label)
                let profile = EventSimilarity.Profile(entities: try words(), content: try words(), kinds: try words(),
                                                      places: try words(), rare: try words())
                return TimelineBuilder.Dated(mention: mention, profile: profile)
            }
            let times = try r.array { try r.array(r.span) }
            guard r.position == r.bytes.count else { return nil }
            return (dating, dated, times)
        } catch {
            return nil
        }
    }
}
