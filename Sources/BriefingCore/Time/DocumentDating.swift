import Foundation

/// When a document's words were said or written: its stated date, a spoken date it gives ("we're talking on
/// Monday, October 28th"), or for an undated document a range inferred from its own content: after the latest
/// date it reports as past, before the earliest it speaks of as future. Years missing from such dates come
/// from a reference (the dated documents beside it), choosing the nearest occurrence.
public struct DocumentDating: Sendable, Equatable, Codable {
    /// The anchor for relative expressions.
    public var anchor: DateRange?
    /// The latest date reported as past, for an inferred anchor.
    public var after: Day?
    public var reason: String
    public var inferred: Bool

    static let speechTime = try! NSRegularExpression(pattern:
        #"(?i)\b(?:we're|we are|i'm|i am|we were)\s+(?:talking|recording|speaking|taping|chatting|sitting down)\b|\btoday is\b|\bas we (?:speak|record)\b|\bat the time of (?:recording|writing)\b"#)

    /// Dates a document's sentences. `sentences` are (text, mentions) in order.
    public static func date(_ doc: Document, sentences: [(String, [TimeMention])], reference: Day?) -> DocumentDating {
        if let d = doc.date {
            let base = TimeResolver(anchor: .day(d))
            // A spoken date: the most precise date in a sentence that says when the speaking happens.
            for (text, mentions) in sentences where speechTime.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
                let days = mentions.compactMap { m -> Day? in
                    guard let r = base.resolve(m.expression, at: d, future: false), r.days == 1 else { return nil }
                    if case .relativeDay = m.expression { return nil }
                    return r.earliest
                }
                if let spoken = days.first(where: { $0 <= d && d.ordinal - $0.ordinal <= 31 }) {
                    return DocumentDating(anchor: .day(spoken), after: nil,
                                          reason: "spoken on \(spoken.iso) (\"\(text.prefix(60))…\"); published \(d.iso)", inferred: false)
                }
            }
            return DocumentDating(anchor: .day(d), after: nil, reason: "dated \(d.iso) (\(doc.dateSource ?? "metadata"))", inferred: false)
        }
        // Undated: a reference year from the documents beside it, or the latest full date the text gives.
        let explicit = sentences.flatMap { $0.1 }.compactMap { m -> DateRange? in
            if case .absolute(let r) = m.expression, r.precision <= .month { return r }
            return nil
        }
        guard let ref = reference ?? explicit.map(\.latest).max() else {
            return DocumentDating(anchor: nil, after: nil, reason: "undated: no date in the text to anchor it", inferred: true)
        }
        let nearest = TimeResolver(anchor: .day(ref))
        func nearestDay(_ m: TimeMention) -> Day? {
            switch m.expression {
            case .absolute(let r) where r.days == 1: return r.earliest
            case .monthDay:
                let back = nearest.resolve(m.expression, at: ref, future: false)!.earliest
                let ahead = nearest.resolve(m.expression, at: ref, future: true)!.earliest
                return ref.ordinal - back.ordinal <= ahead.ordinal - ref.ordinal ? back : ahead
            default: return nil
            }
        }
        let past = sentences.flatMap { $0.1 }.filter { !$0.future }.compactMap { m in nearestDay(m).map { (m, $0) } }
        guard let latestPast = past.max(by: { $0.1 < $1.1 }) else {
            return DocumentDating(anchor: nil, after: nil, reason: "undated: it reports no dated past event", inferred: true)
        }
        let lower = latestPast.1
        let futureDays = sentences.flatMap { $0.1 }.filter(\.future).compactMap { m -> (TimeMention, Day)? in
            guard let r = TimeResolver(anchor: .day(lower)).resolve(m.expression, at: lower, future: true), r.days == 1, r.earliest > lower else { return nil }
            return (m, r.earliest)
        }
        let source = reference != nil ? "year from the dated documents beside it (\(ref.iso))" : "year from its own dates"
        if let firstFuture = futureDays.min(by: { $0.1 < $1.1 }) {
            let upper = firstFuture.1.adding(days: -1)
            return DocumentDating(anchor: DateRange(lower, upper, .range), after: lower,
                                  reason: "after \(latestPast.0.text) (reported as past), before \(firstFuture.0.text) (spoken of as future); \(source)",
                                  inferred: true)
        }
        return DocumentDating(anchor: DateRange(lower, lower.adding(days: 90), .range), after: lower,
                              reason: "after \(latestPast.0.text) (reported as past), within three months assumed; \(source)", inferred: true)
    }
}
