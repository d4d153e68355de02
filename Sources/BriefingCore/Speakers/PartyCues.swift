/// What one unit of a conversation says about its cast, beyond `FloorCues`: whom it greets ("Hi, Ann.",
/// "Welcome, Bob."), introduces ("we have with us Ann Roe", "my co-host, Bob Poe"), who names themselves as
/// host ("I'm your host, Ann Roe"), and whom the speaker pairs with themselves ("Bob and I are talking to …").
extension PartyAttributor {
    /// The cues this decoder adds to `FloorCues`: who a unit greets ("Hi, Ann.", "Welcome, Bob."), introduces
    /// ("we have with us Ann Roe") and speaks of (cast names used in the third person).
    struct PartyCues {
        /// Greeted by name ("Hi, Ann.", "Welcome back, Bob").
        var greeted: String?
        /// People introduced, and whether as a host ("my co-host, Bob Poe").
        var introduced: [(name: String, host: Bool)] = []
        /// A name the speaker gives as their own, beyond `FloorCues.selfNamed` ("I'm your host, Ann Roe").
        var selfNamed: String?
        /// Someone the speaker pairs with themselves ("Bob and I are talking to …"): on the speaker's side.
        var partner: String?
        /// The greeting is a welcome ("Welcome, Bob.", "Welcome back to the show, Ann"): a guest arrives.
        var welcomes = false
    }

    /// Words without which `SpeakerAttributor.introTrigger` cannot introduce someone else.
    static let introductionWords: Set<String> = ["with", "welcome", "joined", "joining", "talking", "speaking", "colleague", "colleagues",
                                                 "guest", "guests", "introduce"]

    /// Words that greet someone by name at the start of what is said.
    static let greetings: Set<String> = ["hi", "hello", "hey", "welcome", "morning", "afternoon", "evening"]

    /// The cues of one unit, from its text, its words (`UnitCues.tokens` of the text, and those lower-cased) and
    /// its `FloorCues`.
    static func partyCues(_ text: String, _ tokens: [UnitCues.Token], _ lower: [String], _ c: FloorCues, names: NameLexicon) -> PartyCues {
        var p = PartyCues()
        p.selfNamed = c.selfNamed
        var k = 0
        while k < tokens.count, k < 3, ["and", "so", "well", "oh", "good", "back"].contains(lower[k]) { k += 1 }
        if k < tokens.count, greetings.contains(lower[k]) {
            var j = k + 1
            while j < tokens.count, j - k <= 3, ["back", "to", "the", "show", "again", "there"].contains(lower[j]) { j += 1 }
            if let (who, _) = FloorCues.address(tokens, j, names) {
                p.greeted = who
                p.welcomes = lower[k] == "welcome"
            }
        }
        // "my co-host, Bob Poe", "our guest today, Ann Roe": a role word, then a name.
        for k in tokens.indices {
            let word = lower[k]
            let role = word.hasSuffix("host") ? "host" : word == "guest" || word == "guests" ? "guest" : nil
            guard let role, let who = FloorCues.firstAddress(Array(tokens[(k + 1)...]), names) else { continue }
            // "I'm your host, Ann Roe": the speaker's own name.
            let before = Array(lower[max(0, k - 2)..<k])
            if role == "host", before.count == 2, ["i'm", "i’m", "am"].contains(before[0]), before[1] == "your" {
                p.selfNamed = who
                continue
            }
            p.introduced.append((who, role == "host"))
        }
        // "Bob and I": a partner of the speaker.
        for k in 0..<max(0, tokens.count - 2) where lower[k + 1] == "and" && tokens[k + 2].word == "I" {
            // A name alone, not an office holder's ("President Roe and I").
            if k > 0, NameLexicon.titles.contains(lower[k - 1]) { continue }
            if let (who, used) = FloorCues.address(tokens, k, names), used == 1 { p.partner = who }
        }
        // The introductions' expression runs only where one of its words is (most units hold none).
        if lower.contains(where: introductionWords.contains) {
            var found = PersonIndex()
            SpeakerAttributor.findIntroductions([text], into: &found)
            for e in found.entries {
                if let s = p.selfNamed, ConversationCast.parts(s).words.isDisjoint(with: ConversationCast.parts(e.name).words) == false { continue }
                if p.introduced.contains(where: { !ConversationCast.parts($0.name).words.isDisjoint(with: ConversationCast.parts(e.name).words) }) { continue }
                p.introduced.append((e.name, (e.role ?? "").lowercased().contains("host")))
            }
        }
        return p
    }

    /// The cast of a conversation, or nil when fewer than two people are surely named. `opening`: the units in
    /// which a host introduces the show.
    static func cast(_ cues: [FloorCues], _ party: [PartyCues], opening: Int, resolve: (String) -> String) -> ConversationCast? {
        var cast = ConversationCast()
        for (i, c) in cues.enumerated() {
            if let s = party[i].selfNamed {
                let m = cast.add(resolve(s))
                cast.update(m) { if $0.selfNamedAt == nil { $0.selfNamedAt = i } }
            }
            for n in party[i].introduced {
                let m = cast.add(resolve(n.name))
                cast.update(m) { $0.introduced += 1; if n.host { $0.coHost = true } }
            }
            if let h = c.handedTo { cast.update(cast.add(resolve(h))) { $0.introduced += 1 } }
            // The host's partner, named as the host opens the show ("This is Ann Roe. Today Bob and I …").
            if let partner = party[i].partner, i < opening, (max(0, i - 3)...i).contains(where: { party[$0].selfNamed != nil }) {
                cast.update(cast.add(resolve(partner))) { $0.coHost = true }
            }
            if let g = party[i].greeted, party[i].welcomes { cast.update(cast.add(resolve(g))) { $0.introduced += 1 } }
            // A guest just introduced greets their hosts by name ("… we have with us Ann Roe." "Hi, everybody." "Hi,
            // Bob."): in the opening, one greeted (not welcomed) soon after someone else's introduction is a host.
            if let g = party[i].greeted, !party[i].welcomes, i < opening,
               let newcomer = (max(0, i - 6)..<i).reversed().lazy.compactMap({ j in party[j].introduced.last?.name ?? cues[j].handedTo }).first,
               ConversationCast.parts(resolve(newcomer)).words.isDisjoint(with: ConversationCast.parts(resolve(g)).words) {
                cast.update(cast.add(resolve(g))) { $0.coHost = true }
            }
            for n in [c.addressed, c.thanked, c.calledOn, party[i].greeted].compactMap({ $0 }) {
                cast.update(cast.add(resolve(n))) { $0.addressed += 1 }
            }
        }
        cast.keepSure()
        return cast.count >= 2 ? cast : nil
    }
}
