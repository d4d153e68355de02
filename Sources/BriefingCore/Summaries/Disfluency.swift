/// Trims speech disfluencies for display: fillers ("uh", "um"), words and short phrases said twice ("the
/// the", "in the in the"), "you know" and "I mean" set off by commas, and the discourse words a spoken
/// sentence opens with ("Yeah, so …"), so that a summary sentence starts cleanly with a capital. The words
/// themselves are not changed; offsets still point at the source.
public enum Disfluency {
    /// Words that open spoken sentences without adding to them.
    static let openers: Set<String> = ["well", "yeah", "yes", "okay", "ok", "oh", "so", "right", "alright", "anyway",
                                       "and", "but", "or", "nor"]

    /// Phrases that, set off by commas, only fill the pause.
    static let parenthetical: [[String]] = [["you", "know"], ["i", "mean"]]

    public static func trim(_ s: String) -> String {
        var out: [Substring] = []
        for w in s.split(separator: " ") {
            let bare = w.lowercased().trimmingCharacters(in: .punctuationCharacters)
            if Stopwords.fillers.contains(bare) {
                // Keep the punctuation the filler carried, unless the word before already ends with it.
                let marks = w.filter { ",.;?!".contains($0) }
                if let last = out.popLast() {
                    out.append(marks.isEmpty || last.hasSuffix(",") ? last : Substring(String(last) + marks))
                }
                continue
            }
            if let prev = out.last, prev.lowercased() == w.lowercased(), bare.count > 1 || bare == "a" { continue }
            // A word cut off and said again ("n new", "th the"): the cut-off part goes.
            if let prev = out.last, isCutOff(prev, before: w) { out.removeLast() }
            out.append(w)
            out = withoutRepeatedPhrase(out)
            out = withoutParenthetical(out)
        }
        // A clean start: no opening discourse words (while something follows them), a capital first letter.
        var opened = false
        while out.count > 3, let first = out.first,
              openers.contains(first.lowercased().trimmingCharacters(in: .punctuationCharacters)),
              !first.hasSuffix(".") && !first.hasSuffix("?") && !first.hasSuffix("!") {
            out.removeFirst()
            opened = true
        }
        var t = out.joined(separator: " ")
        while t.contains(",,") { t = t.replacingOccurrences(of: ",,", with: ",") }
        while t.hasPrefix(",") || t.hasPrefix(" ") { t.removeFirst() }
        if (opened || s.first?.isUppercase == true), let first = t.first, first.isLowercase {
            t = first.uppercased() + t.dropFirst()
        }
        return t
    }

    /// Whether a short lower-case piece that is no word of its own starts the word after it.
    static func isCutOff(_ piece: Substring, before next: Substring) -> Bool {
        guard (1...3).contains(piece.count), piece.allSatisfy({ $0.isLowercase }), piece != "a", piece != "i" else { return false }
        let following = next.lowercased()
        return following.count > piece.count && following.hasPrefix(piece) && !Stopwords.words.contains(String(piece))
    }

    /// The words without a phrase of two or three words just said twice ("in the in the" -> "in the").
    static func withoutRepeatedPhrase(_ words: [Substring]) -> [Substring] {
        for k in [3, 2] where words.count >= 2 * k {
            let second = words.suffix(k).map { $0.lowercased() }
            let first = words.dropLast(k).suffix(k).map { $0.lowercased() }
            if first == second { return Array(words.dropLast(k)) }
        }
        return words
    }

    /// The words without a "you know" or "I mean" that the last words set off by commas (or that open the
    /// sentence before a comma); the comma before it goes too.
    static func withoutParenthetical(_ words: [Substring]) -> [Substring] {
        for phrase in parenthetical where words.count >= phrase.count {
            let tail = words.suffix(phrase.count)
            guard let last = tail.last, last.hasSuffix(",") || last.hasSuffix(".") else { continue }
            let bare = tail.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
            guard bare == phrase else { continue }
            var rest = Array(words.dropLast(phrase.count))
            if rest.isEmpty, last.hasSuffix(",") { return rest }
            guard let before = rest.last, before.hasSuffix(",") else { continue }
            rest[rest.count - 1] = before.dropLast()
            if last.hasSuffix(".") { rest[rest.count - 1] = Substring(String(rest[rest.count - 1]) + ".") }
            return rest
        }
        return words
    }
}
