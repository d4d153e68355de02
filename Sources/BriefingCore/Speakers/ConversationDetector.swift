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
        var questions = 0, personal = 0, replyStarts = 0, quoted = 0, words = 0
        for s in sentences {
            let text = doc.text.string(s.span)
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.hasSuffix("?") || trimmed.hasSuffix("?\"") || trimmed.hasSuffix("?”") { questions += 1 }
            if text.contains("\u{201C}") || text.contains("\"") { quoted += 1 }
            let tokens = text.lowercased().split { !($0.isLetter || $0 == "'" || $0 == "’") }.map { $0.replacingOccurrences(of: "’", with: "'") }
            words += tokens.count
            if tokens.contains(where: { firstSecond.contains($0) }) { personal += 1 }
            if let f = tokens.first, replies.contains(f) { replyStarts += 1 }
        }
        let q = Double(questions) / Double(n), p = Double(personal) / Double(n)
        let r = Double(replyStarts) / Double(n), quotes = Double(quoted) / Double(n)
        let score = 4 * q + p + 2 * r - 1.5 * quotes
        let yes = q >= 0.03 && p >= 0.2 && score >= 0.55
        let figures = "questions \(percent(q)), I/you \(percent(p)), reply openers \(percent(r)), quotations \(percent(quotes))"
        return Verdict(isConversation: yes, reason: (yes ? "conversation without labels: " : "article: ") + figures)
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
}
