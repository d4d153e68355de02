import Foundation

/// How a statement leans toward the side that asks (a host, counsel, a committee member) rather than the
/// side that answers, from the persons it speaks in: one who asks talks *to* "you" ("as you've been working
/// on this, …"), one who answers talks of "I" and "we". A log-odds ratio per kind of statement, against the
/// share of statements the asking side makes overall; questions are left to the other cues.
///
/// Estimated by `tools/speakers/fit_asker_lean.py` on QMSum's training split (the 24 committee meetings,
/// `covid_*` and `education_*`: members who ask, witnesses who answer; never the development part nor the
/// interviews), where the asking side is a speaker with at least 15% questions among their sentences. A room of
/// reporters is not such a conversation (the podium says "you" to them): `FloorAttributor` uses it only where
/// one person asks.
enum AskerLean {
    /// Log-odds by (says "you" to someone, speaks of "I"/"we"): [neither, first person only, "you" only, both].
    static let table: [Double] = [0.28, -0.58, 1.12, 0.18]

    static let secondPerson: Set<String> = ["you", "your", "yours", "yourself", "yourselves", "you're", "you’re", "you've", "you’ve",
                                            "you'd", "you’d", "you'll", "you’ll"]
    static let firstPerson: Set<String> = ["i", "me", "my", "mine", "myself", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll",
                                           "we", "us", "our", "ours", "ourselves", "we're", "we’re", "we've", "we’ve", "we'd", "we’d",
                                           "we'll", "we’ll"]
    /// "you know", "you see", "you mean": fillers that put nothing to anyone.
    static let fillers: Set<String> = ["know", "see", "mean"]

    /// The kind of statement a unit's lower-cased words make (an index into `table`).
    static func kind(_ lower: [String]) -> Int {
        var you = false, me = false
        for (k, w) in lower.enumerated() {
            if secondPerson.contains(w) {
                if w == "you", k + 1 < lower.count, fillers.contains(lower[k + 1]) { continue }
                you = true
            } else if firstPerson.contains(w) {
                me = true
            }
        }
        return (you ? 2 : 0) + (me ? 1 : 0)
    }

    /// The lean of a statement (0 for a question).
    static func lean(_ c: FloorCues) -> Double { c.isQuestion ? 0 : table[c.personKind] }
}
