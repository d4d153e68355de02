import Foundation

/// The index's stored form of the timeline part (the entries with their mentions, and each document's dating),
/// written by hand like the claims: the reader shows its first frame once this part is read, and through
/// Codable and JSON reading it was most of that frame's time (7 MB of JSON for 1,000 documents).
extension AnalysisCodec {
    static func encode(timeline: [TimelineEntry], dating: [String: DocumentDating]) -> Data {
        let table = StringTable()
        let body = PayloadWriter()
        func shared(_ s: String) { body.unsigned(UInt64(table.id(s))) }
        func day(_ d: Day) { write(day: d, to: body) }
        func range(_ r: DateRange) { write(range: r, to: body, shared: shared) }
        body.array(timeline) { e in
            body.int(e.id); range(e.date); body.string(e.label); body.optional(e.speaker, shared)
            body.array(e.mentions) { m in
                shared(m.document); shared(m.path); body.int(m.start); body.int(m.end - m.start); shared(m.when)
                body.optional(m.speaker, shared); range(m.date); body.string(m.label)
            }
        }
        body.array(dating.keys.sorted()) { path in
            let d = dating[path]!
            shared(path); body.optional(d.anchor, range); body.optional(d.after, day); body.string(d.reason); body.byte(d.inferred ? 1 : 0)
        }
        return framed(table, body)
    }

    /// The timeline and datings as written; nil for bytes that do not read.
    static func decodeTimeline(_ data: Data) -> (timeline: [TimelineEntry], dating: [String: DocumentDating])? {
        guard let (r, shared) = unframed(data) else { return nil }
        func day() throws -> Day { try readDay(r) }
        func range() throws -> DateRange { try readRange(r, shared: shared) }
        do {
            let timeline = try r.array { () throws -> TimelineEntry in
                let id = try r.int(), date = try range(), label = try r.string(), speaker = try r.optional(shared)
                let mentions = try r.array { () throws -> TimelineMention in
                    let document = try shared(), path = try shared(), span = try r.span(), when = try shared()
                    let speaker = try r.optional(shared), date = try range(), label = try r.string()
                    return TimelineMention(document: document, path: path, start: span.start, end: span.end, when: when, speaker: speaker,
                                           date: date, label: label)
                }
                return TimelineEntry(id: id, date: date, label: label, speaker: speaker, mentions: mentions)
            }
            var dating: [String: DocumentDating] = [:]
            for _ in 0..<(try r.unsigned()) {
                let path = try shared(), anchor = try r.optional(range), after = try r.optional(day), reason = try r.string()
                dating[path] = DocumentDating(anchor: anchor, after: after, reason: reason, inferred: try r.byte() == 1)
            }
            guard r.position == r.bytes.count else { return nil }
            return (timeline, dating)
        } catch {
            return nil
        }
    }
}
