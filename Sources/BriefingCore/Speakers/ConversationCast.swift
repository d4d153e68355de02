/// The people of an unlabelled conversation who can be told apart by name: everyone who names themselves
/// ("This is Ann Roe"), is introduced or welcomed ("joined by my co-host, Bob Poe", "Welcome, Bob"), or is
/// spoken to by name ("How are you, Bob?", "Thanks, Ann", "Mr. Roe, …"). Names that share a word, or whose
/// words are close spellings (speech-to-text variants), are one person; the fullest form is shown.
struct ConversationCast {
    /// One person of the cast and the evidence that they take part.
    struct Member {
        /// The form shown: the fullest the document gives ("Colonel Oliver North" → "Oliver North" is kept as written).
        var name: String
        /// Lower-cased name words without titles ("oliver", "north"); empty for a title alone ("The Chairman").
        var words: Set<String>
        var titles: Set<String>
        /// Named themselves; where (unit index of the first time).
        var selfNamedAt: Int?
        /// Introduced, welcomed or handed the floor by someone else.
        var introduced = 0
        /// Spoken to by name (addressed, thanked, called on, greeted).
        var addressed = 0
        /// Introduced as a host ("my co-host, Bob Poe").
        var coHost = false
    }

    private(set) var members: [Member] = []
    /// The most people kept.
    static let largest = 8

    /// Splits a name as written into its name words and its titles.
    static func parts(_ raw: String) -> (words: Set<String>, titles: Set<String>) {
        var words = Set<String>(), titles = Set<String>()
        for w in raw.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" && $0 != "-" }) {
            let s = String(w)
            if NameLexicon.titles.contains(s) { titles.insert(s) } else if s != "the", s.count >= 2 { words.insert(s) }
        }
        return (words, titles)
    }

    /// The member a name refers to: one sharing a name word or a close spelling of one; a title alone matches
    /// the one member with that title.
    func find(_ raw: String) -> Int? {
        let (words, titles) = Self.parts(raw)
        if words.isEmpty {
            let holders = members.indices.filter { !members[$0].titles.isDisjoint(with: titles) }
            return holders.count == 1 ? holders[0] : nil
        }
        if let exact = members.indices.first(where: { !members[$0].words.isDisjoint(with: words) }) { return exact }
        return members.indices.first { i in
            members[i].words.contains { m in words.contains { w in w.count >= 5 && EditDistance.similarNames(m, w) } }
        }
    }

    /// Adds a person (or finds them) and returns the index; the shown name grows to the fullest form.
    @discardableResult
    mutating func add(_ raw: String) -> Int {
        let (words, titles) = Self.parts(raw)
        if let i = find(raw) {
            members[i].titles.formUnion(titles)
            if words.count > members[i].words.count {
                members[i].words.formUnion(words)
                members[i].name = raw
            }
            return i
        }
        members.append(Member(name: raw, words: words, titles: titles))
        return members.count - 1
    }

    mutating func update(_ i: Int, _ change: (inout Member) -> Void) { change(&members[i]) }

    /// Keeps the members the text surely names as people: named by themselves, introduced, addressed with a
    /// title ("Colonel North") or addressed more than once. A capitalised word addressed once ("Ironically, …")
    /// is not enough.
    mutating func keepSure() {
        members.removeAll { m in m.selfNamedAt == nil && m.introduced == 0 && !m.coHost && m.titles.isEmpty && m.addressed < 2 }
        // A title alone ("counsel", "the Chairman") may be one of the named people: only a cast with fewer than
        // two names keeps it as a person of its own.
        if members.filter({ !$0.words.isEmpty }).count >= 2 { members.removeAll { $0.words.isEmpty } }
        // A conversation decoded person by person has a handful of people; beyond that, the ones with the least
        // evidence are people spoken of, and the decoding (cubic in the cast) stays small.
        if members.count > Self.largest {
            func evidence(_ m: Member) -> Int { (m.selfNamedAt != nil ? 10 : 0) + (m.coHost ? 10 : 0) + 5 * m.introduced + m.addressed }
            let kept = Set(members.indices.sorted { (evidence(members[$0]), -$0) > (evidence(members[$1]), -$1) }.prefix(Self.largest))
            members = members.indices.filter(kept.contains).map { members[$0] }
        }
    }

    var count: Int { members.count }
}
