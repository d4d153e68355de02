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
    /// A string made from scalars by writing their UTF-8 bytes straight into its storage (appending to a
    /// `UnicodeScalarView` one scalar at a time is several times slower, and the analyses make one for every
    /// word; a word short enough to be stored inline needs no allocation at all).
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var size = 0
        for c in scalars { size += UTF8.width(c) }
        self = String(unsafeUninitializedCapacity: size) { buffer in
            var k = 0
            for c in scalars { UTF8.encode(c) { buffer[k] = $0; k += 1 } }
            return k
        }
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
