/// Markdown's inline markup inside a paragraph, left out of its pieces so that the text reads as text:
/// emphasis delimiters that pair up (`*a*`, `**a**`, `_a_`; a `_` inside a word is a character),
/// code backticks, HTML tags (`<b>`, `<excerpt/>`), the brackets and targets of links and images
/// (`[text](url)` reads `text`), and the backslash of an escape. Every other character stays.
enum InlineMarkup {
    /// The pieces of a paragraph (its lines, in order) without their markup.
    static func content(_ text: SourceText, _ pieces: [TextSpan]) -> [TextSpan] {
        var markup: [TextSpan] = []
        var delimiters: [Delimiter] = []
        for piece in pieces { scan(text, piece, markup: &markup, delimiters: &delimiters) }
        markup += pairedEmphasis(delimiters)
        guard !markup.isEmpty else { return pieces }
        markup.sort { $0.start < $1.start }
        var out: [TextSpan] = []
        var m = 0
        for piece in pieces {
            var start = piece.start
            while m < markup.count, markup[m].end <= piece.start { m += 1 }
            var k = m
            while k < markup.count, markup[k].start < piece.end {
                if markup[k].start > start { out.append(TextSpan(start, markup[k].start)) }
                start = max(start, markup[k].end)
                k += 1
            }
            if start < piece.end { out.append(TextSpan(start, piece.end)) }
        }
        return out.compactMap { span in
            let t = text.trimmed(span)
            return t.isEmpty ? nil : t
        }
    }

    /// A run of `*` or `_` that may open or close emphasis.
    struct Delimiter {
        var span: TextSpan
        var character: Unicode.Scalar
        var opens: Bool
        var closes: Bool
    }

    private static func scan(_ text: SourceText, _ piece: TextSpan, markup: inout [TextSpan], delimiters: inout [Delimiter]) {
        var i = piece.start
        let end = piece.end
        while i < end {
            let c = text[i]
            switch c {
            case "\\" where i + 1 < end && text[i + 1].isPunctuation:
                markup.append(TextSpan(i, i + 1)) // the escaped character is text
                i += 2
            case "`":
                var j = i
                while j < end, text[j] == "`" { j += 1 }
                markup.append(TextSpan(i, j))
                i = j
            case "<":
                if let close = tagEnd(text, from: i, end: end) {
                    markup.append(TextSpan(i, close))
                    i = close
                } else {
                    i += 1
                }
            case "!" where i + 1 < end && text[i + 1] == "[":
                if let (opening, target) = link(text, from: i + 1, end: end) {
                    markup.append(TextSpan(i, opening.end))
                    markup.append(target)
                    i = opening.end
                } else {
                    i += 1
                }
            case "[":
                if let (opening, target) = link(text, from: i, end: end) {
                    markup.append(opening)
                    markup.append(target)
                }
                i += 1
            case "*", "_":
                var j = i
                while j < end, text[j] == c { j += 1 }
                let before: Unicode.Scalar = i > piece.start ? text[i - 1] : " "
                let after: Unicode.Scalar = j < end ? text[j] : " "
                let leftFlanking = !after.isSpace && (!after.isPunctuation || before.isSpace || before.isPunctuation)
                let rightFlanking = !before.isSpace && (!before.isPunctuation || after.isSpace || after.isPunctuation)
                var opens = leftFlanking, closes = rightFlanking
                if c == "_" { // inside a word an underscore is a character (snake_case)
                    opens = leftFlanking && (!rightFlanking || before.isPunctuation)
                    closes = rightFlanking && (!leftFlanking || after.isPunctuation)
                }
                if j - i <= 3, opens || closes {
                    delimiters.append(Delimiter(span: TextSpan(i, j), character: c, opens: opens, closes: closes))
                }
                i = j
            default:
                i += 1
            }
        }
    }

    /// Delimiter runs that pair with a later run of the same character and length (nearest first).
    private static func pairedEmphasis(_ runs: [Delimiter]) -> [TextSpan] {
        var out: [TextSpan] = []
        var openers: [Delimiter] = []
        for run in runs {
            if run.closes, let k = openers.lastIndex(where: { $0.character == run.character && $0.span.length == run.span.length }) {
                out.append(openers[k].span)
                out.append(run.span)
                openers.removeSubrange(k...)
            } else if run.opens {
                openers.append(run)
            }
        }
        return out
    }

    /// The end of an HTML tag or comment starting at `i` (`<b>`, `</i>`, `<excerpt/>`, `<a href="…">`).
    private static func tagEnd(_ text: SourceText, from i: Int, end: Int) -> Int? {
        guard i + 1 < end else { return nil }
        let first = text[i + 1]
        guard first == "/" || first == "!" || (first.isASCII && first.properties.isAlphabetic) else { return nil }
        var j = i + 1
        while j < end, j - i < 512 {
            if text[j] == ">" { return j + 1 }
            if text[j] == "<" { return nil }
            j += 1
        }
        return nil
    }

    /// For a `[` at `i` that opens a link: the opening bracket, and the target from `]` to the closing
    /// `)` (or the `]` of a reference `[text][ref]`).
    private static func link(_ text: SourceText, from i: Int, end: Int) -> (TextSpan, TextSpan)? {
        var j = i + 1
        var depth = 1
        while j < end {
            if text[j] == "[" { depth += 1 }
            if text[j] == "]" { depth -= 1; if depth == 0 { break } }
            j += 1
        }
        guard j + 1 < end, j > i + 1 else { return nil }
        let closer: Unicode.Scalar = text[j + 1] == "(" ? ")" : (text[j + 1] == "[" ? "]" : " ")
        guard closer != " " else { return nil }
        var k = j + 2
        while k < end, text[k] != closer { k += 1 }
        guard k < end else { return nil }
        return (TextSpan(i, i + 1), TextSpan(j, k + 1))
    }
}
