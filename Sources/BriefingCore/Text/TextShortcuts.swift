import Foundation

/// Shortcuts for plain text on the analysis's hot paths: each answers exactly what the general (Foundation or
/// Character) operation it stands for answers, reading bytes or scalars where that is enough (tested against
/// the general operations in `FastTextPathTests`).
extension String {
    /// The string with every `scalar` replaced by `replacement` (or removed, for nil), scalar by scalar, as
    /// Foundation's `replacingOccurrences(of:with:)` does for a single scalar with no decomposition; the
    /// string itself, without a copy, when it has none.
    func replacingScalar(_ scalar: Unicode.Scalar, with replacement: Unicode.Scalar?) -> String {
        guard unicodeScalars.contains(scalar) else { return self }
        var out = String.UnicodeScalarView()
        for s in unicodeScalars {
            if s != scalar { out.append(s) } else if let replacement { out.append(replacement) }
        }
        return String(out)
    }

    /// Whether the text ends with "?" once the white space and line breaks after it are left out: what
    /// `trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("?")` answers, without copying the text.
    var endsWithQuestionMark: Bool {
        let scalars = unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex {
            let before = scalars.index(before: end)
            guard CharacterSet.whitespacesAndNewlines.contains(scalars[before]) else { break }
            end = before
        }
        return Substring(scalars[..<end]).hasSuffix("?")
    }

    /// The text without punctuation at either end: `trimmingCharacters(in: .punctuationCharacters)`, scalar by
    /// scalar (see `Unicode.Scalar.isPunctuation`).
    func trimmingPunctuation() -> String {
        let u = unicodeScalars
        var (a, b) = (u.startIndex, u.endIndex)
        while a < b, u[a].isPunctuation { a = u.index(after: a) }
        while b > a, u[u.index(before: b)].isPunctuation { b = u.index(before: b) }
        return a == u.startIndex && b == u.endIndex ? self : String(u[a..<b])
    }

    /// Whether every scalar is ASCII (then each character is one byte, apart from "\r\n").
    var isASCII: Bool { utf8.allSatisfy { $0 < 128 } }

    /// The words between white space: `split(whereSeparator: { $0.isWhitespace })`, read byte by byte when the
    /// text is ASCII (where white space is a tab, a line break, a form feed or a space).
    func splitAtWhitespace() -> [Substring] {
        guard isASCII else { return split(whereSeparator: { $0.isWhitespace }) }
        var out: [Substring] = []
        let u = utf8
        var start: String.Index?
        var i = u.startIndex
        while i < u.endIndex {
            let b = u[i]
            if b == 32 || (b >= 9 && b <= 13) {
                if let s = start { out.append(self[s..<i]); start = nil }
            } else if start == nil {
                start = i
            }
            i = u.index(after: i)
        }
        if let s = start { out.append(self[s..<u.endIndex]) }
        return out
    }

    /// Whether the text holds a decimal digit of any script (`numericType == .decimal`).
    var hasDecimalDigit: Bool {
        isASCII ? utf8.contains { $0 >= 48 && $0 <= 57 } : unicodeScalars.contains { $0.properties.numericType == .decimal }
    }

    /// Whether `part` occurs in the text, as Foundation's `contains` answers; two ASCII strings are searched byte
    /// by byte (Foundation goes through CFString, which costs more than the search).
    func includes(_ part: String) -> Bool {
        guard !part.isEmpty, isASCII, part.isASCII else { return contains(part) }
        return asciiIncludes(part)
    }

    /// `includes` for a string and a part both known to be ASCII and the part not empty (not checked again).
    func asciiIncludes(_ part: String) -> Bool {
        var text = self, part = part
        return text.withUTF8 { t in
            part.withUTF8 { w in
                guard t.count >= w.count, let text = t.baseAddress, let word = w.baseAddress else { return false }
                // Each place the first byte occurs (memchr), compared whole there (memcmp).
                let last = t.count - w.count
                var k = 0
                while k <= last {
                    guard let hit = memchr(text + k, Int32(word[0]), last - k + 1) else { return false }
                    let at = text.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(text + at, word, w.count) == 0 { return true }
                    k = at + 1
                }
                return false
            }
        }
    }
}
