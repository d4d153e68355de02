/// Whether two dated sentences tell the same event: their dates intersect, they share a word of the same
/// event class (a treaty is an agreement, a trip a visit) or another content word, and they name the same
/// participants: two named entities in common, or one with a word of the same event class. Titles ("President",
/// "Secretary") name nobody in particular and are not counted.
enum EventSimilarity {
    /// Words of one event class: general news vocabulary, not any corpus's.
    static let classes: [String: String] = {
        let groups: [String: [String]] = [
            "agreement": ["agreement", "agreements", "treaty", "pact", "deal", "accord", "guarantee", "alliance", "partnership",
                          "commitment", "agreed", "signed"],
            "attack": ["attack", "attacks", "attacked", "strike", "strikes", "struck", "offensive", "assault", "bombing", "shelling",
                       "raid", "incursion", "fired", "missiles", "missile", "drones", "rockets", "shoot"],
            "casualty": ["killed", "wounded", "casualties", "dead", "losses", "lost", "died", "deaths"],
            "deploy": ["deployed", "deploy", "sent", "sending", "dispatched", "deployment", "moved", "transferred"],
            "forces": ["troops", "soldiers", "forces", "army", "personnel", "servicemen"],
            "confirm": ["confirmed", "acknowledged", "verified", "admitted", "released", "evidence"],
            "election": ["election", "elections", "elected", "vote", "votes", "voted", "ballot", "inauguration", "inaugurated"],
            "visit": ["visit", "visited", "visits", "summit", "met", "meet", "meets", "meeting", "trip", "travel", "travels",
                      "traveling", "travelling", "hosted", "hosts"],
            "mobilize": ["mobilization", "mobilisation", "mobilize", "mobilise", "conscription", "draft", "recruited"],
        ]
        var m: [String: String] = [:]
        for (k, words) in groups { for w in words { m[w] = k } }
        return m
    }()

    /// Titles and offices: they name nobody in particular.
    static let titles: Set<String> = ["presi", "secre", "minis", "gener", "gover", "senat", "ambas", "direc", "chair", "admir",
                                      "spoke", "offic", "prime", "natio", "advis", "counc", "house", "white", "press", "deput",
                                      "vice", "first", "lady", "mr", "mrs", "ms", "dr", "jr"]

    static let stop: Set<String> = ["the", "this", "that", "these", "those", "there", "their", "they", "them", "with", "from", "have",
                                    "been", "were", "what", "when", "where", "which", "would", "could", "should", "about", "into",
                                    "also", "just", "some", "more", "than", "then", "very", "really", "said", "says", "will", "being"]

    /// A crude stem: lower case, at most five letters ("Koreans", "Korea" → "korea").
    static func stem(_ w: String) -> String { String(w.lowercased().prefix(5)) }

    struct Profile: Sendable {
        /// Stems of the names in the sentence (titles left out).
        var entities: Set<String>
        /// Its other words, lower case: stems, or the event class of a class word.
        var content: Set<String>
        /// The event classes among them.
        var kinds: Set<String>
        /// The names that are places (WordNet knows them first as places).
        var places: Set<String> = []
        /// The names few documents share (set once the corpus is read; all of them until then).
        var rare: Set<String> = []
    }


    /// `lexicon` says which names are places (made by the caller once, before any worker threads).
    static func profile(_ sentence: String, lexicon: MeaningLexicon) -> Profile {
        let words = sentence.split(whereSeparator: { !($0.isLetter || $0 == "-") }).map(String.init)
        var entities = Set<String>(), content = Set<String>(), kinds = Set<String>(), places = Set<String>()
        for (k, w) in words.enumerated() where w.count >= 2 {
            let lower = w.lowercased()
            if MonthNames.number(lower) != nil || TemporalTagger.weekdays.contains(lower) { continue }
            if let kind = classes[lower] {
                content.insert(kind)
                if kind != "forces" { kinds.insert(kind) } // who took part, not what happened
                continue
            }
            if w.first!.isUppercase, k > 0 || !stop.contains(lower), !["The", "This", "That", "It", "In", "On", "But", "And", "So"].contains(w),
               w.count >= 3 || w.allSatisfy(\.isLetter) {
                for part in w.split(separator: "-") where part.count >= 2 && !titles.contains(stem(String(part))) {
                    entities.insert(stem(String(part)))
                    if lexicon.isPlaceName(String(part)) { places.insert(stem(String(part))) }
                }
            } else if lower.count >= 4, !stop.contains(lower) {
                content.insert(stem(lower))
            }
        }
        return Profile(entities: entities, content: content, kinds: kinds, places: places, rare: entities)
    }

    /// The same event: not told as different kinds of event, and two names in common (a name most documents
    /// share counts half) with a content word, or one name few documents share with a word of the same event
    /// class (a place alone only when the two give the same date, finer than a month: many things happen in
    /// Washington in July), or, told in different documents, the same event class on the same day.
    /// (Counted without making the intersections: merging a corpus's mentions asks this for every candidate.)
    static func same(_ a: Profile, _ b: Profile, sameFineDate: Bool = false, sameDayElsewhere: Bool = false) -> Bool {
        if !a.kinds.isEmpty, !b.kinds.isEmpty, a.kinds.isDisjoint(with: b.kinds) { return false }
        let names = commonCount(a.entities, b.entities)
        let rare = commonCount(a.rare, b.rare)
        let strength = Double(rare) + 0.5 * Double(names - rare)
        if strength >= 2 { return !a.content.isDisjoint(with: b.content) }
        let sameKind = !a.kinds.isDisjoint(with: b.kinds)
        if rare > 0 && sameKind {
            // A rare name in common that is no place of either.
            return sameFineDate || rareSharedNames(a, b).contains { !a.places.contains($0) && !b.places.contains($0) }
        }
        return sameKind && sameDayElsewhere
    }

    /// How many elements two sets share.
    static func commonCount(_ x: Set<String>, _ y: Set<String>) -> Int {
        let (small, large) = x.count <= y.count ? (x, y) : (y, x)
        var n = 0
        for e in small where large.contains(e) { n += 1 }
        return n
    }

    /// The rare names both profiles have.
    static func rareSharedNames(_ a: Profile, _ b: Profile) -> LazyFilterSequence<Set<String>> {
        let (small, large) = a.rare.count <= b.rare.count ? (a.rare, b.rare) : (b.rare, a.rare)
        return small.lazy.filter { large.contains($0) }
    }
}
