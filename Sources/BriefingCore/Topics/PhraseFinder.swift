/// Candidate topic phrases of a sentence: runs of one to three content words between function words,
/// fillers, numbers and punctuation (RAKE), each with its span in the original text.
public struct PhraseFinder: Sendable {
    public init() {}

    public struct Occurrence: Sendable {
        /// Lower-cased words.
        public var words: [String]
        /// The words as written.
        public var surface: String
        public var span: TextSpan
    }

    public func phrases(_ text: SourceText, pieces: [TextSpan]) -> [Occurrence] {
        var out: [Occurrence] = []
        var run: [(String, String, TextSpan)] = []
        func flush() {
            defer { run = [] }
            guard !run.isEmpty else { return }
            // Every sub-run of up to three words is a candidate.
            for n in 1...min(3, run.count) {
                for s in 0...(run.count - n) {
                    let part = run[s..<(s + n)]
                    out.append(Occurrence(words: part.map(\.0), surface: part.map(\.1).joined(separator: " "),
                                          span: TextSpan(part.first!.2.start, part.last!.2.end)))
                }
            }
        }
        for piece in pieces {
            var i = piece.start
            while i < piece.end {
                let c = text[i]
                if c.isLetter {
                    var j = i + 1
                    while j < piece.end, text[j].isLetter || ((text[j] == "-" || text[j] == "'" || text[j] == "\u{2019}") && j + 1 < piece.end && text[j + 1].isLetter) { j += 1 }
                    let surface = text.string(TextSpan(i, j))
                    let lower = surface.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
                    if Stopwords.isStop(lower) || lower.hasSuffix("'s") && Stopwords.isStop(String(lower.dropLast(2))) || lower.count < 3 && surface != surface.uppercased() {
                        flush()
                    } else {
                        let clean = lower.hasSuffix("'s") ? String(lower.dropLast(2)) : lower
                        let shown = surface.hasSuffix("'s") || surface.hasSuffix("\u{2019}s") ? String(surface.dropLast(2)) : surface
                        run.append((clean, shown, TextSpan(i, j - (clean.count < lower.count ? 2 : 0))))
                        // A possessive ends the phrase ("Russia's economy" → "Russia", "economy").
                        if clean.count < lower.count { flush() }
                    }
                    i = j
                } else {
                    if !c.isSpace { flush() } // digits and punctuation end a phrase
                    i += 1
                }
            }
            flush()
        }
        return out
    }
}
