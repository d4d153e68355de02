/// Finds figures in a sentence and what they count: `some 10,000 troops`, `766,690 soldiers dead or wounded`,
/// `9 million rounds`, `about 300,000`, ASR forms such as `10 12 000 north korean troops` (10,000–12,000) and
/// `1200 12 to 1500 of people per day` (1,200–1,500 a day). Dates, years, ages in parentheses and titles
/// ("60 Minutes") are not figures.
public struct QuantityParser: Sendable {
    /// Capitalised words of the corpus, lower-cased: names found in lower-case ASR text ("north korean").
    public var entityWords: Set<String>
    /// Names of people (lower-cased words), who are not groups.
    public var people: Set<String>
    /// Names WordNet knows come to one key ("DPRK", "North Korean" → "north korea").
    public let meaning: MeaningLexicon
    /// Group names already made from their words (`entityName` asks WordNet, which is most of a sentence's cost).
    let names = SharedMemo<[String], String>()
    /// When set, every question put to `entityWords` and `people` is written down with its answer (what a
    /// document's figures depend on beyond the document: `DocumentProducts` keeps them to know when to parse
    /// again). One log per document, on one thread.
    var log: LookupLog? = nil

    /// Questions put to the corpus's word lists and their answers.
    final class LookupLog: @unchecked Sendable {
        var entity: [String: Bool] = [:]
        var person: [String: Bool] = [:]
    }

    func isEntityWord(_ w: String) -> Bool {
        let answer = entityWords.contains(w)
        log?.entity[w] = answer
        return answer
    }

    func isPersonWord(_ w: String) -> Bool {
        let answer = people.contains(w)
        log?.person[w] = answer
        return answer
    }

    public init(entityWords: Set<String> = [], people: Set<String> = [], meaning: MeaningLexicon = MeaningLexicon()) {
        self.entityWords = entityWords
        self.people = people
        self.meaning = meaning
    }

    static let multipliers: [String: Double] = ["hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1e12]
    static let spelled: [String: Double] = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                                            "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                                            "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12]
    static let qualifiers = ["some", "about", "around", "roughly", "approximately", "nearly", "almost", "over", "more than",
                             "at least", "as many as", "up to", "fewer than", "less than", "something like", "estimated", "like"]
    /// Kinds of counted things (general vocabulary).
    static let classes: [String: String] = {
        let groups: [String: [String]] = [
            "personnel": ["people", "troop", "soldier", "volunteer", "force", "fighter", "personnel", "recruit", "contractor", "conscript",
                          "serviceman", "servicemen", "men", "man", "marine", "sailor", "officer", "mercenary", "reservist"],
            "casualty": ["casualty", "casualties", "dead", "death", "killed", "wounded", "loss", "losses", "life", "lives", "injured"],
            "munition": ["round", "shell", "missile", "rocket", "drone", "bomb", "munition", "ammunition", "artillery", "warhead"],
            "money": ["dollar", "ruble", "rouble", "euro", "pound", "yuan", "won", "$", "€"],
            "percent": ["percent", "%", "per cent"],
            "time": ["day", "week", "month", "year", "hour", "minute", "second", "decade"],
            "vehicle": ["tank", "ship", "aircraft", "plane", "jet", "vehicle", "helicopter", "submarine"],
        ]
        var m: [String: String] = [:]
        for (k, ws) in groups { for w in ws { m[w] = k } }
        return m
    }()
    static let casualtyMarkers: Set<String> = ["dead", "killed", "wounded", "injured", "casualties"]
    static let personnelVerbs: Set<String> = ["recruit", "recruited", "recruits", "recruiting", "mobilize", "mobilized", "mobilise", "send",
                                              "sent", "sending", "deploy", "deployed", "deploying", "conscripted", "drafted", "enlisted"]
    static let casualtyVerbs: Set<String> = ["lost", "losing", "lose", "loses", "killed", "wounded"]

    /// A word token with its span.
    struct Word {
        var text: String
        var lower: String
        var span: TextSpan
        var isNumber: Bool
    }

    public func quantities(_ text: SourceText, pieces: [TextSpan], skip: [TextSpan] = [], previousSubject: String? = nil) -> [Quantity] {
        quantities(text, parsed: parse(text, pieces: pieces), skip: skip, previousSubject: previousSubject)
    }

    /// A sentence's words and its runs of name words, read once for everything asked of the sentence.
    struct Parsed {
        var words: [Word]
        /// `groups(words)`.
        var groups: [(Int, String)]
        /// The named groups of the sentence (see `groupNames`).
        var groupNames: Set<String> { Set(groups.map(\.1)) }
        /// The first named group (see `subject`).
        var subject: String? { groups.first?.1 }
    }

    func parse(_ text: SourceText, pieces: [TextSpan]) -> Parsed {
        let words = tokens(text, pieces)
        return Parsed(words: words, groups: groups(words))
    }

    func quantities(_ text: SourceText, parsed: Parsed, skip: [TextSpan] = [], previousSubject: String? = nil) -> [Quantity] {
        let words = parsed.words
        var out: [Quantity] = []
        var i = 0
        while i < words.count {
            guard let (value0, used0) = number(words, i), !skip.contains(where: { $0.overlaps(words[i].span) }) else { i += 1; continue }
            // Part of a name ("MI6", "F-16"): digits glued to letters.
            if words[i].isNumber, words[i].span.start > 0, text[words[i].span.start - 1].isLetter || text[words[i].span.start - 1] == "-" { i += 1; continue }
            // Not a figure: a title ("60 Minutes"), an age "(62)", a list number "No. 3".
            if i > 0, words[i - 1].text == "(" , i + used0 < words.count, words[i + used0].text == ")" { i += used0; continue }
            let before = i > 0 && words[i - 1].text == "." && i > 1 ? words[i - 2] : (i > 0 ? words[i - 1] : nil)
            if let b = before, ["no", "nos"].contains(b.lower) || (b.text == "Number" && value0 < 1000) { i += used0; continue }
            var low = value0, high = value0
            var k = i + used0
            // ASR: "10 12 000" → 10,000–12,000; "1200 12 to 1500" → 1,200–1,500; "10,000, maybe 12,000" stay separate.
            if k + 1 < words.count, words[k].isNumber, words[k + 1].text == "000", value0 < 1000, let b = Double(words[k].text), b < 1000, b > value0 {
                low = value0 * 1000; high = b * 1000; k += 2
            } else {
                if k < words.count, words[k].isNumber, words[i].text.hasPrefix(words[k].text), words[k].text.count < words[i].text.count { k += 1 }
                if k + 1 < words.count, ["to", "-", "–", "or"].contains(words[k].lower), let (c, u) = number(words, k + 1), c > low {
                    high = c; k += 1 + u
                }
            }
            let figure = TextSpan(words[i].span.start, words[k - 1].span.end)
            var q = Quantity(low: low, high: high, unit: nil, unitClass: nil, actor: nil, qualifier: qualifier(words, i),
                             rate: nil, text: text.string(figure), span: figure)
            unit(words, from: k, into: &q)
            if q.unitClass == "title" || (q.unitClass == "time" && q.low >= 1900 && q.low <= 2100) { i = k; continue }
            if q.unit == nil { q.unitClass = verbClass(words, before: i) }
            if q.actor == nil {
                let found = actor(words, around: i, previousSubject: previousSubject, groups: parsed.groups)
                q.actor = found.0
                q.actorConfident = found.1
            }
            out.append(q)
            i = k
        }
        return out
    }

    func tokens(_ text: SourceText, _ pieces: [TextSpan]) -> [Word] {
        var out: [Word] = []
        for p in pieces {
            var i = p.start
            while i < p.end {
                let c = text[i]
                if c.isSpace { i += 1; continue }
                var j = i + 1
                if c.isDigit {
                    // 10,000  1.2  766,690
                    while j < p.end, text[j].isDigit || ((text[j] == "," || text[j] == ".") && j + 1 < p.end && text[j + 1].isDigit) { j += 1 }
                } else if c.isLetter {
                    while j < p.end, text[j].isLetter || text[j] == "'" || text[j] == "\u{2019}" || text[j] == "-" { j += 1 }
                }
                let s = text.string(TextSpan(i, j))
                out.append(Word(text: s, lower: s.lowercased(), span: TextSpan(i, j), isNumber: c.isDigit))
                i = j
            }
        }
        return out
    }

    /// A number at i: digits (with thousands separators or a decimal point), a multiplier word, or a spelled number.
    func number(_ w: [Word], _ i: Int) -> (Double, Int)? {
        guard i < w.count else { return nil }
        var value: Double
        if w[i].isNumber {
            let digits = w[i].text.replacingScalar(",", with: nil)
            guard let v = Double(digits) else { return nil }
            value = v
        } else if let v = Self.spelled[w[i].lower], i + 1 < w.count, Self.multipliers[w[i + 1].lower] != nil {
            value = v
        } else {
            return nil
        }
        var used = 1
        while i + used < w.count, let m = Self.multipliers[w[i + used].lower] { value *= m; used += 1 }
        return (value, used)
    }

    func qualifier(_ w: [Word], _ i: Int) -> String? {
        let before = w[max(0, i - 3)..<i].map(\.lower)
        for q in Self.qualifiers.sorted(by: { $0.count > $1.count }) {
            let parts = q.split(separator: " ").map(String.init)
            if before.count >= parts.count, Array(before.suffix(parts.count)) == parts { return q }
        }
        return nil
    }

    /// The counted noun after the figure, skipping names and adjectives ("30 North Korean soldiers"), with a rate.
    func unit(_ w: [Word], from k: Int, into q: inout Quantity) {
        var j = k
        if j < w.count, w[j].lower == "of", j + 1 < w.count, w[j + 1].lower != "the" { j += 1 }
        var modifiers: [String] = []
        var steps = 0
        while j < w.count, steps < 4 {
            let word = w[j]
            if word.isNumber || !(word.text.first?.isLetter ?? false) { break }
            let singular = Self.singular(word.lower)
            if let c = Self.classes[word.lower] ?? Self.classes[singular] {
                // A capitalised unit right after the figure is a title ("60 Minutes"), not a count.
                if c == "time", word.text.first!.isUppercase { q.unitClass = "title"; break }
                q.unit = singular
                q.unitClass = c
                break
            }
            if Self.nonUnits.contains(word.lower) { break }
            if word.text.first!.isUppercase || isEntityWord(word.lower) { modifiers.append(word.lower); j += 1; steps += 1; continue }
            if ["man", "strong", "more", "new", "additional", "extra", "active", "regular", "special"].contains(word.lower) { j += 1; steps += 1; continue }
            // A counted noun we have no class for: the head of the noun run ("container ships" → ship) is its own class.
            if word.lower.count >= 3, word.text.first!.isLowercase {
                q.unit = singular
                q.unitClass = singular
                if j + 1 < w.count, w[j + 1].text.first?.isLetter == true, w[j + 1].text.first!.isLowercase, !Self.nonUnits.contains(w[j + 1].lower),
                   !w[j + 1].lower.hasSuffix("ed"), !w[j + 1].lower.hasSuffix("ing") {
                    j += 1; steps += 1; continue
                }
            }
            break
        }
        if !modifiers.isEmpty { q.actor = entityName(modifiers); q.actorConfident = true }
        // "losing 1,200 people a day" counts casualties.
        if q.unitClass == nil || q.unitClass == "personnel", let start = w.firstIndex(where: { $0.span.start == q.span.start }),
           w[max(0, start - 4)..<start].contains(where: { Self.casualtyVerbs.contains($0.lower) }) {
            q.unitClass = "casualty"
        }
        // "soldiers dead or wounded" counts casualties.
        if let u = q.unitClass, u == "personnel", w[min(j + 1, w.count - 1)..<min(j + 4, w.count)].contains(where: { Self.casualtyMarkers.contains($0.lower) }) {
            q.unitClass = "casualty"
        }
        // Rate: "per day", "a year".
        let after = w[min(j + 1, w.count)..<min(j + 5, w.count)].map(\.lower)
        if let p = after.firstIndex(where: { $0 == "per" || $0 == "a" || $0 == "each" }), p + 1 < after.count, Self.classes[after[p + 1]] == "time" {
            q.rate = "per " + after[p + 1]
        }
    }

    /// What a bare figure counts, from its verb: "recruited about 300,000" (personnel), "lost 600,000" (casualty).
    func verbClass(_ w: [Word], before i: Int) -> String? {
        for k in stride(from: i - 1, through: max(0, i - 5), by: -1) {
            // The counted noun before the figure: "forces number 30,000", "ships at closer to 3,200".
            if let c = Self.classes[w[k].lower] ?? Self.classes[Self.singular(w[k].lower)], c != "time" { return c }
            if Self.personnelVerbs.contains(w[k].lower) { return "personnel" }
            if Self.casualtyVerbs.contains(w[k].lower) { return "casualty" }
        }
        return nil
    }

    /// Whose figure it is: the nearest named group before it, within the reported clause ("X said that
    /// North Korea has sent …"); for a sentence that opens on a pronoun or a definite description
    /// ("The country has offered …"), or names no group before the figure, the group the previous sentence
    /// opens with (`previousSubject`).
    /// `all` is `groups(w)`.
    func actor(_ w: [Word], around i: Int, previousSubject: String?, groups all: [(Int, String)]) -> (String?, Bool) {
        // The clause the figure stands in: after a reporting verb, a colon or a semicolon.
        let reporting = w[0..<i].lastIndex { ["said", "says", "confirmed", "acknowledged", "told", "briefed", "reported", "announced", "that", ":", ";"].contains($0.lower) }
        let from = reporting.map { $0 + 1 } ?? 0
        let opener = from < w.count ? w[from] : nil
        let opensOnReference = opener.map { ["it", "they", "he", "she", "we", "this", "that", "these", "those"].contains($0.lower)
            || ($0.lower == "the" && from + 1 < w.count && w[from + 1].text.first?.isLowercase == true) } ?? false
        let previousSubject = reporting.flatMap { r in groups(Array(w[0..<r])).first?.1 } ?? previousSubject
        if opensOnReference, let p = previousSubject { return (p, false) } // a reference resolved, not named
        var best: String?
        for (start, parts) in all where start >= from && start < i { best = parts }
        if let best { return (best, true) }
        return (previousSubject ?? all.first { $0.0 > i }?.1, false)
    }

    /// Runs of name words (capitalised, or known names in lower case) with where they start.
    func groups(_ w: [Word]) -> [(Int, String)] {
        var out: [(Int, String)] = []
        var k = 0
        while k < w.count {
            var j = k
            var parts: [String] = []
            while j < w.count, !w[j].isNumber, !Self.notActors.contains(w[j].lower), !isPersonWord(w[j].lower), !w[j].text.hasSuffix("-"),
                  !Stopwords.functionWords.contains(w[j].lower.replacingScalar("’", with: "'")),
                  (w[j].text.first?.isUppercase == true && (j > 0 || isEntityWord(w[j].lower))) || isEntityWord(w[j].lower) {
                parts.append(w[j].lower); j += 1
            }
            if !parts.isEmpty { out.append((k, entityName(parts))) }
            k = max(j, k + 1)
        }
        return out
    }

    /// The named groups of a sentence (name runs, stemmed).
    public func groupNames(_ text: SourceText, pieces: [TextSpan]) -> Set<String> {
        parse(text, pieces: pieces).groupNames
    }

    /// The first named group of a sentence: what a following "the country" or "it" refers to.
    public func subject(_ text: SourceText, pieces: [TextSpan]) -> String? {
        parse(text, pieces: pieces).subject
    }

    static let nonUnits: Set<String> = ["the", "and", "but", "that", "this", "these", "those", "last", "now", "per", "was", "were", "are",
                                        "is", "be", "been", "level", "from", "who", "which", "with", "maybe", "even", "more", "less",
                                        "then", "than", "so", "too", "also", "again", "already", "yet", "still", "ago", "since", "until",
                                        "when", "where", "while", "because", "or", "nor", "to", "in", "on", "at", "by", "for", "of",
                                        "if", "as", "it", "they", "we", "you", "he", "she", "i", "there", "here", "just", "only", "times",
                                        "percent", "out", "off", "up", "down", "over", "under", "each", "every", "a", "an", "some", "any"]

    static let notActors: Set<String> = ["i", "the", "this", "that", "but", "and", "so", "well", "yes", "now", "like",
                                         "they", "they've", "they're", "we", "we're", "he", "she", "it", "it's", "you", "there", "originally",
                                         "since", "then", "if", "when", "what", "how", "why", "who", "to", "in", "on", "at", "of", "for",
                                         "colonel", "general", "president", "secretary", "minister", "spokesman", "spokeswoman",
                                         "senator", "ambassador", "chairman", "director", "chief", "mr", "mrs", "ms", "dr",
                                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "minutes"]

    /// One name for a group however it is written: WordNet's ("DPRK", "North Koreans", "North Korean" are
    /// "north korea"), else the words cut to five letters ("Koreans", "Korean", "Korea" are "korea").
    func entityName(_ parts: [String]) -> String {
        names.value(for: parts) { makeEntityName(parts) }
    }

    private func makeEntityName(_ parts: [String]) -> String {
        let bare = parts.map { $0.hasSuffix("'s") || $0.hasSuffix("’s") ? String($0.dropLast(2)) : $0 }
        return meaning.entityKey(bare) ?? bare.map(Self.stemEntity).joined(separator: " ")
    }

    /// "Koreans" and "Korean" and "Korea" are one group.
    static func stemEntity(_ w: String) -> String { String(w.prefix(5)) }

    static func singular(_ w: String) -> String {
        if w == "men" || w == "casualties" || w == "lives" || w == "losses" || w == "servicemen" { return w }
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), w.count > 3 { return String(w.dropLast()) }
        return w
    }
}
