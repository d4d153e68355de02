/// A word, number or punctuation mark of a sentence, with its span in the original text.
struct TimeToken: Sendable {
    var text: String
    var lower: String
    var span: TextSpan
    var isWord: Bool { text.unicodeScalars.first.map { $0.isLetter || $0.isDigit || $0 == "'" || $0 == "\u{2019}" } ?? false }
    var isNumber: Bool { !text.isEmpty && text.unicodeScalars.allSatisfy(\.isASCIIDigit) }
    var number: Int? { isNumber && text.count <= 4 ? Int(text) : nil }

    /// Words (letters, digits, inner apostrophes; `’23` as one token; a closing `'s` on its own) and single
    /// punctuation marks.
    static func tokens(_ text: SourceText, pieces: [TextSpan]) -> [TimeToken] {
        var out: [TimeToken] = []
        for piece in pieces {
            var i = piece.start
            while i < piece.end {
                let c = text[i]
                if c.isSpace { i += 1; continue }
                var j = i
                func possessive(_ k: Int) -> Bool { // 's closing a word: its own token ("Friday" "'s")
                    (text[k] == "'" || text[k] == "\u{2019}") && k + 1 < piece.end && (text[k + 1] == "s" || text[k + 1] == "S")
                        && (k + 2 >= piece.end || !text[k + 2].isLetter)
                }
                if c.isLetter || c.isDigit || ((c == "'" || c == "\u{2019}") && i + 2 < piece.end && text[i + 1].isASCIIDigit && text[i + 2].isASCIIDigit) {
                    j = i + 1
                    while j < piece.end, text[j].isLetter || text[j].isDigit
                            || ((text[j] == "'" || text[j] == "\u{2019}") && j + 1 < piece.end && text[j + 1].isLetter && !possessive(j)) { j += 1 }
                } else if possessive(i) {
                    j = i + 2
                } else {
                    j = i + 1
                }
                let s = text.string(TextSpan(i, j))
                out.append(TimeToken(text: s, lower: s.lowercased(), span: TextSpan(i, j)))
                i = j
            }
        }
        return out
    }
}
