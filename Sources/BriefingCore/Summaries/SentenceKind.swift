/// What a summary sentence does in a conversation: states something, records a decision ("we decided",
/// "we'll go with", "it was agreed"), or takes on an action ("I'll send", "you will follow up", "action
/// item"). Found from the phrases English uses for them, in any transcript or article.
public enum SentenceKind: String, Sendable, Codable, Hashable {
    case statement, decision, action

    /// Decision phrases, as word sequences (an apostrophe form and a full form both listed).
    static let decisionPhrases: [[String]] = [
        ["we", "decided"], ["we've", "decided"], ["we", "have", "decided"], ["we", "agreed"], ["we've", "agreed"],
        ["we", "have", "agreed"], ["it", "was", "agreed"], ["it", "was", "decided"], ["it's", "agreed"],
        ["we'll", "go", "with"], ["we", "will", "go", "with"], ["let's", "go", "with"], ["we're", "going", "with"],
        ["we're", "going", "to", "go", "with"], ["we", "are", "going", "to", "go", "with"], ["the", "decision", "is"],
        ["the", "decision", "was"], ["we", "settled", "on"], ["we", "chose"], ["we've", "chosen"], ["we", "opted"],
        ["agreed", "to"], ["decided", "to"], ["decided", "that"], ["agreed", "that"], ["we", "will", "use"],
        ["we'll", "use"], ["we're", "going", "to", "use"],
    ]
    /// Verbs of the tasks people take on in meetings.
    static let taskVerbs: Set<String> = [
        "send", "email", "e-mail", "circulate", "forward", "follow", "look", "check", "draft", "prepare", "write",
        "put", "get", "make", "find", "contact", "call", "schedule", "set", "update", "share", "report", "review",
        "investigate", "organise", "organize", "arrange", "bring", "present", "work", "finish", "run", "test",
    ]

    /// The kind of a sentence.
    public static func of(_ text: String) -> SentenceKind {
        let words = text.lowercased().replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "-") }).map(String.init)
        func has(_ phrase: [String]) -> Bool {
            guard words.count >= phrase.count else { return false }
            return (0...(words.count - phrase.count)).contains { i in Array(words[i..<(i + phrase.count)]) == phrase }
        }
        if has(["action", "item"]) || has(["action", "items"]) { return .action }
        // "I'll send …", "you will circulate …", "John is going to draft …".
        for i in words.indices {
            let w = words[i]
            var next: Int?
            if w.hasSuffix("'ll") { next = i + 1 }
            if w == "will", i > 0 { next = i + 1 }
            if w == "going", i + 1 < words.count, words[i + 1] == "to", i > 0 { next = i + 2 }
            if let n = next, n < words.count, taskVerbs.contains(words[n]), words[max(0, i - 1)] != "it",
               !(w.hasSuffix("'ll") && w.hasPrefix("it")) {
                // A task for a time to come: said of a person, not of a thing ("it will run").
                let subject = w.hasSuffix("'ll") ? String(w.dropLast(3)) : words[max(0, i - 1)]
                if ["i", "we", "you", "he", "she"].contains(subject) { return .action }
            }
        }
        if decisionPhrases.contains(where: has) { return .decision }
        return .statement
    }
}
