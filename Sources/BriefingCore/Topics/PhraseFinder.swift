/// Candidate topic phrases of a sentence: its noun phrases, each the longest run of modifiers and nouns that
/// ends in a noun (as TopicRank and PositionRank take them), at most `maxWords` long, with its span in the
/// original text. Verbs, adverbs, function words, fillers, numbers and punctuation end a phrase; a
/// possessive ends it after the owner ("Russia's economy" → "Russia", "economy"); a phrase of time nouns
/// alone ("week", "afternoon") is no topic. Words with digits count as nouns when they hold letters ("F-16").
public struct PhraseFinder {
    public static let maxWords = 5

    /// One occurrence of a candidate phrase.
    public struct Occurrence: Sendable {
        /// Lower-cased words.
        public var words: [String]
        /// The words as written.
        public var surface: String
        public var span: TextSpan
        /// Each word's role and span (to split the phrase at a word that turns out to be a verb).
        var roles: [WordRole]
        var spans: [TextSpan]
    }

    let roles: WordRoles

    public init(roles: WordRoles = WordRoles()) { self.roles = roles }

    public func phrases(_ text: SourceText, pieces: [TextSpan]) -> [Occurrence] {
        var out: [Occurrence] = []
        // The current run: lower-cased word, surface, span, role.
        var run: [(String, String, TextSpan, WordRole)] = []
        func flush() {
            defer { run = [] }
            if let o = Self.occurrence(run) { out.append(o) }
        }
        var previous: String?
        var previousRole: WordRole?
        var sentenceStart = true
        for piece in pieces {
            var i = piece.start
            while i < piece.end {
                let c = text[i]
                if c.isLetter || c.isDigit {
                    var j = i + 1
                    var letters = c.isLetter
                    while j < piece.end, text[j].isLetter || text[j].isDigit || ((text[j] == "-" || text[j] == "'" || text[j] == "\u{2019}") && j + 1 < piece.end && (text[j + 1].isLetter || text[j + 1].isDigit)) {
                        if text[j].isLetter { letters = true }
                        j += 1
                    }
                    let surface = text.string(TextSpan(i, j))
                    var lower = surface.lowercased()
                    if lower.unicodeScalars.contains("\u{2019}") { lower = lower.replacingOccurrences(of: "\u{2019}", with: "'") }
                    let possessive = lower.hasSuffix("'s") && lower.count > 3
                    let clean = possessive ? String(lower.dropLast(2)) : lower
                    let shown = possessive ? String(surface.dropLast(2)) : surface
                    let role: WordRole
                    let afterNumber = i >= 2 && (text[i - 1] == "," || text[i - 1] == ".") && text[i - 2].isDigit
                    if !letters || afterNumber {
                        role = .breaker // a number ("10,000-acre" is one)
                    } else if c.isDigit {
                        role = .modifier // a measure ("31-mile", "42nd")
                    } else if clean.contains(where: \.isNumber) {
                        role = .noun // a model or a code ("F-16")
                    } else if shown.count >= 2, shown == shown.uppercased(), clean.count <= 6, clean == "us" || !Stopwords.isStop(clean) {
                        role = .noun // an acronym ("US", "NATO"), not a word of a heading in capitals ("IN", "JUST")
                    } else {
                        role = roles.role(clean, surface: shown, previous: previous, previousRole: previousRole, sentenceStart: sentenceStart)
                    }
                    // A present participle before its object is a verb ("annihilating Ukraine", "supporting the").
                    if let last = run.last, last.3 == .modifier || run.count == 1, last.0.hasSuffix("ing"), last.1.first?.isLowercase == true,
                       WordRoles.objectOpeners.contains(lower) || shown.first?.isUppercase == true && !sentenceStart {
                        run.removeLast()
                        flush()
                    }
                    // A possible compound head is a verb when its object follows ("drought hit Kansas").
                    if let last = run.last, last.3 == .compoundHead {
                        let capital = shown.first?.isUppercase == true && last.1.first?.isUppercase != true
                        if WordRoles.objectOpeners.contains(lower) || capital {
                            run.removeLast()
                            flush()
                        } else {
                            run[run.count - 1].3 = .noun
                        }
                    }
                    if role == .breaker {
                        flush()
                    } else {
                        run.append((clean, shown, TextSpan(i, possessive ? j - 2 : j), role))
                        if possessive { flush() }
                    }
                    previous = lower
                    previousRole = role
                    sentenceStart = false
                    i = j
                } else {
                    if !c.isSpace {
                        flush() // punctuation ends a phrase
                        previous = nil
                        previousRole = nil
                        if c == ":" || c == "\"" || c == "\u{201C}" { sentenceStart = true }
                    }
                    i += 1
                }
            }
            flush()
        }
        return out
    }

    /// The noun phrase of a run of words: without modifiers at its end ("Weather Service reported" →
    /// "Weather Service") or time nouns at its start ("week Miss Taylor"), the last `maxWords` words; nil
    /// without a noun that is not a time noun ("tornado season", but not "recent weeks").
    static func occurrence(_ words: [(String, String, TextSpan, WordRole)]) -> Occurrence? {
        guard let kept = phraseRange(words.map(\.3)) else { return nil }
        let part = words[kept]
        return Occurrence(words: part.map(\.0), surface: part.map(\.1).joined(separator: " "),
                          span: TextSpan(part.first!.2.start, part.last!.2.end), roles: part.map(\.3), spans: part.map(\.2))
    }

    /// The words of a run that make its noun phrase (see `occurrence`), by their roles; nil for none.
    static func phraseRange(_ roles: some RandomAccessCollection<WordRole>) -> Range<Int>? {
        let base = roles.startIndex
        var hi = roles.count, lo = 0
        while hi > 0, roles[roles.index(base, offsetBy: hi - 1)] == .modifier { hi -= 1 }
        while lo < hi, roles[roles.index(base, offsetBy: lo)] == .timeNoun { lo += 1 }
        guard (lo..<hi).contains(where: { k in
            let r = roles[roles.index(base, offsetBy: k)]
            return r == .noun || r == .verbLike || r == .unknownOpener || r == .compoundHead
        }) else { return nil }
        return max(lo, hi - maxWords)..<hi
    }

    /// A word the folder writes with a capital inside a sentence, itself or in the singular ("Chileans").
    static func isName(_ w: String, _ names: Set<String>) -> Bool {
        names.contains(w) || w.hasSuffix("s") && names.contains(String(w.dropLast()))
    }

    /// Splits phrases at words that are far more often verbs, unless `nounUses` shows the folder using
    /// them as nouns ("the disease eats holes" → "disease", "holes"; "peace talks" stays when the folder
    /// says "the talks"), and at unknown sentence openers the folder never writes as names ("Hey").
    /// A sentence with no such word is handed back as it is (its arrays shared, not copied).
    static func resolve(_ sentence: SentencePhrases, nounUses: Set<String>, names: Set<String>) -> SentencePhrases {
        func open(_ r: WordRole) -> Bool { r == .verbLike || r == .unknownOpener }
        guard sentence.roles.contains(where: open) else { return sentence }
        var out = SentencePhrases()
        let (words, roles, spans) = (sentence.words, sentence.roles, sentence.spans)
        // A run of kept words (indices into the sentence's arrays) and their roles as resolved.
        var run: [Int] = [], runRoles: [WordRole] = []
        func flush() {
            defer { run.removeAll(keepingCapacity: true); runRoles.removeAll(keepingCapacity: true) }
            guard let kept = phraseRange(runRoles) else { return }
            out.append(run[kept].map { words[$0] }[...], runRoles[kept], run[kept].map { spans[$0] }[...])
        }
        for k in 0..<sentence.count {
            let r = sentence.range(k)
            guard roles[r].contains(where: open) else { out.append(words[r], roles[r], spans[r]); continue }
            for i in r {
                if roles[i] == .verbLike && !nounUses.contains(words[i]) || roles[i] == .unknownOpener && !isName(words[i], names) {
                    flush()
                } else {
                    run.append(i)
                    runRoles.append(open(roles[i]) ? .noun : roles[i])
                }
            }
            flush()
        }
        return out.tightened()
    }
}
