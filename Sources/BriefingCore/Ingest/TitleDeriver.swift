/// Picks a title for a document that does not state one: a short heading-like first paragraph,
/// or else the first sentence, shortened at a word boundary.
public enum TitleDeriver {
    public static let maxLength = 72

    public static func title(_ text: SourceText, blocks: [Block]) -> String {
        guard let first = blocks.first(where: { $0.label == nil }) ?? blocks.first else { return "" }
        let firstText = text.joined(first.pieces)
        if first.pieces.count == 1, isHeading(firstText), blocks.count > 1 {
            return shorten(firstText)
        }
        let sentences = SentenceSegmenter().sentences(text, pieces: first.pieces)
        let sentence = sentences.first.map { text.joined(SentenceSegmenter.pieces(of: $0, in: first.pieces)) } ?? firstText
        return shorten(sentence)
    }

    /// A line that reads as a heading: short, no sentence-final full stop.
    static func isHeading(_ s: String) -> Bool {
        guard s.count <= 100, let last = s.unicodeScalars.last else { return false }
        return last != "." && last != "," && last != ";" && s.split(separator: " ").count <= 14
    }

    /// At most `maxLength` characters, cut at a word boundary with an ellipsis, final full stop dropped.
    public static func shorten(_ s: String) -> String {
        var t = s.folded
        while let last = t.last, last == "." || last == ":" || last == "," { t.removeLast() }
        guard t.count > maxLength else { return t }
        let cut = t.prefix(maxLength)
        let head = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        var out = String(head)
        while let last = out.last, !(last.isLetter || last.isNumber) { out.removeLast() }
        return out + "…"
    }
}
