import BriefingCore

/// Text with spans marked inline by `⟦` and `⟧`, for tests that assert what sits where:
/// `"⟦Maj. Gen. Pat Ryder spoke.⟧ ⟦He left.⟧"` gives the plain text and the two sentence spans,
/// as Unicode scalar offsets into the plain text.
public struct MarkedText {
    public let text: String
    public let spans: [TextSpan]

    public static let open: Unicode.Scalar = "⟦"
    public static let close: Unicode.Scalar = "⟧"

    public init(_ marked: String) {
        var out = String.UnicodeScalarView()
        var spans: [TextSpan] = []
        var stack: [Int] = []
        var n = 0
        for c in marked.unicodeScalars {
            if c == MarkedText.open { stack.append(n); continue }
            if c == MarkedText.close {
                let s = stack.removeLast()
                spans.append(TextSpan(s, n))
                continue
            }
            out.append(c)
            n += 1
        }
        precondition(stack.isEmpty, "unbalanced markers in \(marked)")
        self.text = String(out)
        self.spans = spans.sorted()
    }

    public var source: SourceText { SourceText(text) }

    /// Renders spans back into the text with markers, so a failing test shows both sides readably.
    public static func mark(_ text: String, _ spans: [TextSpan]) -> String {
        let scalars = Array(text.unicodeScalars)
        var opens: [Int: Int] = [:], closes: [Int: Int] = [:]
        for s in spans { opens[s.start, default: 0] += 1; closes[s.end, default: 0] += 1 }
        var out = String.UnicodeScalarView()
        for i in 0...scalars.count {
            for _ in 0..<(closes[i] ?? 0) { out.append(close) }
            for _ in 0..<(opens[i] ?? 0) { out.append(open) }
            if i < scalars.count { out.append(scalars[i]) }
        }
        return String(out)
    }
}
