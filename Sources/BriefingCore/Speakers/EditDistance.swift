/// Levenshtein distance between two strings, by Unicode scalar, case-folded.
public enum EditDistance {
    public static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased().unicodeScalars), y = Array(b.lowercased().unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        var cur = prev
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }

    /// True when two spellings of a name are close enough to be one name misheard or misspelt
    /// (`Cantzian`/`Cancian`, `Denis`/`Dennis`): within a third of the longer length, and at least
    /// one letter apart allowed for names of five letters or more.
    public static func similarNames(_ a: String, _ b: String) -> Bool {
        if a.lowercased() == b.lowercased() { return true }
        let n = max(a.count, b.count)
        guard min(a.count, b.count) >= 4 else { return false }
        let d = between(a, b)
        return d <= max(1, n / 3) && (n >= 5 || d == 0)
    }
}
