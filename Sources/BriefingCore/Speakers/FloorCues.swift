import Foundation

/// What one unit of an unlabelled conversation says about the floor: whether it asks or answers, whom it
/// addresses, thanks or calls on, who it hands the floor to, and who names themselves. Found from the words
/// alone, with names told apart from other capitalised words by the document's `NameLexicon`.
public struct FloorCues: Sendable, Equatable {
    public var words = 0
    public var isQuestion = false
    /// A question put to the listener ("do you…", "your…").
    public var asksYou = false
    /// Opens like an answer ("Yes.", "Well,", "Look,", "No,").
    public var replyOpener = false
    /// Someone addressed by name or title at the start or end ("Karine, …", "…, Admiral?").
    public var addressed: String?
    /// Someone thanked by name or title ("Thanks, John", "Thank you, Mr. Chairman").
    public var thanked: String?
    /// Thanks to everyone ("Thank you, guys.", "Thanks, everybody"): a sign-off or a greeting to the room.
    public var thanksAll = false
    /// Someone given the floor to ask ("Go ahead, Steve", "Our next question goes to Ann Roe", "Aurelia.").
    public var calledOn: String?
    /// The call gives the floor to the person just handed it ("… over to Admiral Roe." "Admiral."), not to a questioner.
    public var callsHandedTo = false
    /// Gives the floor to someone unnamed ("Go ahead.").
    public var givesFloor = false
    /// The call-on is a moderator's ("next question", "the line of", "next up").
    public var moderatorCall = false
    /// Someone handed the floor to speak at length ("I'll turn it over to Admiral John Kirby", "please welcome …").
    public var handedTo: String?
    /// A name the speaker gives as their own ("This is Ann Roe with …", "my name is …").
    public var selfNamed: String?
    /// The name on the line before, when that line held only a name (`labelLine`): a label left in the text.
    public var labelled: String?
    /// Starts a line after a finished sentence (a new paragraph).
    public var startsLine = false
    /// The hand-over is announced for later ("… and then I'll hand it over to Jake", "before I hand it over").
    public var handsOverLater = false
    /// Opens with "With that," (or "So, with that,"): what was announced happens now.
    public var withThat = false
    /// Answers "you" in the unit before with "I" or "we" and an auxiliary ("You denied it." — "I did."); see `AdjacencyPairs`.
    public var mirrors = false
    /// Repeats a short question's words as a statement ("Face to face?" — "Face to face.").
    public var echoes = false
    /// A short answer to the question before it ("Yes.", "I did."): the one who asked is likely to go on.
    public var bareAnswer = false
    /// Says "you" or "your" (a statement as well as a question).
    public var putsToYou = false
    /// The persons the unit speaks in: 0 neither, 1 "I" or "we", 2 "you" (said to someone), 3 both (`AskerLean.kind`).
    public var personKind = 0
    /// `addressed` comes from reported speech said to "you", `selfNamed` from reported speech said to "me" (`ReportedAddress`).
    public var reportedAddress = false
    public var reportedSelf = false

    public init() {}

    /// Titles written short with a full stop ("Mr."), and forms of address that are no one's title alone ("Sir").
    static let abbreviatedTitles: Set<String> = ["mr", "mrs", "ms", "dr"]
    static let notAloneTitles: Set<String> = abbreviatedTitles.union(["miss", "sir", "ma'am", "madam"])
    static let leadIns: Set<String> = ["so", "and", "well", "okay", "ok", "but", "hey", "now", "yeah", "yes", "all", "right", "oh", "sorry", "great"]
    static let replyWords: Set<String> = ["yes", "yeah", "yep", "no", "nope", "well", "look", "sure", "absolutely", "correct", "exactly",
                                          "certainly", "indeed", "listen", "again", "right", "of course"]
    /// Words that praise the question just put when they open an answer ("Great question.", "That's a fair question").
    static let questionPraise: Set<String> = ["good", "great", "fair", "excellent", "tough", "hard", "difficult", "interesting",
                                              "terrific", "wonderful", "important", "big", "fascinating"]
    /// Words that may stand before the praise ("That's a really good question", "Oh, what a great question").
    static let praiseLeadIns: Set<String> = ["that's", "that’s", "that", "is", "it's", "it’s", "a", "an", "what", "such", "really", "very",
                                             "so", "oh", "well", "yeah", "wow"]
    /// Words after which a name set off by a comma restates something ("namely, …", "including, …").
    static let restating: Set<String> = ["namely", "including", "especially", "particularly", "specifically", "ie", "i.e", "e.g", "eg"]
    static let askVerbs: Set<String> = ["do", "does", "did", "would", "could", "can", "will", "are", "were", "have", "has", "should", "is", "was"]

    static let moderatorRegex = try! NSRegularExpression(pattern:
        #"(?i)\b(?:(?:next|first|last|final|following) (?:question|one)s?,? (?:will |is going to |is |comes? |goes? |will come |will go )*(?:go |come )?(?:to|from)|(?:go|going|turn) (?:to|over to) the line of|next up,?(?: (?:is|we have|we'?ll go to|we will go to|will be))?|we'?ll go to|let'?s go to)\s+"#)
    static let handOverRegex = try! NSRegularExpression(pattern:
        #"(?i)\b(?:(?:turn|turning|hand|handing|pass|passing)(?: it| this| things)?(?: back)? over to|over to you,?|(?:joining|with) (?:me|us)(?: today| now| here)? (?:is|are)|(?:I'?d|I would|let me) (?:like to )?introduce|(?:bring|invite) (?:up|on)?)\s+"#)
    /// "Please welcome …", "a very warm welcome to my friend, …": a welcome at the start of what is said.
    static let welcomeRegex = try! NSRegularExpression(pattern:
        #"(?i)^(?:(?:and|so|now|please|okay|all right),? )*(?:join me in welcoming|(?:please )?welcome(?: to the (?:podium|stage))?|(?:a )?(?:very )?warm welcome to)\s+"#)
    static let hereRegex = try! NSRegularExpression(pattern: #"^(?:[A-Z][\w’'.-]* ){0,3}[A-Z][\w’'-]+ (?:is|will be) (?:here|with us|joining us)\b"#)
    static let selfRegex = try! NSRegularExpression(pattern: #"(?i)^(?:(?:hi|hello|hey|good (?:morning|afternoon|evening)),? (?:everyone|everybody|all)?[.,]? )?(?:this is|my name is|i['’]?m|i am)\s+"#)

    /// The cues of one unit's words. A unit that continues a sentence from the line before (`opensSentence`
    /// false) has no first words: a name there is not said to anyone.
    public init(_ text: String, names: NameLexicon, opensSentence: Bool = true) {
        let tokens = UnitCues.tokens(text)
        self.init(text, tokens: tokens, lowered: tokens.map { $0.word.lowercased() }, names: names, opensSentence: opensSentence)
    }

    /// The same, from the unit's words (`UnitCues.tokens` of the text, and those lower-cased) when the caller has them.
    init(_ text: String, tokens: [UnitCues.Token], lowered lower: [String], names: NameLexicon, opensSentence: Bool) {
        words = tokens.count
        let trimmed = text.first?.isWhitespace == true || text.last?.isWhitespace == true ? text.trimmingCharacters(in: .whitespaces) : text
        isQuestion = trimmed.hasSuffix("?") || trimmed.hasSuffix("?\"") || trimmed.hasSuffix("?”")
        putsToYou = lower.contains { $0 == "you" || $0 == "your" }
        personKind = AskerLean.kind(lower)
        asksYou = isQuestion && (lower.contains("your") || lower.indices.dropFirst().contains { lower[$0] == "you" && Self.askVerbs.contains(lower[$0 - 1]) })
        if let first = lower.first, Self.replyWords.contains(first), (tokens[0].follows(",") || tokens[0].follows(".") || tokens.count == 1 || first == "well" || first == "look") {
            replyOpener = true
        }
        // "Great question.", "I love your question.", "To your question, …": speaks of the question just put, so answers it.
        if !isQuestion, let q = lower.firstIndex(of: "question"), q > 0,
           lower[q - 1] == "your" || (Self.questionPraise.contains(lower[q - 1]) && lower[..<(q - 1)].allSatisfy(Self.praiseLeadIns.contains)) {
            replyOpener = true
        }
        withThat = (lower.first == "with" && lower.dropFirst().first == "that")
            || (lower.count > 2 && ["so", "and"].contains(lower[0]) && lower[1] == "with" && lower[2] == "that")
        // A transcriber's note in parentheses or brackets ("(Laughs.)", "[Applause]") is nobody's words: it
        // thanks, calls on and addresses no one.
        let aside = (trimmed.first == "(" && trimmed.last == ")") || (trimmed.first == "[" && trimmed.last == "]")
        // Leading "thanks"/"thank you" and the address after it.
        var k = 0
        while k < tokens.count, Self.leadIns.contains(lower[k]), k < 3 { k += 1 }
        if opensSentence, !aside, k < tokens.count, lower[k] == "thanks" || lower[k] == "thank" {
            var j = k + 1
            if j < tokens.count, lower[j] == "you" { j += 1 }
            while j < tokens.count, ["so", "very", "much", "again"].contains(lower[j]) { j += 1 }
            if let (who, _) = Self.address(tokens, j, names) { thanked = who }
            else if j < lower.count, ["guys", "everyone", "everybody", "all", "folks"].contains(lower[j]) { thanksAll = true }
        } else if opensSentence, !aside, let (who, used) = Self.address(tokens, k, names) {
            let last = tokens[k + used - 1]
            if k + used == tokens.count || last.follows(",") || last.follows(".") || last.follows("?") {
                // "Steve." or "Yeah, Steve." alone gives the floor; "Steve, …" speaks to him.
                if k + used == tokens.count, tokens.count <= 3 { calledOn = who } else { addressed = who }
            }
        }
        // ", John?" at the end of a question or a short remark ("…for his son, Hunter." names no listener).
        if addressed == nil, calledOn == nil, thanked == nil, tokens.count >= 3, isQuestion || tokens.count <= 8 {
            for used in [1, 2, 3] where tokens.count - used >= 1 {
                let at = tokens.count - used
                // After a lower-case word ("what do you think, John?"); after a name it is apposition ("Lake Resources, Incorporated?").
                guard tokens[at - 1].follows(","), tokens[at - 1].word.first?.isUppercase != true || at - 1 == 0 else { continue }
                // "…, that is, Mr. Green?", "…, namely, Ann?": the name restates what went before, it calls no one.
                // ("he—that is": a dash joins the words before it without a space.)
                let before = at >= 2 ? lower[at - 2].split(whereSeparator: { $0 == "—" || $0 == "–" }).last.map(String.init) : nil
                if Self.restating.contains(lower[at - 1]) || (before == "that" && lower[at - 1] == "is") { break }
                if let (who, u) = Self.address(tokens, at, names), u == used { addressed = who; break }
            }
        }
        // ", Mr. Nields, …" in the middle: a title and a name set off by commas.
        if addressed == nil, calledOn == nil, tokens.count >= 4 {
            for k in 1..<(tokens.count - 1) where tokens[k - 1].follows(",") && NameLexicon.titles.contains(lower[k]) {
                if let (who, used) = Self.address(tokens, k, names), used >= 2, tokens[k + used - 1].follows(",") { addressed = who; break }
            }
        }
        // "Go ahead, Steve" / "Steve, go ahead".
        if let g = lower.firstIndex(of: "go"), g + 1 < lower.count, lower[g + 1] == "ahead" {
            givesFloor = true
            if let (who, _) = Self.address(tokens, g + 2, names) { calledOn = who }
            else if addressed != nil, g > 0 { calledOn = addressed; addressed = nil }
        }
        // The expressions run only on units holding one of the words they need (most units hold none), and
        // the text is bridged for them only then.
        let has = Set(lower.filter(Self.expressionWords.contains))
        func match(_ regex: NSRegularExpression) -> (NSString, NSRange)? {
            let ns = trimmed as NSString
            guard let m = regex.firstMatch(in: trimmed, range: NSRange(location: 0, length: ns.length)) else { return nil }
            return (ns, m.range)
        }
        func after(_ found: (NSString, NSRange)) -> String { found.0.substring(from: found.1.location + found.1.length) }
        if !has.isDisjoint(with: Self.moderatorWords), let m = match(Self.moderatorRegex) {
            if let who = Self.firstAddress(UnitCues.tokens(after(m)), names) { calledOn = who }
            moderatorCall = true
        }
        if !has.isDisjoint(with: Self.handOverWords), let m = match(Self.handOverRegex) {
            let restText = after(m)
            handedTo = Self.bracketedRole(restText) ?? Self.firstAddress(UnitCues.tokens(restText), names)
            let before = Set(UnitCues.tokens(m.0.substring(to: m.1.location)).map { $0.word.lowercased() })
            handsOverLater = !before.isDisjoint(with: ["then", "before", "after"])
        }
        if handedTo == nil, has.contains("welcome") || has.contains("welcoming"), let m = match(Self.welcomeRegex) {
            // Only a full name is welcomed to speak ("welcome Allies to the summit" is not a hand-over).
            if let who = Self.firstAddress(UnitCues.tokens(after(m)), names), who.contains(" ") { handedTo = who }
        }
        if handedTo == nil, has.contains("here") || has.contains("us"), match(Self.hereRegex) != nil {
            handedTo = Self.firstAddress(tokens, names)
        }
        if !has.isDisjoint(with: Self.selfWords), let m = match(Self.selfRegex) {
            if let (who, _) = Self.address(UnitCues.tokens(after(m)), 0, names), !NameLexicon.titles.contains(who.lowercased()) { selfNamed = who }
        }
    }

    /// Words without which the expressions above cannot match.
    static let moderatorWords: Set<String> = ["next", "first", "last", "final", "following", "line", "go"]
    static let handOverWords: Set<String> = ["over", "joining", "with", "introduce", "bring", "invite"]
    static let selfWords: Set<String> = ["this", "name", "i'm", "i’m", "am"]
    static let expressionWords = moderatorWords.union(handOverWords).union(selfWords).union(["welcome", "welcoming", "here", "us"])

    /// A line that holds nothing but a name, written as a label before what someone says ("NIELDS.",
    /// "Mr. Roe:", "ANN ROE:"): the name of the next words' speaker. A title may lead; the name words are
    /// written in capitals and never in lower case ("YES." is no one), or end with a colon. A name alone in
    /// ordinary case with a full stop ("Jeff.") is said aloud: it calls on someone (`calledOn`).
    public static func labelLine(_ text: String, names: NameLexicon) -> String? {
        guard text.count <= 40, let mark = text.last, mark == "." || mark == ":" else { return nil }
        let words = text.dropLast().split(separator: " ").map { $0.hasSuffix(".") ? String($0.dropLast()) : String($0) }
        guard (1...4).contains(words.count), words.allSatisfy({ w in !w.isEmpty && w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" } })
        else { return nil }
        let titleCount = words.prefix { NameLexicon.titles.contains($0.lowercased()) }.count
        let name = words.dropFirst(titleCount)
        guard !name.isEmpty, name.allSatisfy({ w in
            let l = w.lowercased()
            if w.count >= 3, w == w.uppercased() {
                return !names.lowerSeen.contains(l) && !Stopwords.words.contains(l) && !NameLexicon.notNames.contains(l)
            }
            return mark == ":" && names.isName(w)
        }) else { return nil }
        func shown(_ w: String) -> String { w == w.uppercased() ? w.prefix(1) + w.dropFirst().lowercased() : w }
        let title = words.prefix(titleCount).map { shown($0) + (abbreviatedTitles.contains($0.lowercased()) ? "." : "") }
        return (title + name.map(shown)).joined(separator: " ")
    }

    /// "[senior administration official]": a role given in brackets where a name would stand.
    static func bracketedRole(_ text: String) -> String? {
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return nil }
        let inner = text[text.index(after: text.startIndex)..<close]
        let words = inner.split(separator: " ")
        guard (1...5).contains(words.count), inner.allSatisfy({ $0.isLetter || $0 == " " }) else { return nil }
        return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// The first address within the next few words, past possessives and descriptions ("my NSC colleague, Admiral John Kirby").
    static func firstAddress(_ tokens: [UnitCues.Token], _ names: NameLexicon) -> String? {
        for k in 0..<min(tokens.count, 7) {
            if let (who, _) = address(tokens, k, names) { return who }
            if k > 0, tokens[k - 1].follows(".") { break }
        }
        return nil
    }

    /// A name or form of address at token k: "Karine", "John Kirby", "Mr. Nields", "Admiral", "Mr. President".
    /// Returns the name (a title alone is returned as the title) and the tokens used.
    static func address(_ tokens: [UnitCues.Token], _ k: Int, _ names: NameLexicon) -> (String, Int)? {
        guard k < tokens.count else { return nil }
        var j = k
        var title: [String] = []
        while j < tokens.count, j - k < 2, NameLexicon.titles.contains(tokens[j].word.lowercased()), tokens[j].word.first?.isUppercase == true {
            title.append(tokens[j].word)
            j += 1
            if !tokens[j - 1].trailing.isEmpty && tokens[j - 1].trailing != "." { break }
        }
        var name: [String] = []
        // A word broken off ("Mis- — Mr. President") is no name.
        while j < tokens.count, name.count < 3, !tokens[j].trailing.hasPrefix("-"), names.isName(tokens[j].word) {
            name.append(tokens[j].word)
            j += 1
            if !tokens[j - 1].trailing.isEmpty { break }
        }
        if !name.isEmpty {
            // The title stays with the name ("Admiral John Kirby", "Mr. Nields"): it says who is meant by "Admiral".
            let shown = title.map { abbreviatedTitles.contains($0.lowercased()) ? $0 + "." : $0 } + name
            return (shown.joined(separator: " "), j - k)
        }
        guard let last = title.last, !notAloneTitles.contains(last.lowercased()) else { return nil }
        return (title.joined(separator: " "), j - k)
    }

    /// The cues in short, for `briefing turns --explain`.
    public var summary: String {
        var parts: [String] = []
        if isQuestion { parts.append(asksYou ? "question-to-you" : "question") }
        if replyOpener { parts.append("reply") }
        if mirrors { parts.append("mirrors") }
        if echoes { parts.append("echoes") }
        if bareAnswer { parts.append("bare-answer") }
        // The persons a statement speaks in (`AskerLean`): put to "you", of "I" or "we".
        if !isQuestion, personKind != 0 { parts.append(["", "as-I", "to-you", "to-you+as-I"][personKind]) }
        if let addressed { parts.append((reportedAddress ? "reported-" : "") + "addresses=\(addressed)") }
        if let thanked { parts.append("thanks=\(thanked)") }
        if let calledOn { parts.append((moderatorCall ? "moderator-calls=" : "calls-on=") + calledOn) } else if givesFloor { parts.append("gives-floor") }
        if let handedTo { parts.append("hands-over=\(handedTo)") }
        if let selfNamed { parts.append((reportedSelf ? "reported-" : "") + "self=\(selfNamed)") }
        if let labelled { parts.append("label=\(labelled)") }
        if startsLine { parts.append("line") }
        return parts.joined(separator: " ")
    }
}
