/// Trims speech disfluencies for display: fillers ("uh", "um"), words said twice ("the the"), and the
/// discourse words a spoken sentence opens with ("Yeah, so …"), so that a summary sentence starts cleanly
/// with a capital. The words themselves are not changed; offsets still point at the source.
public enum Disfluency {
    /// Words that open spoken sentences without adding to them.
    static let openers: Set<String> = ["well", "yeah", "yes", "okay", "ok", "oh", "so", "right", "alright", "anyway"]

    public static func trim(_ s: String) -> String {
        var out: [Substring] = []
        for w in s.split(separator: " ") {
            let bare = w.lowercased().trimmingCharacters(in: .punctuationCharacters)
            if Stopwords.fillers.contains(bare) {
                // Keep punctuation that the filler carried.
                if let last = out.popLast() { out.append(Substring(String(last) + w.filter { ",.;?!".contains($0) })) }
                continue
            }
            if let prev = out.last, prev.lowercased() == w.lowercased(), bare.count > 1 || bare == "a" { continue }
            out.append(w)
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
}
