import Foundation

/// Character classes used by the scanners, on single Unicode scalars.
/// ASCII answers come from a table; only other scalars ask the Unicode database (which is slow).
extension Unicode.Scalar {
    var isLetter: Bool {
        if value < 128 { return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) }
        return properties.isAlphabetic
    }
    var isUpper: Bool {
        if value < 128 { return value >= 65 && value <= 90 }
        return properties.isUppercase
    }
    var isLower: Bool {
        if value < 128 { return value >= 97 && value <= 122 }
        return properties.isLowercase
    }
    var isDigit: Bool {
        if value < 128 { return value >= 48 && value <= 57 }
        return properties.numericType == .decimal
    }
    var isASCIIDigit: Bool { value >= 48 && value <= 57 }
    var isSpace: Bool {
        if value < 128 { return value == 32 || (value >= 9 && value <= 13) }
        return properties.isWhitespace
    }
    /// Space or tab or no-break space, but not a line break.
    /// Unicode punctuation (general categories P*), as `CharacterSet.punctuationCharacters` has it.
    var isPunctuation: Bool {
        if value < 128 {
            switch value {
            case 33...35, 37...42, 44...47, 58, 59, 63, 64, 91...93, 95, 123, 125: return true
            default: return false
            }
        }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
    /// A mark that combines with the scalar before it (an accent written separately).
    var isCombiningMark: Bool {
        value >= 0x300 && [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
    }
    var isInlineSpace: Bool { isSpace && self != "\n" && self != "\r" && self != "\u{2028}" && self != "\u{2029}" }
    /// Han, Hiragana, Katakana or Hangul: scripts written without spaces between words.
    var isCJK: Bool {
        switch value {
        case 0x1100...0x11FF, 0x2E80...0x2FFF, 0x3040...0x30FF, 0x3100...0x31FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x2FFFF:
            return true
        default: return false
        }
    }
    /// Straight and curly quotes, single and double.
    var isQuote: Bool { ["\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}"].contains(self) }
    var isClosingPunctuation: Bool { [")", "]", "}", "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}"].contains(self) }
    var isOpeningPunctuation: Bool { ["(", "[", "{", "\"", "'", "\u{201C}", "\u{2018}", "\u{00AB}"].contains(self) }
    var isDash: Bool { self == "-" || self == "\u{2013}" || self == "\u{2014}" }
}

extension String {
    /// A string made from scalars through their UTF-8 bytes (appending to a `UnicodeScalarView` one scalar at
    /// a time is several times slower, and the analyses make one for every word).
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for c in scalars { UTF8.encode(c) { bytes.append($0) } }
        self = String(decoding: bytes, as: UTF8.self)
    }

    /// Scalars with white space runs folded to single spaces and trimmed, as a string.
    init<C: Collection>(foldingSpaces scalars: C) where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        var space = false
        for c in scalars {
            if c.isSpace { space = !bytes.isEmpty; continue }
            if space { bytes.append(32); space = false }
            UTF8.encode(c) { bytes.append($0) }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }

    /// The string with white space runs folded to single spaces and trimmed.
    var folded: String { String(foldingSpaces: unicodeScalars) }
}

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
}

extension String {
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
}

extension String {
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
}

extension String {
    /// Whether `part` occurs in the text, as Foundation's `contains` answers; two ASCII strings are searched byte
    /// by byte (Foundation goes through CFString, which costs more than the search).
    func includes(_ part: String) -> Bool {
        guard !part.isEmpty, isASCII, part.isASCII else { return contains(part) }
        var text = self, part = part
        return text.withUTF8 { t in
            part.withUTF8 { w in
                let first = w[0]
                guard t.count >= w.count else { return false }
                var k = 0
                while k + w.count <= t.count {
                    if t[k] == first {
                        var m = 1
                        while m < w.count, t[k + m] == w[m] { m += 1 }
                        if m == w.count { return true }
                    }
                    k += 1
                }
                return false
            }
        }
    }
}
