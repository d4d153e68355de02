@testable import BriefingCore
import Testing

/// Conversations among people who call each other by name, without labels and one sentence per line: a show with
/// a host, a co-host and a guest, counsel questioning a witness, and the cast they name. Written for these tests.
@Suite struct PartyAttributionTests {
    func document(_ body: String) -> Document { UnlabelledText.document(body) }
    func turns(_ body: String) -> [String] { UnlabelledText.turns(body) }

    /// A body's units read as the cast decoder reads them: each unit's cues and party cues, and the cast they name.
    func castOf(_ body: String) -> (party: [PartyAttributor.PartyCues], cast: ConversationCast?) {
        let doc = document(body)
        let units = AttributionUnit.units(doc.text, paragraphs: doc.paragraphs)
        let names = NameLexicon(doc.text, in: doc.body)
        let cues = units.map { FloorCues($0.text, names: names) }
        let party = zip(units, cues).map { unit, c in
            let tokens = UnitCues.tokens(unit.text)
            return PartyAttributor.partyCues(unit.text, tokens, tokens.map { $0.word.lowercased() }, c, names: names)
        }
        return (party, PartyAttributor.cast(cues, party, opening: 10, resolve: { $0 }))
    }

    static let show = """
        Welcome to another episode of Field Notes.
        This is Marta Kowalczyk, and I'm joined as always by my co-host, Idris Fenwick.
        Today we have with us the botanist Oona Raskin.
        Welcome, Oona.
        Thanks for having me, it is a pleasure to be on the show.
        Oona, what got you interested in mosses in the first place?
        Honestly it was an accident, because I failed the entrance exam for the chemistry course and the botany department still had places.
        The first field trip took us to a bog in the north, and I spent the whole afternoon on my knees looking at one square metre of moss.
        By the evening I knew that this was what I wanted to study for the rest of my life.
        That is a wonderful story, Oona.
        Idris, you had a question about the bog?
        I did.
        How do you keep a bog alive when the farms around it drain the land?
        You raise the water table again, which means blocking the old ditches one by one and waiting for the moss to come back, which can take twenty years.
        """

    /// The host opens and names herself, the guest answers after the welcome and the question put to her by
    /// name, the floor goes back to the one who asked, and the co-host speaks when called.
    @Test func aShowWithAHostACoHostAndAGuest() {
        #expect(turns(Self.show) == [
            "Marta Kowalczyk: Welcome to another",
            "Oona Raskin: Thanks for having",
            "Marta Kowalczyk: Oona, what got",
            "Oona Raskin: Honestly it was",
            "Marta Kowalczyk: That is a",
            "Idris Fenwick: I did. How",
            "Oona Raskin: You raise the",
        ])
        // `turns --explain` says how, and with whom.
        let method = FloorAttributor.attribute(document(Self.show)).method
        #expect(method.hasPrefix("person by person"))
        #expect(method.contains("Marta Kowalczyk self-named") && method.contains("Idris Fenwick co-host"))
        let roles = TurnBuilder.analyze(document(Self.show)).roles
        #expect(roles["Marta Kowalczyk"] == "host")
        #expect(roles["Idris Fenwick"] == "host")
        #expect(roles["Oona Raskin"] == "guest")
    }

    /// A long show in which the host leads into each question with a statement of her own and the guest answers at
    /// length: the host's words and the guest's are each drawn from phrases of their own, combined differently
    /// every time. Returns the text and the host's lead-ins.
    static func longShow(exchanges: Int) -> (body: String, leadIns: [String]) {
        let places = ["estuary", "delta", "headwaters", "floodplain", "reservoir", "aquifer", "wetlands", "levees", "canals", "glaciers"]
        let things = ["sediment", "salmon", "beavers", "mussels", "otters", "runoff", "gravel", "ice", "silt", "algae"]
        let host = ["our listeners keep writing to the show", "I have to admit I am curious", "folks at home often wonder",
                    "I remember thinking about this on the drive in", "honestly my own kids ask me", "people in my family always say",
                    "I read a lot of mail from listeners", "I grew up near a creek myself", "my producer keeps reminding me",
                    "I love these stories", "it always surprises me", "I think many of us feel lost here"]
        let guest = ["the gauges along the basin record discharge hourly", "our hydrology models track sediment transport",
                     "the channel migrates after each flood pulse", "groundwater recharge depends on the floodplain soils",
                     "the samples show dissolved oxygen falling in summer", "the temperature profile stratifies below the dam",
                     "nutrient loads peak during the spring freshet", "the riparian vegetation stabilises the banks",
                     "macroinvertebrate counts recover within two seasons", "the substrate coarsens downstream of the weir",
                     "turbidity readings spike after storms", "the watershed drains roughly four thousand square kilometres"]
        func pick(_ pool: [String], _ k: Int, _ m: Int) -> [String] { (0..<3).map { pool[(k * 5 + $0 * 7 + m) % pool.count] } }
        func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
        var lines = ["Welcome to Open Channel, the show about the places where people and rivers meet.",
                     "I'm Nadia Brennan, your host, and today my guest is the hydrologist Tomas Okafor.",
                     "Welcome to the show, Tomas.",
                     "Thank you, Nadia, it is a real pleasure to be here and to talk about rivers for an hour."]
        var leadIns: [String] = []
        for k in 0..<exchanges {
            let topic = "the \(things[k % 10]) of the \(places[(k / 10 + k) % 10])"
            var h = pick(host, k, 0)
            leadIns.append("\(capitalised(h[0])), and \(h[1]) when it comes to \(topic), because \(h[2]).")
            lines.append(leadIns.last!)
            h = pick(host, k, 3)
            lines.append("So, \(h[0]) and \(h[1]), and \(h[2]), what would you say about \(topic)?")
            for m in [0, 4, 8, 2] {
                let g = pick(guest, k, m)
                lines.append("\(capitalised(g[0])) at \(topic), and \(g[1]), while \(g[2]).")
            }
        }
        lines += ["Tomas, thank you so much for joining us today.", "Thank you, Nadia, I really enjoyed it."]
        return (lines.joined(separator: "\n"), leadIns)
    }

    /// In a talk long enough to learn each person's words, a long statement is not given to the guest for its
    /// length twice over: the host's lead-ins come to be hers as her words are learnt.
    @Test func aHostsLeadInsInALongShowAreHers() {
        let show = Self.longShow(exchanges: 80)
        let doc = document(show.body)
        let analysis = TurnBuilder.analyze(doc)
        let hers = show.leadIns.filter { lead in
            analysis.turns.contains { $0.speaker == "Nadia Brennan" && doc.text.joined($0.pieces).contains(lead) }
        }
        #expect(hers.count * 2 > show.leadIns.count)
        #expect(analysis.roles["Nadia Brennan"] == "host" && analysis.roles["Tomas Okafor"] == "guest")
    }

    @Test func hostsNameThemselvesAndTheirPartners() {
        let body = """
        Hello and welcome, this is Night Shift and I'm your host, Pavel Brandt.
        Today Lena and I are talking to Tomas Ekberg about lighthouses.
        Tomas, how many lighthouses are still manned?
        Only a handful, and most of those are kept for the tourists rather than for the ships.
        """
        let (party, cast) = castOf(body)
        #expect(party[0].selfNamed == "Pavel Brandt")
        #expect(party[1].partner == "Lena")
        #expect(cast?.members.first { $0.name == "Lena" }?.coHost == true)
        #expect(cast?.members.first { $0.name == "Pavel Brandt" }?.selfNamedAt == 0)
    }

    /// A guest just introduced greets the hosts by name: the one greeted is a host, though introduced as
    /// joining the show like a guest.
    @Test func aNewGuestGreetsTheHosts() {
        let body = """
        Hi there, everyone.
        This is Greta Lindahl.
        I'm here joined by Anselm Varga.
        Hey hey.
        And today we are talking to a couple of cartographers.
        Here with us today is Rosalind Achebe.
        Hello, everybody.
        Thanks for having me.
        Hi, Greta.
        Hi, Anselm.
        """
        let cast = castOf(body).cast
        #expect(cast?.members.first { $0.name == "Anselm Varga" }?.coHost == true)
        #expect(cast?.members.first { $0.name == "Rosalind Achebe" }?.coHost == false)
        // The host greeting the newcomer makes no one a host.
        let greeted = body.replacingOccurrences(of: "Hi, Greta.\nHi, Anselm.", with: "Hi, Rosalind.")
        let cast2 = castOf(greeted).cast
        #expect(cast2?.members.first { $0.name == "Rosalind Achebe" }?.coHost == false)
    }

    /// "We're back with Ann Roe and Bob Poe, talking about …" after a break introduces both (the second name is not
    /// read as a role of the first).
    @Test func aReturnFromABreakIntroducesEveryoneNamed() {
        var found = PersonIndex()
        SpeakerAttributor.findIntroductions(["Alright, we're back with Tom Reyes and Priya Shah, talking about the port.",
                                             "I'm here with Omar Haddad, a former harbour pilot."], into: &found)
        #expect(found.entries.map(\.name) == ["Tom Reyes", "Priya Shah", "Omar Haddad"])
        #expect(found.entries.first?.role == nil)
        #expect(found.entries.last?.role == "a former harbour pilot")
        // "I'm with you on that" names no one.
        var none = PersonIndex()
        SpeakerAttributor.findIntroductions(["I'm with you on that, and we are here with the numbers."], into: &none)
        #expect(none.entries.isEmpty)
    }

    /// Whoever pairs themselves with someone ("Oona and I") is not that person, though she was speaking just before.
    @Test func whoeverSaysAnnAndIIsNotAnn() {
        let got = turns(Self.show + "\nOona and I saw that done on a bog in Wales once, and it worked.")
        // The last unit is not hers (where the change of speaker falls is the decoder's guess).
        #expect(got.last.map { !$0.hasPrefix("Oona Raskin") } == true, "\(got)")
    }

    @Test func counselAndAWitnessWithoutIntroductions() {
        let body = """
        Mr. Halvorsen, when did you first see the ledger?
        In the spring of that year, I believe in April.
        Who showed it to you?
        The treasurer brought it to my office and asked me to keep it in the safe over the holiday, and I did so without opening it.
        Did you open it later?
        I did not, Ms. Achebe, not until the auditors arrived in June and asked for every book we kept.
        So for two months the ledger sat in your safe unread?
        That is correct.
        """
        #expect(turns(body) == [
            "Ms. Achebe: Mr. Halvorsen, when",
            "Mr. Halvorsen: In the spring",
            "Ms. Achebe: Who showed it",
            "Mr. Halvorsen: The treasurer brought",
            "Ms. Achebe: Did you open",
            "Mr. Halvorsen: I did not,",
            "Ms. Achebe: So for two",
            "Mr. Halvorsen: That is correct.",
        ])
    }

    @Test func theCastKeepsOnlyPeopleSurelyNamed() {
        var cast = ConversationCast()
        cast.update(cast.add("Ironically")) { $0.addressed += 1 }
        cast.update(cast.add("Colonel Brandt")) { $0.addressed += 1 }
        cast.update(cast.add("Lena Sorvino")) { $0.introduced += 1 }
        cast.update(cast.add("the Chairman")) { $0.addressed += 3 }
        // A speech-to-text spelling of the same surname is the same person, and the fuller name is shown.
        #expect(cast.add("Lena Sorvina") == cast.find("Sorvino"))
        #expect(cast.find("Brandt") == cast.find("Colonel Brandt"))
        cast.keepSure()
        // Addressed once by a word that may not be a name, or by a title alone beside two named people: dropped.
        #expect(cast.members.map(\.name) == ["Colonel Brandt", "Lena Sorvino"])
    }

    @Test func aLargeCastKeepsThePeopleWithTheMostEvidence() {
        var cast = ConversationCast()
        let surnames = ["Abbot", "Baird", "Carver", "Dunmore", "Ellery", "Fairbank", "Gaskell", "Holloway", "Iverson", "Jessop"]
        for name in surnames { cast.update(cast.add("Mr. " + name)) { $0.addressed += 2 } }
        cast.update(cast.add("Hanna Quist")) { $0.selfNamedAt = 0 }
        cast.update(cast.add("Mr. Jessop")) { $0.addressed += 5 }
        cast.keepSure()
        #expect(cast.count == ConversationCast.largest)
        #expect(cast.find("Hanna Quist") != nil && cast.find("Jessop") != nil)
        #expect(cast.find("Holloway") == nil)
    }

    @Test func aBriefingWithAModeratorKeepsItsSides() {
        // Named people, but a moderator calls on questioners: decoded as a briefing, not person by person.
        let body = """
        Hi, everyone, this is Priya Raman with the press office.
        I'll turn it over to Mayor Tom Oduya.
        Thanks, Priya.
        The bridge reopens on Monday.
        Our first question will go to Sam Ortiz with the Tribune.
        Who paid for the repairs?
        The state paid for all of it.
        Next up, we'll go to Ana Li with the Courier.
        Mayor, will tolls go up?
        No, they will not.
        """
        let got = turns(body)
        #expect(got.contains("Sam Ortiz: Who paid for"))
        #expect(got.contains("Ana Li: Mayor, will tolls"))
        #expect(FloorAttributor.attribute(document(body)).method == "by sides of the floor")
    }
}
