/// Splits running text into paragraphs. A blank line always ends a paragraph. Inside a group of
/// consecutive lines, hard-wrapped text (lines of similar, moderate length) stays one paragraph,
/// while long lines that each end a sentence are paragraphs of their own (one paragraph per line).
public enum ParagraphSplitter {
    /// Each paragraph is the list of its lines, trimmed, blank lines left out.
    public static func paragraphs(_ text: SourceText, in span: TextSpan) -> [[TextSpan]] {
        var groups: [[TextSpan]] = []
        var current: [TextSpan] = []
        for line in text.lines(in: span) {
            let t = text.trimmed(line)
            if t.isEmpty {
                if !current.isEmpty { groups.append(current); current = [] }
            } else {
                current.append(t)
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups.flatMap { split(group: $0, text) }
    }

    static func split(group: [TextSpan], _ text: SourceText) -> [[TextSpan]] {
        guard group.count > 1 else { return [group] }
        if isHardWrapped(group, text) { return [group] }
        var out: [[TextSpan]] = []
        var current: [TextSpan] = []
        for line in group {
            current.append(line)
            let last = text[line.end - 1]
            if endsSentence(last) || line.length < 60 {
                out.append(current)
                current = []
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Most lines (all but the last) of a similar length between 30 and 100 columns, and most of them
    /// stopping mid-sentence (a text with one paragraph per line ends nearly every line with a full stop).
    static func isHardWrapped(_ group: [TextSpan], _ text: SourceText) -> Bool {
        let body = group.dropLast()
        guard !body.isEmpty else { return false }
        let sentenceEnds = body.filter { endsSentence(text[$0.end - 1]) }.count
        guard sentenceEnds * 2 < body.count else { return false }
        let inRange = body.filter { (30...100).contains($0.length) }.count
        guard inRange * 10 >= body.count * 8 else { return false }
        let lengths = body.map(\.length)
        return (lengths.max()! - lengths.min()!) <= 40
    }

    static func endsSentence(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c == "\u{2026}" || c.isClosingPunctuation || c == ":"
    }
}
