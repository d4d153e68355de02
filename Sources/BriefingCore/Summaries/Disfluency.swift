/// Trims speech disfluencies for display: fillers ("uh", "um") and words said twice ("the the").
public enum Disfluency {
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
        var t = out.joined(separator: " ")
        while t.contains(",,") { t = t.replacingOccurrences(of: ",,", with: ",") }
        return t
    }
}

import Foundation
