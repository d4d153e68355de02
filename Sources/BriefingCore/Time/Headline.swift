/// A short "who did what" label for an event: the sentence without its time words and discourse fillers,
/// its most informative clause (one that opens on a name), cut to a few words.
public enum Headline {
    static let fillers: Set<String> = ["so", "and", "but", "well", "yeah", "yes", "um", "uh", "i", "think", "you", "know", "mean",
                                       "also", "just", "then", "now", "like", "right", "okay", "actually", "really", "of", "course"]

    public static func make(_ sentence: String, removing times: [String], maxLength: Int = 64) -> String {
        var s = sentence
        let marker = "\u{E000}" // where the first time expression stood
        if let first = times.first, let r = s.range(of: first) { s.replaceSubrange(r, with: marker) }
        for t in times.sorted(by: { $0.count > $1.count }) { s = s.replacingOccurrences(of: t, with: " ") }
        s = s.replacingOccurrences(of: "“", with: "").replacingOccurrences(of: "”", with: "").replacingOccurrences(of: "\"", with: "")
        // Clauses end at punctuation followed by a space ("10,000" stays whole).
        for p in [", ", "; ", ": ", " — ", " – ", "—", "–"] { s = s.replacingOccurrences(of: p, with: "\u{E001}") }
        let raw = s.split(separator: "\u{E001}").map(String.init)
        let timeClause = raw.firstIndex { $0.contains(marker) }
        let clauses = raw.map { clause -> String in
            var words = clause.replacingOccurrences(of: marker, with: " ").split(separator: " ").map(String.init)
            while let f = words.first, ["of", "in", "on", "at", "since", "from", "after", "before", "during"].contains(f.lower) { words.removeFirst() }
            while let f = words.first, fillers.contains(f.lowercased().trimmingCharacters(in: .punctuationCharacters)) { words.removeFirst() }
            while let l = words.last, l.allSatisfy({ $0.isPunctuation }) || ["on", "in", "at", "since", "from", "of", "the", "this", "that"].contains(l.lower.trimmingCharacters(in: .punctuationCharacters)) { words.removeLast() }
            return words.joined(separator: " ")
        }
        func usable(_ c: String) -> Bool {
            c.split(separator: " ").count >= 3 && !c.lowercased().hasPrefix("we're talking") && !c.lowercased().hasPrefix("we are talking")
        }
        // The clause that holds the date, when it says something; else one that opens on a name; else the longest.
        if let k = timeClause, usable(clauses[k]), clauses[k].contains(where: \.isUppercase) {
            return TitleDeriver.shorten(clauses[k]).shortened(to: maxLength)
        }
        let candidates = clauses.filter(usable)
        let named = candidates.first { c in
            let first = c.split(separator: " ").first.map(String.init) ?? ""
            return first.first?.isUppercase == true && !["It", "It's", "This", "That", "There", "They", "He", "She", "We", "I"].contains(first)
        }
        let pick = named ?? candidates.max { $0.count < $1.count } ?? sentence
        return TitleDeriver.shorten(String(pick.prefix(400))).replacingOccurrences(of: "  ", with: " ").trimmingCharacters(in: .whitespaces)
            .shortened(to: maxLength)
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

import Foundation
