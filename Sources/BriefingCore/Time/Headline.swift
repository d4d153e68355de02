import Foundation

/// A short "who did what" label for an event: the clause that holds its time expression, with the expression
/// taken out. A clause with too little in it ("in 2022", "back in April") takes in the fuller clause beside it;
/// a long one keeps the words nearest the time expression, starting where a phrase starts. At most about 80
/// characters, never starting on a conjunction, a preposition or a word cut in half.
public enum Headline {
    static let fillers: Set<String> = ["so", "and", "but", "or", "well", "yeah", "yes", "um", "uh", "also", "just", "then", "now",
                                       "like", "right", "okay", "actually", "really", "of", "course", "again", "back", "anyway",
                                       "obviously", "certainly", "previously", "which", "that", "since", "because", "while",
                                       "although", "though", "whereas", "if", "as", "when", "where", "what", "who", "whom", "whose",
                                       "in", "on", "at", "from", "after", "before", "during", "between", "to", "by", "for", "with",
                                       "about", "over", "into", "than", "you", "know", "mean", "think", "i", "the", "a", "an"]
    /// Words that open a clause of their own.
    static let clauseOpeners: Set<String> = ["that", "which", "who", "whom", "whose", "what", "where", "since", "because", "while",
                                             "although", "though", "whereas", "unless"]
    /// Words that say little about an event on their own.
    static let light: Set<String> = fillers.union(EventSimilarity.stop).union(["said", "says", "is", "are", "was", "be", "has", "had",
                                                                              "have", "do", "did", "does", "want", "going", "can",
                                                                              "could", "would", "will", "we", "they", "he", "she", "it",
                                                                              "our", "their", "his", "her", "its", "there", "here",
                                                                              "this", "very", "some", "all", "way", "one", "ago",
                                                                              "early", "mid", "late", "assess", "believe", "note"])
    static let determiners: Set<String> = ["the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our"]

    /// The label for the event `time` dates in `sentence`; `others` are the sentence's other time expressions.
    public static func make(_ sentence: String, time: String, others: [String] = [], maxLength: Int = 84) -> String {
        let marker = "\u{E000}"
        func flat(_ t: String) -> String { t.replacingScalar("\n", with: " ") }
        var s = flat(sentence)
        if let r = s.range(of: flat(time)) { s.replaceSubrange(r, with: " \(marker) ") }
        for t in others.map(flat).sorted(by: { $0.count > $1.count }) where !t.isEmpty { s = s.replacingOccurrences(of: t, with: " ") }
        if s.unicodeScalars.contains(where: { Self.quoteScalars.contains($0) }) {
            for q in ["“", "”", "\"", "‘", "’’"] { s = s.replacingOccurrences(of: q, with: "") }
        }
        let clauses = split(s)
        guard let k = clauses.firstIndex(where: { $0.contains(marker) }) else { return fallback(sentence, maxLength) }
        let words = clauses.map { $0.filter { $0 != marker } }
        // The time clause, widened until it tells something (four words of weight and a verb): toward the clause
        // before it ("X did Y, in 2013, …"), or the one after when it opens the sentence ("In June, X said …").
        var lo = k, hi = k
        // A relative clause names what it speaks of: "the agreement | that was made in the summer".
        var antecedent: [String] = []
        if let first = words[k].first, ["that", "which", "who"].contains(bare(first)), k > 0 {
            let before = words[k - 1]
            if let d = before.indices.reversed().prefix(6).first(where: { determiners.contains(bare(before[$0])) }) {
                antecedent = Array(before[d...])
            }
        }
        func enough() -> Bool {
            let window = [antecedent] + Array(words[lo...hi])
            let w = weight(window)
            return w >= 4 || (w >= 2 && hasVerb(window) && window.joined().dropFirst().contains { $0.first?.isUppercase == true })
        }
        var extra = 0
        while !enough() || (!hasVerb([antecedent] + Array(words[lo...hi])) && extra < 2) {
            if enough() { extra += 1 }
            let left = lo > 0 && antecedent.isEmpty ? weight([words[lo - 1]]) : -1
            let right = hi + 1 < words.count ? weight([words[hi + 1]]) : -1
            if left < 0 && right < 0 { break }
            if left > 0 && k > 0 || right < 0 { lo -= 1 } else { hi += 1 }
        }
        // What a reporting verb reports: "X confirmed | that Y" takes in Y.
        if hi + 1 < words.count, words[hi + 1].first.map(bare) == "that", let last = words[hi].last.map(bare), reports(last) { hi += 1 }
        // A time clause with nothing else in it adds only its leftovers ("between early- to mid-").
        var picked = antecedent + (lo...hi).flatMap { i -> [String] in
            let w = i == k && weight([words[k]]) == 0 && lo != hi ? [] : words[i]
            if i == lo && !antecedent.isEmpty { return Array(w.drop { ["that", "which", "who"].contains(bare($0)) }) }
            return i > lo ? Array(w.drop { bare($0) == "that" }) : w
        }
        picked = picked.filter { !titles.contains($0.lowercased()) }
        picked = picked.filter { !$0.hasSuffix("-") && $0 != "—" && $0 != "–" }
        let markerNearEnd = k == hi && lo < hi || (lo == hi && (clauses[k].firstIndex(of: marker) ?? 0) > clauses[k].count / 2)
        let label = finish(picked, keepEnd: markerNearEnd, maxLength)
        // Too little to read ("Is"): the whole sentence without its time words.
        if label.split(separator: " ").count < 3 { return finish(split(s).joined().filter { $0 != marker }, keepEnd: false, maxLength) }
        return label
    }

    /// Abbreviated titles and ranks, left out of labels ("Maj. Gen. Pat Ryder" is "Pat Ryder").
    static let titles: Set<String> = ["maj.", "gen.", "lt.", "col.", "sgt.", "adm.", "capt.", "cmdr.", "dr.", "mr.", "mrs.", "ms.",
                                      "sen.", "rep.", "gov.", "pres.", "prof.", "gen", "maj"]
    /// Verbs that report what others say or show.
    static let reportingVerbs: Set<String> = ["said", "says", "say", "confirmed", "confirms", "announced", "announces", "acknowledged",
                                              "acknowledges", "reported", "reports", "warned", "warns", "showed", "shows", "evidence",
                                              "believes", "believe", "noted", "argued", "claimed", "claims", "admitted", "told",
                                              "stated", "insisted", "denied", "assessed", "assess", "briefed", "revealed", "learned"]

    static func reports(_ w: String) -> Bool { reportingVerbs.contains(w) }

    /// Whether the words hold a verb: a past form, a modal or auxiliary, or a verb of saying.
    static func hasVerb(_ clauses: [[String]]) -> Bool {
        clauses.joined().contains { w in
            let b = bare(w)
            return (b.count > 4 && b.hasSuffix("ed")) || reportingVerbs.contains(b) || TemporalTagger.pastMarkers.contains(b)
                || TemporalTagger.futureMarkers.contains(b) || ["is", "are", "has", "have", "will", "can", "must", "met", "meets"].contains(b)
        }
    }

    /// Words grouped into clauses: at , ; : dashes and brackets, and before words that open a clause.
    static func split(_ s: String) -> [[String]] {
        var out: [[String]] = [[]]
        for raw in s.split(separator: " ") {
            var w = String(raw)
            if w == "—" || w == "–" || w == "-" { out.append([]); continue }
            if clauseOpeners.contains(bare(w)), !out[out.count - 1].isEmpty { out.append([]) }
            if w.hasPrefix("(") { w.removeFirst(); if !out[out.count - 1].isEmpty { out.append([]) } }
            let closes = w.last.map { ",;:)?!".contains($0) } ?? false
            while let l = w.last, ",;:)?!.".contains(l), !titles.contains(w.lowercased()) { w.removeLast() }
            if !w.isEmpty { out[out.count - 1].append(w) }
            if closes { out.append([]) }
        }
        return out.filter { !$0.isEmpty }
    }

    static func bare(_ w: String) -> String { w.lowercased().trimmingPunctuation() }

    /// The scalars of the quotation marks a label drops (a sentence without any of them has none to drop).
    static let quoteScalars: Set<Unicode.Scalar> = ["“", "”", "\"", "‘", "’"]

    /// How much a run of clauses tells: its words that are not light.
    static func weight(_ clauses: [[String]]) -> Int {
        clauses.joined().filter { w in
            let b = bare(w)
            return b.count >= 3 && !light.contains(b) && !b.hasSuffix("-") && b.contains(where: \.isLetter) || b.contains(where: \.isNumber)
        }.count
    }

    /// Trimmed at both ends, at most `maxLength` characters: a long label keeps its end when the time stood
    /// there (starting where a phrase starts), else its start.
    static func finish(_ given: [String], keepEnd: Bool, _ maxLength: Int) -> String {
        var words = given
        // Leading fillers and hedges go ("so", "I think", "you know"); a subject "I" or "you" stays, and so does the
        // possessive left where a time word stood ("today's call" less "today") not.
        func hedge(_ w: [String]) -> Bool {
            w.count > 4 && ["i think", "i mean", "you know", "i guess", "i believe", "you see"].contains(bare(w[0]) + " " + bare(w[1]))
        }
        while let f = words.first, words.count > 3 {
            if hedge(words) { words.removeFirst(2); continue }
            let b = bare(f)
            guard (fillers.contains(b) && !determiners.contains(b) && b != "i" && b != "you") || b == "s" || f.hasPrefix("'") || f.hasPrefix("\u{2019}")
            else { break }
            words.removeFirst()
        }
        while let f = words.first, ["i", "do", "want", "to", "start", "off", "by"].contains(bare(f)) && words.count > 4 && bare(words[0]) == "i" {
            words.removeFirst() // "I do want to start off by extending …"
        }
        while let l = words.last, fillers.contains(bare(l)) || ["ago", "earlier", "later", "up", "until", "through"].contains(bare(l)) {
            words.removeLast()
        }
        guard !words.isEmpty else { return "" }
        var label = words.joined(separator: " ")
        if label.count > maxLength && keepEnd {
            // The shortest start at a phrase (a determiner or a name after a lower-case word) that fits.
            for i in 1..<words.count {
                let w = words[i]
                let phrase = determiners.contains(w.lowercased()) || (w.first?.isUppercase == true && words[i - 1].first?.isUppercase != true)
                let rest = words[i...].joined(separator: " ")
                if phrase && rest.count <= maxLength && words.count - i >= 3 { label = rest; break }
            }
        }
        label = label.shortened(to: maxLength)
        if let f = label.first, f.isLowercase { label = f.uppercased() + label.dropFirst() }
        return label
    }

    static func fallback(_ sentence: String, _ maxLength: Int) -> String {
        sentence.replacingScalar("\n", with: " ").shortened(to: maxLength)
    }
}

extension String {
    var lower: String { lowercased() }

    /// At most `n` characters, cut at a word boundary with an ellipsis.
    func shortened(to n: Int) -> String {
        guard count > n else { return self }
        let cut = prefix(n)
        let head = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(head).trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }
}
