/// Why two claims are shown together, in words a reader can check: the figures each gives and the words
/// they share (content words, as written, not the linker's internal features).
public enum ClaimLinkReason {
    /// The figures of `b` ("12 million dollars") and up to `limit` words both claims use, in `b`'s order.
    public static func explain(_ a: Claim, _ b: Claim, limit: Int = 5) -> (figures: [String], shared: [String]) {
        let ours = Set(words(a.text).map { $0.lowercased() })
        var seen = Set<String>(), shared: [String] = []
        for w in words(b.text) where ours.contains(w.lowercased()) && seen.insert(w.lowercased()).inserted {
            shared.append(w)
            if shared.count == limit { break }
        }
        return (b.quantities.map(\.text), shared)
    }

    /// Content words of four letters or more, not the linker's stop words.
    static func words(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0 == "'" || $0 == "-") }.map(String.init)
            .filter { $0.count >= 4 && !ClaimLinker.stop.contains($0.lowercased()) }
    }
}
