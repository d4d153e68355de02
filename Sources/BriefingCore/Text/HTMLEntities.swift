/// HTML character references (`&amp;`, `&#39;`, `&#x27;`, and every HTML5 name written with its `;`),
/// decoded into the characters they stand for. Markdown and subtitle files carry them in their text
/// (CommonMark and WebVTT both define them as characters), so those documents are read decoded.
public enum HTMLEntities {
    /// The names of `HTMLEntityTable`, parsed once.
    static let names: [String: [Unicode.Scalar]] = {
        var out: [String: [Unicode.Scalar]] = [:]
        for line in HTMLEntityTable.table.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2 else { continue }
            out[String(parts[0])] = parts[1].split(separator: " ").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
        }
        return out
    }()

    /// The text with its character references decoded; the same text when it has none. A reference to a
    /// code point that cannot be a character (0, a surrogate, beyond U+10FFFF) becomes U+FFFD; an unknown
    /// name stays as written.
    public static func decode(_ text: SourceText) -> SourceText {
        let s = text
        guard s.contains("&") else { return text }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if s[i] == "&", let (decoded, next) = reference(s, at: i) {
                out += decoded
                i = next
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return SourceText(scalars: out)
    }

    /// The reference starting at `i` (an `&`): its characters and the index after its `;`.
    static func reference(_ s: SourceText, at i: Int) -> ([Unicode.Scalar], Int)? {
        var j = i + 1
        guard j < s.count else { return nil }
        if s[j] == "#" {
            j += 1
            let hex = j < s.count && (s[j] == "x" || s[j] == "X")
            if hex { j += 1 }
            let start = j
            while j < s.count, j - start <= 8, s[j].properties.isASCIIHexDigit, hex || ("0"..."9").contains(s[j]) { j += 1 }
            guard j > start, j - start <= 8, j < s.count, s[j] == ";" else { return nil }
            let digits = String(String.UnicodeScalarView(s[start..<j]))
            let value = UInt32(digits, radix: hex ? 16 : 10) ?? 0
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return ([scalar ?? "\u{FFFD}"], j + 1)
        }
        let start = j
        while j < s.count, j - start < 32, s[j].isASCII, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) { j += 1 }
        guard j > start, j < s.count, s[j] == ";",
              let decoded = names[String(String.UnicodeScalarView(s[start..<j]))] else { return nil }
        return (decoded, j + 1)
    }
}
