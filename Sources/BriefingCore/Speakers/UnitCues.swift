import Foundation

/// What one unit says about who speaks it and who speaks next, found from its words alone.
public struct UnitCues: Sendable, Equatable {
    /// People addressed by name: the speaker is not them, and the floor may pass to the last one.
    public var addressed: [Int] = []
    /// People thanked by name ("Well, thanks, Andrew"): the speaker is not them; they asked.
    public var thanked: [Int] = []
    /// People named in the third person: the speaker is most likely not them.
    public var mentioned: [Int] = []
    /// Someone named on their own, who may take the floor next ("… out of this Maria so").
    public var bareFirstNames: [Int] = []
    /// A person who says their own name ("my name is …").
    public var selfNamed: Int?
    public var isQuestion = false
    /// A question put to someone ("do you…", "your view").
    public var asksYou = false
    /// A question that opens with a question word.
    public var whQuestion = false
    /// The unit opens a paragraph with a new sentence (set by the caller, which knows the layout).
    public var startsParagraph = false
    /// Words a host uses: welcomes, hand-overs, thanks to all, sign-offs.
    public var hostLanguage = false
    /// Words only a guest says ("thanks for having me").
    public var guestLanguage = false
    /// Starts like a reply ("Well,", "Yeah", "Correct.").
    public var replyOpener = false
    public var words = 0

    static let hostPatterns: [String] = [
        #"\bwelcome\b"#, #"\bthanks? (you )?(all )?for (being|joining|coming)"#, #"\bi (want|wanna|would like|'d like) to (turn|ask|start|bring|get|end|thank|pick up|go|come)"#,
        #"\blet me (just )?(ask|start|turn|bring|come)"#, #"\bwe('ll| will) be back"#, #"\btell us\b"#, #"\bwhat do you (mean|make|think)"#,
        #"\bhow do you (view|see|think|read)"#, #"\bover to you\b"#, #"^colleagues\b"#, #"\bbefore i get to\b"#, #"\bnext on\b"#,
        #"\bthis (is|has been) (a|an|another) [a-z ]*episode"#, #"\bon this (show|podcast|program)"#, #"\bwe (also )?have with us\b"#,
        #"\bjoining (us|me)\b"#, #"\bmy guests?\b"#, #"\bour guests?\b"#, #"\bthank you (all|very much|so much) (today|for)"#,
        #"\bstart with you\b"#, #"^let me ask\b"#, #"^let's (start|begin|turn|talk|move|get|go)\b"#, #"^tell (me|us)\b"#, #"\b(talk|tell) (to )?(me|us) (a bit |a little |more )?about\b"#,
        #"\bwalk (me|us) through\b"#, #"^what about\b"#, #"\b(do|would) you (think|say|agree|expect|see)\b"#, #"^(interesting|fascinating|great|wow|terrific)\b"#,
        #"^that's (a |an )?(really |very |so )?(great|good|important|interesting|fascinating|terrific|excellent)\b"#, #"\bend with you\b"#,
    ].map { "(?i)" + $0 }
    /// Words only a guest says: thanks for the invitation, praise for the question.
    static let guestPatterns: [String] = [
        #"\b(thanks|thank you) (so much |very much )?for (having|inviting) (me|us)\b"#, #"\b(great|good|happy|glad|nice|a pleasure) to be (here|with you|on)\b"#,
        #"^(that's a |what a )?(great|good|fair|excellent|tough) question\b"#, #"\bthanks for the question\b"#, #"\bto your (question|point)\b"#,
    ].map { "(?i)" + $0 }
    static let guestRegexes: [NSRegularExpression] = guestPatterns.compactMap { try? NSRegularExpression(pattern: $0) }
    static let hostRegexes: [NSRegularExpression] = hostPatterns.compactMap { try? NSRegularExpression(pattern: $0) }

    static let openers = ["because", "well", "yeah", "yes", "yep", "no", "right", "correct", "sure", "absolutely", "exactly", "thanks",
                          "thank you", "i think", "look", "if i may", "maybe i'll start", "i agree", "i would add", "i'd add",
                          "i entirely agree", "it seems", "okay", "certainly", "of course", "indeed", "good question"]

    /// Words that may stand before a name at the start of an address ("So Victor, …").
    static let leadIns: Set<String> = ["so", "and", "well", "right", "okay", "ok", "now", "yeah", "but", "oh", "hey", "all", "first",
                                       "dr", "mr", "mrs", "ms", "prof", "professor", "colonel", "col", "general", "gen", "senator",
                                       "sen", "ambassador", "judge", "governor", "mayor", "minister", "secretary", "president"]

    public init() {}

    public init(_ raw: String, people: PersonIndex) {
        let unit = Self.withoutLabel(raw)
        let lower = unit.lowercased()
        let tokens = Self.tokens(unit)
        words = tokens.count
        isQuestion = unit.hasSuffix("?")
        whQuestion = isQuestion && ["what", "why", "how", "when", "where", "who", "which"].contains(tokens.first?.word.lowercased() ?? "")
        // Put to someone: "do you think", "would you say", "your view", not "if you took … how would they …".
        let askVerbs: Set<String> = ["do", "does", "did", "would", "could", "can", "will", "are", "were", "have", "should"]
        asksYou = isQuestion && (tokens.indices.dropFirst().contains { k in
            tokens[k].word.lowercased() == "you" && askVerbs.contains(tokens[k - 1].word.lowercased())
        } || tokens.contains { $0.word.lowercased() == "your" })
        let range = NSRange(unit.startIndex..., in: unit)
        hostLanguage = Self.hostRegexes.contains { $0.firstMatch(in: unit, range: range) != nil }
        guestLanguage = Self.guestRegexes.contains { $0.firstMatch(in: unit, range: range) != nil }
        if guestLanguage { hostLanguage = false }
        replyOpener = Self.openers.contains { lower == $0 || lower.hasPrefix($0 + " ") || lower.hasPrefix($0 + ",") || lower.hasPrefix($0 + ".") }
        // Names: capitalised tokens that match a person, with their position and punctuation around.
        var k = 0
        while k < tokens.count {
            let t = tokens[k]
            guard t.word.first?.isUppercase == true, let (person, used) = Self.person(tokens, k, people) else { k += 1; continue }
            let last = tokens[k + used - 1]
            let before = k > 0 ? tokens[k - 1] : nil
            let thanksBefore = before.map { ["thanks", "thank"].contains($0.word.lowercased()) || ($0.word.lowercased() == "you" && k > 1 && tokens[k - 2].word.lowercased() == "thank") } ?? false
            let atStart = tokens[0..<k].allSatisfy { Self.leadIns.contains($0.word.lowercased()) || ($0.word.lowercased() == "and" ) }
                || (k >= 2 && tokens[k - 1].word.lowercased() == "and" && tokens[0..<(k - 1)].contains { $0.follows(",") } == false && k <= 3)
            let commaAfter = last.follows(",") || last.follows("?") || (k + used == tokens.count)
            let atEnd = k + used == tokens.count && (before?.follows(",") ?? false)
            if thanksBefore {
                thanked.append(person)
            } else if (atStart && commaAfter) || atEnd || Self.isHandOver(tokens, k) {
                addressed.append(person)
            } else if Self.isSelfNaming(tokens, k) {
                selfNamed = person
            } else {
                mentioned.append(person)
                if used == 1, people.entries[person].last != nil || true, tokens[k].word == people.entries[person].first,
                   k + 1 < tokens.count ? ["so", "and"].contains(tokens[k + 1].word.lowercased()) : false {
                    bareFirstNames.append(person)
                }
            }
            k += used
        }
    }

    /// The cues in short, for `briefing turns --explain`: `addressed=Victor question reply …`.
    public func summary(_ names: [String]) -> String {
        var parts: [String] = []
        func list(_ label: String, _ ids: [Int]) { if !ids.isEmpty { parts.append(label + "=" + ids.map { names[$0] }.joined(separator: ",")) } }
        list("addressed", addressed)
        list("thanked", thanked)
        list("mentioned", mentioned)
        if isQuestion { parts.append(asksYou ? "question-to-you" : "question") }
        if hostLanguage { parts.append("host-words") }
        if guestLanguage { parts.append("guest-words") }
        if replyOpener { parts.append("reply") }
        if startsParagraph { parts.append("paragraph") }
        return parts.joined(separator: " ")
    }

    /// The unit without a stray speaker label at its start (`SOMEONE NAMED: Thank you.` in an ASR dump).
    static func withoutLabel(_ unit: String) -> String {
        guard let colon = unit.firstIndex(of: ":") else { return unit }
        let head = unit[..<colon]
        guard head.count <= 48, head.count >= 2, head == head.uppercased(), head.contains(where: \.isLetter) else { return unit }
        let rest = unit[unit.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? unit : rest
    }

    /// Whether the host would take the floor with this unit: host language, an address, a question put to someone.
    public var takesFloor: Bool { hostLanguage || !addressed.isEmpty || asksYou || (whQuestion && startsParagraph) }

    /// `to NAME`, `with NAME` after a hand-over verb: "turn now to Dennis", "start with you, Victor".
    static func isHandOver(_ tokens: [Token], _ k: Int) -> Bool {
        guard k >= 2 else { return false }
        let prev = tokens[(max(0, k - 3))..<k].map { $0.word.lowercased() }
        let verbs: Set<String> = ["turn", "turning", "go", "going", "over", "back", "bring", "ask", "start", "get", "hear"]
        return (prev.last == "to" || prev.last == "in" || prev.last == "from") && prev.contains { verbs.contains($0) }
    }

    static func isSelfNaming(_ tokens: [Token], _ k: Int) -> Bool {
        guard k >= 2 else { return false }
        let a = tokens[k - 2].word.lowercased(), b = tokens[k - 1].word.lowercased()
        return (a == "name" && b == "is") || (a == "this" && b == "is" && k == 2) || b == "i'm" && k == 1
    }

    /// A person named at token k: first + last, first alone, or last alone. Returns the person and tokens used.
    static func person(_ tokens: [Token], _ k: Int, _ people: PersonIndex) -> (Int, Int)? {
        let first = tokens[k].word
        if k + 1 < tokens.count, tokens[k + 1].word.first?.isUppercase == true, tokens[k].trailing.isEmpty,
           let p = people.match(first: first, last: tokens[k + 1].word) {
            return (p, 2)
        }
        // A short form ("Vic") only where it stands as an address: set off by punctuation at the unit's end or start.
        let addressLike = (k == tokens.count - 1 || k == 0) && !tokens[k].trailing.isEmpty
        guard first.count >= 3, let p = people.match(first: first, last: nil, allowShortForm: addressLike) else { return nil }
        return (p, 1)
    }

    /// A word and the punctuation that follows it.
    struct Token {
        var word: String
        var trailing: String

        /// Whether a mark follows the word ("," in "Karine,"); a scalar search, not Foundation's substring search.
        func follows(_ mark: Unicode.Scalar) -> Bool { trailing.unicodeScalars.contains(mark) }
    }

    /// The words of a unit (split at spaces), each without punctuation around it; what followed it is kept
    /// as `trailing`, with a possessive `'s` moved there. Read scalar by scalar (units are many).
    static func tokens(_ s: String) -> [Token] {
        let scalars = Array(s.unicodeScalars)
        func isWordScalar(_ c: Unicode.Scalar) -> Bool { c.isLetter || c.isDigit || (c.value >= 128 && (c.properties.numericType != nil || c.isCombiningMark)) }
        func string(_ r: Range<Int>) -> String { String(scalars: scalars[r]) }
        var out: [Token] = []
        var i = 0
        while i < scalars.count {
            while i < scalars.count && scalars[i] == " " { i += 1 }
            let start = i
            while i < scalars.count && scalars[i] != " " { i += 1 }
            var a = start, b = i
            while a < b && !isWordScalar(scalars[a]) { a += 1 }
            while b > a && !isWordScalar(scalars[b - 1]) { b -= 1 }
            guard a < b else { continue }
            var trailing = string(b..<i)
            if b - a > 2, scalars[b - 1] == "s", scalars[b - 2] == "'" || scalars[b - 2] == "\u{2019}" {
                b -= 2
                trailing = "'s" + trailing
            }
            out.append(Token(word: string(a..<b), trailing: trailing))
        }
        return out
    }
}
