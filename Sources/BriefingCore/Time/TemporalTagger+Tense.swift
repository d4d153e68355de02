/// Tense per expression: the verb nearest to a time expression inside its own clause says whether it looks
/// forward or back ("payable Jan. 3 to holders of record Nov. 16"; "said Tuesday it will vote on Friday").
extension TemporalTagger {
    /// Words that end a clause for this purpose.
    static let clauseBreaks: Set<String> = [",", ";", ":", "(", ")", "\u{2014}", "\u{2013}", "but", "while", "whereas", "although",
                                            "because", "since", "though", "\"", "\u{201C}", "\u{201D}"]
    /// Markers of the future: modals and verbs of plans and schedules.
    static let futureMarkers: Set<String> = ["will", "'ll", "\u{2019}ll", "ll", "shall", "gonna", "scheduled", "slated", "planned",
                                             "plans", "plan", "expected", "expects", "expect", "upcoming", "due", "payable", "intends", "aims",
                                             "would", "next"]
    /// Markers of the past: past forms of the commonest verbs (the regular ones end in -ed).
    static let pastMarkers: Set<String> = ["said", "was", "were", "had", "did", "ago", "met", "made", "went", "took", "came",
                                           "gave", "held", "rose", "fell", "told", "saw", "began", "won", "lost", "sold",
                                           "bought", "paid", "left", "led", "spoke", "wrote", "sent", "spent", "struck", "became",
                                           "got", "found", "felt", "kept", "brought", "thought", "knew", "ran", "hit",
                                           "put", "shot", "stood", "fought", "last", "earlier"]

    /// Verbs of reporting, the frame of news sentences.
    static let frameVerbs: Set<String> = ["said", "says", "say", "told", "tells", "announced", "reported", "added", "stated", "noted"]

    /// Whether the clause around tokens from..<to speaks of the future: the nearest tense marker decides
    /// (nil when the clause has none). The scan to the left stops at `floor`, the end of the expression before
    /// (whose verb is its own: "payable Jan. 3 to holders of record Nov. 16").
    func clauseSpeaksOfFuture(_ t: [TimeToken], from: Int, to: Int, floor: Int = 0) -> Bool? {
        var best: (distance: Int, future: Bool)?
        func consider(_ k: Int, _ distance: Int) -> Bool {
            let w = t[k].lower
            if Self.clauseBreaks.contains(w) { return false }
            // "said" frames a report: it dates the expression next to it ("said Monday"), not the rest of the clause.
            if Self.frameVerbs.contains(w) {
                if distance == 1, best == nil { best = (distance, false) }
                return best == nil
            }
            var verdict: Bool?
            if Self.futureMarkers.contains(w) || w.hasSuffix("'ll") || w.hasSuffix("\u{2019}ll")
                || (w == "going" && k + 1 < t.count && t[k + 1].lower == "to") { verdict = true }
            else if Self.pastMarkers.contains(w) || (w.count > 4 && w.hasSuffix("ed")) {
                // A participle after "be" or "have" takes the tense of its auxiliary ("will be held").
                let auxiliary = (1...3).lazy.map { k - $0 }.filter { $0 >= 0 }.map { t[$0].lower }
                verdict = (k >= 2 && ["be", "been", "have"].contains(t[k - 1].lower) && auxiliary.contains { Self.futureMarkers.contains($0) || $0.hasSuffix("'ll") })
            }
            if let verdict, best == nil || distance < best!.distance { best = (distance, verdict) }
            return best == nil
        }
        var k = from - 1
        while k >= floor, consider(k, from - k) { k -= 1 }
        let left = best
        best = nil
        k = to
        while k < t.count, k - to + 1 < (left?.distance ?? Int.max), consider(k, k - to + 1) { k += 1 }
        if let right = best, right.distance < (left?.distance ?? Int.max) { return right.future }
        return left?.future
    }
}
