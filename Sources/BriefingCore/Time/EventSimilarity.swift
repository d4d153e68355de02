/// Whether two dated sentences tell the same event: their dates intersect, they share at least two named
/// entities, and they share a content word or a word of the same event class (an agreement is a treaty).
enum EventSimilarity {
    /// Words of one event class: general news vocabulary, not any corpus's.
    static let classes: [String: String] = {
        let groups: [String: [String]] = [
            "agreement": ["agreement", "treaty", "pact", "deal", "accord", "guarantee", "alliance", "partnership", "commitment", "agreed"],
            "attack": ["attack", "strike", "offensive", "assault", "bombing", "shelling", "raid", "incursion"],
            "casualty": ["killed", "wounded", "casualties", "dead", "losses", "lost", "died", "deaths"],
            "deploy": ["deployed", "deploy", "sent", "sending", "dispatched", "deployment"],
            "confirm": ["confirmed", "acknowledged", "verified", "admitted", "released", "evidence"],
            "election": ["election", "elected", "vote", "voted", "ballot", "inauguration", "inaugurated"],
            "visit": ["visit", "visited", "summit", "met", "meeting", "trip"],
            "mobilize": ["mobilization", "mobilisation", "mobilize", "mobilise", "conscription", "draft", "recruited"],
        ]
        var m: [String: String] = [:]
        for (k, words) in groups { for w in words { m[w] = k } }
        return m
    }()

    static let stop: Set<String> = ["the", "this", "that", "these", "those", "there", "their", "they", "them", "with", "from", "have",
                                    "been", "were", "what", "when", "where", "which", "would", "could", "should", "about", "into",
                                    "also", "just", "some", "more", "than", "then", "very", "really", "said", "says", "will", "being"]

    /// A crude stem: lower case, at most five letters ("Koreans", "Korea" → "korea").
    static func stem(_ w: String) -> String { String(w.lowercased().prefix(5)) }

    struct Profile {
        var entities: Set<String>
        var content: Set<String>
    }

    static func profile(_ sentence: String) -> Profile {
        let words = sentence.split(whereSeparator: { !($0.isLetter || $0 == "-") }).map(String.init)
        var entities = Set<String>(), content = Set<String>()
        for (k, w) in words.enumerated() where w.count >= 3 {
            let lower = w.lowercased()
            if MonthNames.number(lower) != nil || TemporalTagger.weekdays.contains(lower) { continue }
            if w.first!.isUppercase, k > 0 || !stop.contains(lower), !["The", "This", "That", "It", "In", "On", "But", "And", "So"].contains(w) {
                for part in w.split(separator: "-") where part.count >= 3 { entities.insert(stem(String(part))) }
            } else if lower.count >= 4, !stop.contains(lower) {
                content.insert(classes[lower] ?? stem(lower))
            }
        }
        return Profile(entities: entities, content: content)
    }

    static func same(_ a: Profile, _ b: Profile) -> Bool {
        a.entities.intersection(b.entities).count >= 2 && !a.content.intersection(b.content).isEmpty
    }
}
