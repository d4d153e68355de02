/// Which capitalised words of one document are people's names, learnt from that document alone: a name is
/// a capitalised word the document never writes in lower case and that is not a function word ("So", "Thanks"
/// and "Look" are written lower case elsewhere, "Karine" and "Nields" never are). Full names are two such words
/// in a row ("John Kirby"), found by first and by last name. Titles ("Admiral", "Mr.") stand before names.
public struct NameLexicon: Sendable {
    /// Lower-cased words the document writes in lower case somewhere.
    let lowerSeen: Set<String>
    /// Full names by lower-cased first name and by lower-cased last name, with how often each occurs.
    var byFirst: [String: [String: Int]] = [:]
    var byLast: [String: [String: Int]] = [:]
    /// Capitalised words after each title ("Admiral" → ["John Kirby": 2]), names checked once the text is read.
    var afterTitle: [String: [String: Int]] = [:]

    /// Forms of address that stand before a name or alone ("Mr. President", "Admiral", "Senator Boren").
    public static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "doctor", "prof", "professor", "admiral", "general", "gen", "colonel", "col", "major",
        "captain", "lieutenant", "sergeant", "senator", "congressman", "congresswoman", "representative", "secretary",
        "president", "madam", "chairman", "chairwoman", "chair", "governor", "ambassador", "judge", "mayor", "minister",
        "director", "commissioner", "counsel", "sir", "ma'am", "professor", "father", "sister", "rabbi", "reverend",
    ]

    /// Interjections and sentence adverbs: capitalised at the start of a line, never names, and in a short
    /// transcript perhaps never written in lower case.
    static let notNames: Set<String> = [
        "hi", "hello", "hey", "bye", "goodbye", "okay", "ok", "thanks", "please", "sorry", "wow", "yes", "yeah", "yep", "nope",
        "oh", "uh", "um", "furthermore", "moreover", "additionally", "anyway", "anyways", "otherwise", "therefore", "hence",
        "nonetheless", "regardless", "besides", "likewise", "similarly", "finally", "firstly", "secondly", "thirdly", "lastly",
        "overall", "honestly", "basically", "absolutely", "exactly", "certainly", "congratulations", "welcome", "great", "good",
        "fine", "sure", "right", "correct", "true", "alright", "cheers", "amen", "bravo", "gentlemen", "ladies", "folks", "guys",
        "everybody", "everyone", "morning", "afternoon", "evening", "applause", "laughter", "crosstalk", "inaudible",
        "wait", "listen", "look", "see", "come", "stop", "excuse", "pardon", "gosh", "god",
    ]

    public init(_ text: String) { self.init(SourceText(text), in: nil) }

    /// Reads the words of a text (or of a span of it) once, scalar by scalar.
    public init(_ text: SourceText, in span: TextSpan?) {
        var lower = Set<String>()
        var previous: String?
        var pairs: [(String, String)] = []
        var titled: [(title: String, surface: String, words: [String])] = []
        text.forEachWord(in: span, trimming: { !$0.isLetter }) { raw, w in
            // Without a possessive.
            let a = w.start
            var b = w.end
            if b - a > 2, text[b - 1] == "s", text[b - 2] == "'" || text[b - 2] == "\u{2019}" { b -= 2 }
            guard a < b else { previous = nil; return }
            if text[a].isLower {
                lower.insert(text.string(TextSpan(a, b)).lowercased())
                previous = nil
                return
            }
            guard text.isCapitalisedWord(TextSpan(a, b)) else { previous = nil; return }
            let word = text.string(TextSpan(a, b))
            if let p = previous {
                pairs.append((p, word))
                if let t = titled.last, t.words.count < 2, t.words.last == p || (t.words.isEmpty && t.surface == p) { titled[titled.count - 1].words.append(word) }
            }
            let lowered = word.lowercased()
            if NameLexicon.titles.contains(lowered) { titled.append((lowered, word, [])) }
            previous = text[raw.end - 1].isLetter ? word : nil
        }
        lowerSeen = lower
        for (title, _, words) in titled {
            let name = words.prefix { isName($0) }
            guard !name.isEmpty else { continue }
            afterTitle[title, default: [:]][name.joined(separator: " "), default: 0] += 1
        }
        for (a, b) in pairs where isName(a) && isName(b) {
            byFirst[a.lowercased(), default: [:]][a + " " + b, default: 0] += 1
            byLast[b.lowercased(), default: [:]][a + " " + b, default: 0] += 1
        }
    }

    /// Whether a word is a person's name in this document: capitalised, never written lower case, not a
    /// function word or title.
    public func isName(_ word: String) -> Bool {
        guard let f = word.first, f.isUppercase, word.count >= 2 else { return false }
        let l = word.lowercased()
        if word == word.uppercased() { return false } // an acronym
        // "I’m", "Don't": a contraction; "O’Brien" keeps a capital after the apostrophe.
        if let a = word.firstIndex(where: { $0 == "'" || $0 == "’" }), word.index(after: a) < word.endIndex, !word[word.index(after: a)].isUppercase { return false }
        return !lowerSeen.contains(l) && !Stopwords.words.contains(l) && !NameLexicon.notNames.contains(l) && !Abbreviations.sentenceOpeners.contains(l)
            && !NameLexicon.titles.contains(l) && !MonthNames.isCalendarWord(l)
    }

    /// The fullest form of a name the document gives: "Kirby" → "John Kirby", "Karine" → "Karine Jean-Pierre".
    public func fullName(_ name: String) -> String {
        guard !name.contains(" ") else { return name }
        let l = name.lowercased()
        let candidates = (byFirst[l] ?? [:]).merging(byLast[l] ?? [:], uniquingKeysWith: +)
        guard let best = candidates.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return name }
        // Only when one full name clearly dominates ("John Kirby" over a stray "John Smith").
        let second = candidates.filter { $0.key != best.key }.map(\.value).max() ?? 0
        return best.value > second ? best.key : name
    }

    /// The full name that goes with a title alone ("Admiral" → "John Kirby" when the text says "Admiral John Kirby").
    public func holder(ofTitle title: String) -> String? {
        var counts: [String: Int] = [:]
        for (name, n) in afterTitle[title.lowercased()] ?? [:] { counts[name.contains(" ") ? name : fullName(name), default: 0] += n }
        // Only one person holds the title in this text, and more than once ("President" may be several).
        guard counts.count == 1, let only = counts.first, only.value >= 2 else { return nil }
        return counts.first?.key
    }
}
