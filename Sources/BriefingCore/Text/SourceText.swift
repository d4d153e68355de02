/// A document's original text held as Unicode scalars, so that every offset the
/// analysis produces is a scalar offset into the file as read from disk.
///
/// Every scalar is held in two bytes when all of them fit there (any text without characters beyond the Basic
/// Multilingual Plane, such as emoji: nearly every transcript and article), else in four. A corpus's texts are
/// held whole while it is analysed, and this halves them.
public struct SourceText: Sendable, RandomAccessCollection {
    /// The scalars' values, when every one fits in two bytes (`wide` is then empty).
    private let narrow: [UInt16]
    /// The scalars, when one of them does not fit in two bytes.
    private let wide: [Unicode.Scalar]

    public init(_ string: String) {
        // Its UTF-8 in one piece (already so for a native string; a bridged one is copied once).
        var string = string
        string.makeContiguousUTF8()
        if let narrow = string.utf8.withContiguousStorageIfAvailable(Self.narrow) ?? nil {
            (self.narrow, wide) = (narrow, [])
        } else {
            (narrow, wide) = ([], Array(string.unicodeScalars))
        }
    }

    /// The scalars of valid UTF-8 (a native string's bytes) in two bytes each; nil when one of them needs four
    /// (a four-byte sequence). One pass counts them and looks for such a sequence, a second decodes: several
    /// times faster than going through the string's UTF-16 view, and every document read from the index comes
    /// through here.
    static func narrow(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt16]? {
        var count = 0, wide = false
        for b in bytes {
            if b & 0xC0 != 0x80 { count += 1 }
            if b >= 0xF0 { wide = true }
        }
        guard !wide else { return nil }
        return [UInt16](unsafeUninitializedCapacity: count) { out, written in
            var i = 0, k = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    out[k] = UInt16(b); i += 1
                } else if b < 0xE0 {
                    out[k] = UInt16(b & 0x1F) << 6 | UInt16(bytes[i + 1] & 0x3F); i += 2
                } else {
                    out[k] = UInt16(b & 0x0F) << 12 | UInt16(bytes[i + 1] & 0x3F) << 6 | UInt16(bytes[i + 2] & 0x3F); i += 3
                }
                k += 1
            }
            written = k
        }
    }

    public init(scalars: [Unicode.Scalar]) {
        if scalars.contains(where: { $0.value > 0xFFFF }) {
            (narrow, wide) = ([], scalars)
        } else {
            (narrow, wide) = (scalars.map { UInt16(truncatingIfNeeded: $0.value) }, [])
        }
    }

    /// The scalars as an array (a copy: index the text itself where a scalar at a time will do).
    public var scalars: [Unicode.Scalar] { wide.isEmpty ? narrow.map(Self.scalar) : wide }

    /// A two-byte value of `narrow` as the scalar it is (every one was a scalar, so none is a surrogate).
    @inline(__always) private static func scalar(_ v: UInt16) -> Unicode.Scalar { unsafeBitCast(UInt32(v), to: Unicode.Scalar.self) }

    public var count: Int { wide.isEmpty ? narrow.count : wide.count }
    public var isEmpty: Bool { count == 0 }
    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public var whole: TextSpan { TextSpan(0, count) }

    @inline(__always) public subscript(_ offset: Int) -> Unicode.Scalar {
        wide.isEmpty ? Self.scalar(narrow[offset]) : wide[offset]
    }

    /// The text of a span, exactly as in the file.
    public func string(_ span: TextSpan) -> String {
        let s = clamped(span)
        return String(scalars: self[s.start..<s.end])
    }

    /// Each word of a span (split at white space), as its whole extent and the part left once `edge` scalars
    /// are taken off both ends (empty when nothing is left): the one word scanner of the name finders.
    public func forEachWord(in span: TextSpan? = nil, trimming edge: (Unicode.Scalar) -> Bool, _ body: (_ raw: TextSpan, _ word: TextSpan) -> Void) {
        let range = clamped(span ?? whole)
        var i = range.start
        while i < range.end {
            while i < range.end && self[i].isSpace { i += 1 }
            guard i < range.end else { break }
            let rawStart = i
            while i < range.end && !self[i].isSpace { i += 1 }
            var a = rawStart, b = i
            while a < b && edge(self[a]) { a += 1 }
            while b > a && edge(self[b - 1]) { b -= 1 }
            body(TextSpan(rawStart, i), TextSpan(a, b))
        }
    }

    /// Whether a word is written as a name: a capital, then lower case, with a capital again only after a
    /// hyphen or apostrophe ("Kirby", "Jean-Pierre", "O'Neil").
    public func isCapitalisedWord(_ word: TextSpan) -> Bool {
        guard word.length >= 2, self[word.start].isUpper else { return false }
        for k in (word.start + 1)..<word.end {
            let c = self[k], p = self[k - 1]
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
        out.reserveCapacity(spans.reduce(0) { $0 + Swift.max(0, $1.length) })
        var pendingSpace = false
        var previousEnd: Int?
        for span in spans {
            let s = clamped(span)
            if let p = previousEnd, !out.isEmpty, separatesWords(from: p, to: s.start) { pendingSpace = true }
            previousEnd = s.end
            for i in s.start..<s.end {
                let c = self[i]
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
        return self[gap.start..<gap.end].contains { $0.isSpace }
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
        while s < e, self[s].isSpace { s += 1 }
        while e > s, self[e - 1].isSpace { e -= 1 }
        return TextSpan(s, e)
    }

    /// Every line as a span, without its terminator (`\n`, `\r\n` or `\r`).
    public func lines(in span: TextSpan? = nil) -> [TextSpan] {
        let range = span ?? whole
        var result: [TextSpan] = []
        var lineStart = range.start
        var i = range.start
        while i < range.end {
            let c = self[i]
            if c == "\n" || c == "\r" {
                result.append(TextSpan(lineStart, i))
                if c == "\r", i + 1 < range.end, self[i + 1] == "\n" { i += 1 }
                lineStart = i + 1
            }
            i += 1
        }
        if lineStart < range.end { result.append(TextSpan(lineStart, range.end)) }
        return result
    }

    /// True when the span holds nothing but white space.
    public func isBlank(_ span: TextSpan) -> Bool {
        for i in span.start..<span.end where !self[i].isSpace { return false }
        return true
    }

    /// Number of white-space separated words in the span.
    public func wordCount(_ span: TextSpan) -> Int {
        var n = 0
        var inWord = false
        for i in span.start..<span.end {
            let ws = self[i].isSpace
            if !ws && !inWord { n += 1 }
            inWord = !ws
        }
        return n
    }
}
