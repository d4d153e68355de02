/// Tells a conversation written down without labels (speech-to-text of a briefing, a hearing, an interview)
/// from an article, by how it talks: people in conversation ask questions, say "I" and "you" and answer
/// with "yes", "well" and "look"; an article reports in the third person and quotes its sources.
public enum ConversationDetector {
    /// The measures and the verdict, with a reason a person can read (`list`, `turns --explain`).
    public struct Verdict: Sendable, Equatable {
        public var isConversation: Bool
        public var reason: String
    }

    static let firstSecond: Set<String> = ["i", "i'm", "i've", "i'll", "i'd", "you", "your", "you're", "you've", "me", "my", "we", "we're", "we've", "we'll", "us", "our", "let's"]
    static let replies: Set<String> = ["yes", "yeah", "no", "well", "look", "okay", "sure", "right", "thanks", "thank"]

    public static func assess(_ doc: Document, sentences: [Sentence]) -> Verdict {
        let n = sentences.count
        guard n >= 6 else { return Verdict(isConversation: false, reason: "too short to tell (\(n) sentences)") }
        // One pass over each sentence's scalars, sentences on all cores; only short words are spelled out, since
        // every word looked for has at most six letters.
        let text = doc.text
        let marks = parallelMap(count: n, minimumChunk: 1024) { k -> (question: Bool, personal: Bool, reply: Bool, quoted: Bool) in
            let span = text.clamped(sentences[k].span)
            var hasPersonal = false, isQuoted = false, first = true, replyStart = false
            var last: Unicode.Scalar = " ", beforeLast: Unicode.Scalar = " "
            var word: [Unicode.Scalar] = []
            var length = 0
            func endWord() {
                defer { word.removeAll(keepingCapacity: true); length = 0 }
                guard length > 0 else { return }
                if length <= 6 {
                    let w = String(scalars: word)
                    if first, replies.contains(w) { replyStart = true }
                    if firstSecond.contains(w) { hasPersonal = true }
                }
                first = false
            }
            for i in span.start..<span.end {
                let c = text[i]
                if c == "\u{201C}" || c == "\"" { isQuoted = true }
                if c.isLetter || (length > 0 && (c == "'" || c == "\u{2019}")) {
                    length += 1
                    if length <= 6 { word.append(c == "\u{2019}" ? "'" : lower(c)) }
                } else {
                    endWord()
                }
                if !c.isSpace { beforeLast = last; last = c }
            }
            endWord()
            let question = last == "?" || (beforeLast == "?" && (last == "\"" || last == "\u{201D}"))
            return (question, hasPersonal, replyStart, isQuoted)
        }
        let questions = marks.filter(\.question).count, personal = marks.filter(\.personal).count
        let replyStarts = marks.filter(\.reply).count, quoted = marks.filter(\.quoted).count
        let q = Double(questions) / Double(n), p = Double(personal) / Double(n)
        let r = Double(replyStarts) / Double(n), quotes = Double(quoted) / Double(n)
        let score = 4 * q + p + 2 * r - 1.5 * quotes
        let yes = q >= 0.03 && p >= 0.2 && score >= 0.55
        let figures = "questions \(percent(q)), I/you \(percent(p)), reply openers \(percent(r)), quotations \(percent(quotes))"
        return Verdict(isConversation: yes, reason: (yes ? "conversation without labels: " : "article: ") + figures)
    }

    static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if c.isASCII { return (65...90).contains(c.value) ? Unicode.Scalar(c.value + 32)! : c }
        return c.properties.lowercaseMapping.unicodeScalars.first ?? c
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
}
