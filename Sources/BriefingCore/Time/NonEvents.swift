import Foundation

/// Sentences that carry a time word but tell no event: page metadata and datelines, greetings and thanks
/// ("Thanks for joining us today"), talk about the broadcast, briefing or call itself ("We'll be back next
/// week with another episode"), and small talk of the speakers with no one else in it ("what we didn't finish
/// yesterday", "more to share in the coming days"). Every rule reads the form of the sentence, not its topic.
enum NonEvents {
    /// Words of greeting and thanks.
    static let pleasantries: Set<String> = ["thank", "thanks", "welcome", "hello", "hi", "greetings", "congratulations", "congrats",
                                            "appreciate"]
    /// The medium the words are said in: the show, the briefing, the call.
    static let medium: Set<String> = ["episode", "episodes", "show", "podcast", "briefing", "briefings", "backgrounder", "gaggle",
                                      "call", "broadcast", "program", "programme", "segment", "newsletter", "listeners", "viewers",
                                      "audience", "studio", "podium", "session", "conversation", "discussion", "panel"]
    static let speakers: Set<String> = ["i", "we", "you", "i'm", "we're", "you're", "i've", "we've", "you've", "i'll", "we'll",
                                        "you'll", "us", "our", "my", "me", "your", "guys", "folks", "everyone", "everybody"]

    static let metadataField = try! NSRegularExpression(pattern: #"^\s*[A-Za-z_ ]{1,30}:"#)
    static let greeting = try! NSRegularExpression(pattern:
        #"(?i)\b(good (morning|afternoon|evening)|(happy|glad|great|pleased) to (be|have)|hope (you|everyone|everybody|all))\b"#)
    static let aboutTheShow = try! NSRegularExpression(pattern: #"(?i)\b(be back|talked to you|coming out here|join(ing)? us)\b"#)

    static func matches(_ r: NSRegularExpression, _ s: String) -> Bool {
        r.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    /// Why the mention tells no event, or nil when it may.
    static func reason(_ sentence: String, _ mention: TimeMention) -> String? {
        var rest = sentence
        if let r = rest.range(of: mention.text) { rest.replaceSubrange(r, with: " ") }
        let words = Self.words(of: rest)
        let lower = words.map { $0.lowercased() }
        // A date with (almost) nothing else: a dateline, a page stamp, a metadata field ("published_time: …").
        if words.count < 2 || (words.count <= 6 && matches(metadataField, sentence) && sentence.contains(where: \.isNumber)) {
            return "a date with nothing told"
        }
        // A stretch too wide and too vague to place ("over the past year", "years ago", "in recent decades").
        if case .pastDays(let n) = mention.expression, n > 120 { return "a vague stretch of time" }
        if case .ago(_, nil) = mention.expression { return "a vague stretch of time" }
        let deictic = mention.expression.isDeictic
        let personal = lower.contains { speakers.contains($0) }
        if deictic, lower.contains(where: { pleasantries.contains($0) }) || matches(greeting, sentence) {
            return "a greeting or thanks"
        }
        if deictic, personal, lower.contains(where: { medium.contains($0) }) || matches(aboutTheShow, sentence) {
            return "talk about the broadcast, briefing or call itself"
        }
        // In the clause that holds the time word, the speakers and their audience, no one else and no figure.
        let own = clause(sentence, around: mention.text)
        let clauseWords = Self.words(of: own)
        let ownLower = own.lowercased()
        let hedged = hedges.reduce(0) { n, h in n + ownLower.components(separatedBy: h).count - 1 }
        let ownAffairs = clauseWords.filter { speakers.contains($0.lowercased()) }.count > hedged
        if deictic, ownAffairs, !names(clauseWords), !clauseWords.contains(where: { w in w.contains(where: { $0.isNumber }) }) {
            return "the speakers' own affairs, with no one else in them"
        }
        return nil
    }

    /// "I think", "you know": a speaker's hedges, which say nothing about who acts.
    static let hedges = ["i think", "i mean", "you know", "i guess", "i believe", "i'd say", "i would say", "you see"]

    static func words(of text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "\u{2019}" || $0 == "_") })
            .map { String($0).replacingScalar("\u{2019}", with: "'") }
    }

    /// The stretch of the sentence between the clause marks around `phrase` (commas, semicolons, dashes, brackets).
    static func clause(_ sentence: String, around phrase: String) -> String {
        guard let r = sentence.range(of: phrase) else { return sentence }
        let marks: Set<Character> = [",", ";", ":", "\u{2014}", "\u{2013}", "(", ")"]
        let start = sentence[..<r.lowerBound].lastIndex(where: { marks.contains($0) }).map { sentence.index(after: $0) } ?? sentence.startIndex
        let end = sentence[r.upperBound...].firstIndex(where: { marks.contains($0) }) ?? sentence.endIndex
        return String(sentence[start..<end])
    }

    /// Whether a word other than the first, a pronoun or a calendar word is capitalised (someone or somewhere named).
    static func names(_ words: [String]) -> Bool {
        words.dropFirst().contains { w in
            guard let f = w.first, f.isUppercase, w.count > 1 else { return false }
            let l = w.lowercased()
            return !speakers.contains(l) && !["i'd", "ok", "okay"].contains(l) && MonthNames.number(l) == nil && !TemporalTagger.weekdays.contains(l)
        }
    }
}
