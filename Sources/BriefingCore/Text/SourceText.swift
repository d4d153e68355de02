/// A document's original text held as Unicode scalars, so that every offset the
/// analysis produces is a scalar offset into the file as read from disk.
public struct SourceText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.scalars = Array(string.unicodeScalars)
    }

    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    public var count: Int { scalars.count }
    public var isEmpty: Bool { scalars.isEmpty }
    public var whole: TextSpan { TextSpan(0, scalars.count) }

    public subscript(_ offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The text of a span, exactly as in the file.
    public func string(_ span: TextSpan) -> String {
        let s = clamped(span)
        return String(scalars: scalars[s.start..<s.end])
    }

    /// Each word of a span (split at white space), as its whole extent and the part left once `edge` scalars
    /// are taken off both ends (empty when nothing is left): the one word scanner of the name finders.
    public func forEachWord(in span: TextSpan? = nil, trimming edge: (Unicode.Scalar) -> Bool, _ body: (_ raw: TextSpan, _ word: TextSpan) -> Void) {
        let range = clamped(span ?? whole)
        var i = range.start
        while i < range.end {
            while i < range.end && scalars[i].isSpace { i += 1 }
            guard i < range.end else { break }
            let rawStart = i
            while i < range.end && !scalars[i].isSpace { i += 1 }
            var a = rawStart, b = i
            while a < b && edge(scalars[a]) { a += 1 }
            while b > a && edge(scalars[b - 1]) { b -= 1 }
            body(TextSpan(rawStart, i), TextSpan(a, b))
        }
    }

    /// Whether a word is written as a name: a capital, then lower case, with a capital again only after a
    /// hyphen or apostrophe ("Kirby", "Jean-Pierre", "O'Neil").
    public func isCapitalisedWord(_ word: TextSpan) -> Bool {
        guard word.length >= 2, scalars[word.start].isUpper else { return false }
        for k in (word.start + 1)..<word.end {
            let c = scalars[k], p = scalars[k - 1]
            let joiner = p == "-" || p == "'" || p == "\u{2019}"
            if !(c.isLower || c == "-" || c == "'" || c == "\u{2019}" || c.isCombiningMark || (c.isUpper && joiner)) { return false }
        }
        return true
    }

    /// The text of several spans joined, with runs of white space folded to one space. Two spans are
    /// joined by a space when the text between them holds white space (a line break, the lines of a
    /// subtitle timing), and directly when it holds only markup (`**bold**` of Markdown is `bold`).
    public func joined(_ spans: [TextSpan]) -> String {
        // Written as UTF-8 bytes and made a String once (appending scalar by scalar to a String is slower).
        var out: [UInt8] = []
        out.reserveCapacity(spans.reduce(0) { $0 + max(0, $1.length) })
        var pendingSpace = false
        var previousEnd: Int?
        for span in spans {
            let s = clamped(span)
            if let p = previousEnd, !out.isEmpty, separatesWords(from: p, to: s.start) { pendingSpace = true }
            previousEnd = s.end
            for i in s.start..<s.end {
                let c = scalars[i]
                if c.isSpace {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    if c.value < 0x80 { out.append(UInt8(c.value)) } else { UTF8.encode(c) { out.append($0) } }
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the text between two pieces (from `end` of one to `start` of the next) reads as a space:
    /// it holds white space, or the pieces are not in reading order.
    public func separatesWords(from end: Int, to start: Int) -> Bool {
        guard start > end else { return start < end }
        let gap = clamped(TextSpan(end, start))
        return scalars[gap.start..<gap.end].contains { $0.isSpace }
    }

    /// The span clipped to the text's bounds.
    public func clamped(_ span: TextSpan) -> TextSpan {
        let s = Swift.max(0, Swift.min(span.start, count))
        let e = Swift.max(s, Swift.min(span.end, count))
        return TextSpan(s, e)
    }

    /// The span with leading and trailing white space removed.
    public func trimmed(_ span: TextSpan) -> TextSpan {
        var s = span.start, e = span.end
        while s < e, scalars[s].isSpace { s += 1 }
        while e > s, scalars[e - 1].isSpace { e -= 1 }
        return TextSpan(s, e)
    }

    /// Every line as a span, without its terminator (`\n`, `\r\n` or `\r`).
    public func lines(in span: TextSpan? = nil) -> [TextSpan] {
        let range = span ?? whole
        var result: [TextSpan] = []
        var lineStart = range.start
        var i = range.start
        while i < range.end {
            let c = scalars[i]
            if c == "\n" || c == "\r" {
                result.append(TextSpan(lineStart, i))
                if c == "\r", i + 1 < range.end, scalars[i + 1] == "\n" { i += 1 }
                lineStart = i + 1
            }
            i += 1
        }
        if lineStart < range.end { result.append(TextSpan(lineStart, range.end)) }
        return result
    }

    /// True when the span holds nothing but white space.
    public func isBlank(_ span: TextSpan) -> Bool {
        for i in span.start..<span.end where !scalars[i].isSpace { return false }
        return true
    }

    /// Number of white-space separated words in the span.
    public func wordCount(_ span: TextSpan) -> Int {
        var n = 0
        var inWord = false
        for i in span.start..<span.end {
            let ws = scalars[i].isSpace
            if !ws && !inWord { n += 1 }
            inWord = !ws
        }
        return n
    }
}
