/// How many terminal cells a grapheme cluster takes: 0 for combining marks and format characters,
/// 2 for East Asian wide and fullwidth characters and emoji presentation, 1 otherwise.
/// Measured per grapheme cluster, never with `String.count`.
public enum CellWidth {
    public static func of(_ ch: Character) -> Int {
        if ch.isASCII { return 1 } // printable, or a control shown as a one-cell placeholder
        var width = 0
        for (i, s) in ch.unicodeScalars.enumerated() {
            let w = of(scalar: s)
            if i == 0 { width = w } else if w == 2 { width = 2 } // e.g. an emoji ZWJ sequence
            if s.value == 0xFE0F, width == 1 { width = 2 } // emoji presentation selector
        }
        return width
    }

    public static func of(scalar s: Unicode.Scalar) -> Int {
        let v = s.value
        if v == 0 { return 0 }
        if v < 0x20 || (0x7F...0x9F).contains(v) { return 1 } // shown as a placeholder, one cell
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) || v == 0x200B { return 0 }
        if (0x1160...0x11FF).contains(v) { return 0 } // Hangul medial vowels and final consonants
        if isWide(v) { return 2 }
        if s.properties.isEmojiPresentation { return 2 }
        return 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The width of a whole string, cluster by cluster.
    public static func of(_ s: String) -> Int {
        s.reduce(0) { $0 + of($1) }
    }
}
