/// Makes untrusted document text safe to put on a terminal: C0 and C1 controls (ESC among them) become
/// visible Control Pictures or U+FFFD, bidirectional overrides and isolates become U+FFFD. Tabs and
/// line breaks are kept only when asked. Each replacement is one cell wide, one scalar for one scalar,
/// so offsets are unchanged.
public enum TextSanitizer {
    public static func isUnsafe(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// The visible stand-in for an unsafe scalar (the scalar itself when it is safe).
    public static func placeholder(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }
        if v == 0x7F { return "\u{2421}" }
        return isUnsafe(c) ? "\u{FFFD}" : c
    }

    /// The string with unsafe scalars replaced; `keepLayout` keeps `\n` and `\t`.
    public static func clean(_ s: String, keepLayout: Bool = false) -> String {
        // Most text has nothing to replace: it is handed back as it is, after one read.
        func kept(_ c: Unicode.Scalar) -> Bool { !isUnsafe(c) || keepLayout && (c == "\n" || c == "\t") }
        let plainASCII = s.utf8.allSatisfy { b in (b >= 0x20 && b < 0x7F) || keepLayout && (b == 0x0A || b == 0x09) }
        if plainASCII || s.unicodeScalars.allSatisfy(kept) { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars { out.append(kept(c) ? c : placeholder(c)) }
        return String(out)
    }
}
