import BriefingCore

/// One row of the reader: a speaker heading, a wrapped line of text, or a blank spacer. Each character
/// keeps its offset in the original text, so search and topic highlights map onto cells.
public struct ReaderLine: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case heading, text, blank }
    public var kind: Kind
    public var speaker: String?
    public var chars: [Character]
    public var offsets: [Int]

    /// The first original offset on this line (for jumps), if it shows any text.
    public var firstOffset: Int? { offsets.first { $0 >= 0 } }
}

/// Lays a document's segments out as reader lines wrapped to a width, optionally keeping one speaker's turns.
public enum ReaderLayout {
    public static func lines(_ model: DocumentModel, width: Int, speaker: String? = nil) -> [ReaderLine] {
        guard width > 0 else { return [] }
        let cached = model.cache.get(model)
        var out: [ReaderLine] = []
        var lastSpeaker: String??
        for (n, seg) in model.segments.enumerated() {
            if let speaker, seg.speaker != speaker { continue }
            if let s = seg.speaker, lastSpeaker != .some(s) {
                if !out.isEmpty { out.append(ReaderLine(kind: .blank, chars: [], offsets: [])) }
                let start = seg.paragraphs.first?.first?.start ?? -1
                let name = Array(s)
                out.append(ReaderLine(kind: .heading, speaker: s, chars: name, offsets: Array(repeating: start, count: name.count)))
            } else if !out.isEmpty {
                out.append(ReaderLine(kind: .blank, chars: [], offsets: []))
            }
            lastSpeaker = .some(seg.speaker)
            for (k, para) in seg.paragraphs.enumerated() {
                if k > 0 { out.append(ReaderLine(kind: .blank, speaker: seg.speaker, chars: [], offsets: [])) }
                let chars = cached[n][k].chars, offsets = cached[n][k].offsets
                _ = para
                for (a, b) in wrap(chars, width: width) {
                    out.append(ReaderLine(kind: .text, speaker: seg.speaker, chars: Array(chars[a..<b]), offsets: Array(offsets[a..<b])))
                }
            }
        }
        return out
    }

    /// The paragraph's characters with white space folded, each with its original scalar offset.
    static func characters(_ text: SourceText, _ pieces: [TextSpan]) -> ([Character], [Int]) {
        var chars: [Character] = []
        var offsets: [Int] = []
        var previousEnd: Int?
        for piece in pieces {
            if let p = previousEnd, !chars.isEmpty, chars.last != " ", text.separatesWords(from: p, to: piece.start) {
                chars.append(" "); offsets.append(piece.start)
            }
            previousEnd = piece.end
            var offset = piece.start
            for ch in text.string(piece) {
                if ch.isWhitespace {
                    if chars.last != " " { chars.append(" "); offsets.append(offset) }
                } else {
                    chars.append(ch)
                    offsets.append(offset)
                }
                offset += ch.unicodeScalars.count
            }
        }
        while chars.last == " " { chars.removeLast(); offsets.removeLast() }
        return (chars, offsets)
    }

    /// Greedy word wrap by cell width: lines break at spaces, or between characters of scripts written
    /// without spaces (CJK); words wider than the line are cut. Returns [start, end) ranges.
    static func wrap(_ chars: [Character], width: Int) -> [(Int, Int)] {
        var lines: [(Int, Int)] = []
        var start = 0
        while start < chars.count {
            var col = 0
            var i = start
            var lastBreak = -1 // a line may end before this index
            while i < chars.count {
                let w = CellWidth.of(ScreenBuffer.safe(chars[i]))
                if col + w > width { break }
                if chars[i] == " " || (i > start && (isCJK(chars[i]) || isCJK(chars[i - 1]))) { lastBreak = i }
                col += w
                i += 1
            }
            if i >= chars.count {
                lines.append((start, chars.count))
                break
            }
            var end = i
            if chars[i] != " ", !(isCJK(chars[i]) || isCJK(chars[i - 1])), lastBreak > start { end = lastBreak }
            if end == start { end = max(i, start + 1) }
            lines.append((start, end))
            start = end
            while start < chars.count, chars[start] == " " { start += 1 }
        }
        return lines
    }

    static func isCJK(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return CellWidth.isWide(v) && !(0x1F300...0x1F9FF).contains(v)
    }
}
