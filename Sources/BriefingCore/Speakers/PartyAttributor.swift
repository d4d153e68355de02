import Foundation

/// Speakers of a conversation among people who call each other by name: a podcast with its hosts and guests,
/// a radio or TV interview, a panel, counsel questioning a witness. Unlike a press briefing, nobody stands at
/// a podium for a room of unnamed questioners, so every unit is given to one person of the cast
/// (`ConversationCast`) by Viterbi decoding: nobody addresses, greets, introduces or speaks of themselves by
/// name; whoever is asked, welcomed or handed the floor by name speaks next; a question is mostly answered by
/// someone else; hosts ask and guests answer at length (the one who opens naming themselves hosts, the ones
/// introduced or welcomed are guests); and each person's words, learnt from a first decoding, help the next.
enum PartyAttributor {
    /// The outcome: a speaker and a side (asks for hosts, answers for guests) for every unit, and roles.
    struct Decoding {
        var speakers: [String]
        var sides: [FloorAttributor.Side]
        var roles: [String: String]
        var shape: String
        /// The cast, comma-separated, with what marks each one ("self-named", "introduced", "addressed 3 times").
        var cast: String
    }

    /// Weights of the decoder, named so that their roles read; none is specific to a kind of show.
    struct Weights {
        /// For the person who names themselves in the unit, and against everyone else.
        var selfNamed = 6.0
        var selfNamedOther = 3.0
        /// Against giving a unit to the person it addresses, greets or introduces, or speaks of by name.
        var addressesSelf = 5.0
        var introducesSelf = 4.0
        var mentionsSelf = 1.5
        /// For the side the floor decoding gave the unit (hosts ask, guests answer); a short answer counts less
        /// (in a talk too short for word profiles: see `run`).
        var side = 2.0
        var shortAnswerSide = 0.5
        /// A change of speaker, and what makes one likely: a question before it, a reply opener, a call by name
        /// in the last few units, thanks to the one who spoke before.
        var switchCost = 4.0
        var answerAfterQuestion = 2.5
        var replyOpener = 1.0
        var nextIsCalled = 7.0
        var callReach = 3
        var repliesToCaller = 1.5
        /// An answer that mirrors or echoes what was put to its speaker ("I did.", "Face to face.") comes from someone else.
        var pairedAnswer = 2.5
        /// Against keeping the floor after one's own question.
        var questionKeepsFloor = 1.0
        /// Against bringing in a third person rather than handing the floor back.
        var thirdParty = 1.5
        /// For a host in the first unit: a show opens with its host.
        var hostOpens = 3.0
        /// Where hosts are named, the others who are guests: introduced, welcomed, or addressed this many times.
        var addressedGuest = 3
        /// A statement of at least this many words is long (guests speak at length).
        var longWords = 15
        /// Each person's words, learnt from the decoding: weight per word and cap per unit.
        var lexicalWeight = 0.3
        var lexicalCap = 3.0
        var profileUnits = 100
        /// How many words' worth of the talk as a whole each profile starts from.
        var profileSmoothing = 10_000.0
        /// Decoding rounds (the first without word profiles); stops early when nothing changes.
        var rounds = 4
        init() {}
    }

    /// The cast members a text names, in the order it names them.
    static func mentionOrder(_ tokens: [UnitCues.Token], _ cast: ConversationCast) -> [Int] {
        var out: [Int] = []
        for t in tokens where t.word.first?.isUppercase == true {
            let w = t.word.lowercased()
            if let m = cast.members.indices.first(where: { cast.members[$0].words.contains(w) }), !out.contains(m) { out.append(m) }
        }
        return out
    }

    /// Decodes the speaker of every unit over the cast; nil when the text names fewer than two people, or names
    /// no host and `hostless` (the floor decoding's own reading of the shape as a two-person interview) is false.
    static func decode(_ units: [AttributionUnit], tokens: [[UnitCues.Token]], lowered: [[String]], _ cues: [FloorCues], sides floor: [FloorAttributor.Side], hostless: Bool, names: NameLexicon,
                       resolve: (String) -> String, w: Weights = Weights()) -> Decoding? {
        guard !units.isEmpty else { return nil }
        let party = parallelMap(count: units.count) { partyCues(units[$0].text, tokens[$0], lowered[$0], cues[$0], names: names) }
        // The units in which a show's host opens it.
        let opening = max(10, units.count / 10)
        guard let cast = cast(cues, party, opening: opening, resolve: resolve) else { return nil }
        let n = cast.count
        // Each spelling is looked up once, before the units are read on all cores.
        var spellings = Set<String>()
        for (i, c) in cues.enumerated() {
            for raw in [c.addressed, c.thanked, c.calledOn, c.handedTo, party[i].greeted, party[i].selfNamed, party[i].partner].compactMap({ $0 }) { spellings.insert(raw) }
            for (name, _) in party[i].introduced { spellings.insert(name) }
        }
        let known = Dictionary(uniqueKeysWithValues: spellings.map { ($0, cast.find(resolve($0))) })
        @Sendable func who(_ raw: String?) -> Int? { raw.flatMap { known[$0] ?? nil } }
        // The members each name word belongs to.
        var memberOfWord: [String: [Int]] = [:]
        for (p, m) in cast.members.enumerated() { for word in m.words { memberOfWord[word, default: []].append(p) } }
        let members = memberOfWord
        // Per unit: the emission of each person apart from the asking habit, who the unit calls to speak next,
        // and whom it replies to.
        let perUnit = parallelMap(count: units.count) { i -> (fixed: [Double], calls: Int?, repliesTo: Int?) in
            let c = cues[i]
            var fixed = [Double](repeating: 0, count: n)
            var calls: Int?, repliesTo: Int?
            let own = who(party[i].selfNamed)
            if let own {
                for p in 0..<n { fixed[p] += p == own ? w.selfNamed : -w.selfNamedOther }
            }
            let vocatives = [c.addressed, c.thanked, c.calledOn, party[i].greeted].compactMap(who).filter { $0 != own }
            for v in vocatives { fixed[v] -= w.addressesSelf }
            // "Ann and I": the speaker is not Ann.
            if let partner = who(party[i].partner), partner != own { fixed[partner] -= w.addressesSelf }
            for v in (party[i].introduced.map(\.name) + [c.handedTo].compactMap { $0 }).compactMap(who) { fixed[v] -= w.introducesSelf }
            // Names spoken of: a word of a member's name in the unit, not as an address.
            var spokenOf = [Bool](repeating: false, count: n)
            for word in lowered[i] { for p in members[word] ?? [] { spokenOf[p] = true } }
            for p in 0..<n where !vocatives.contains(p) && spokenOf[p] && own != p {
                fixed[p] -= w.mentionsSelf
            }
            // Called to speak next: asked by name, welcomed, handed the floor, called on, or the one person
            // introduced (introducing two calls neither: "we're back with Ann and Bob").
            if let t = who(c.calledOn) ?? who(c.handedTo) ?? (party[i].welcomes ? who(party[i].greeted) : nil)
                ?? (c.isQuestion ? who(c.addressed) : nil) {
                calls = t
            } else if party[i].introduced.count == 1, let t = party[i].introduced.last.flatMap({ who($0.name) }) {
                calls = t
            }
            // "I'd love for one of you, maybe Ann, to tell us …", "your process, Ann or Bob?": asking a person
            // named in a request or question put to "you" (the first one named).
            if calls == nil, c.isQuestion || lowered[i].contains("you") || lowered[i].contains("your"),
               let first = mentionOrder(tokens[i], cast).first(where: { !vocatives.contains($0) && $0 != own }) {
                calls = first
            }
            // "Thanks, Ann", "Great question, Bob.": a reply to the one named, who spoke just before.
            if !c.isQuestion, let t = who(c.thanked) ?? who(c.addressed) { repliesTo = t }
            return (fixed, calls, repliesTo)
        }
        let fixed = perUnit.map(\.fixed), calls = perUnit.map(\.calls), repliesTo = perUnit.map(\.repliesTo)

        // A call takes effect at the next change of speaker within a few units ("Is there anything else, Bob?
        // I know you …" — then Bob).
        var recentCall = [Int?](repeating: nil, count: units.count)
        for i in 1..<max(1, units.count) {
            recentCall[i] = (max(0, i - w.callReach)..<i).reversed().lazy.compactMap { calls[$0] }.first
        }
        let unitWords = WordIDs(lowered)
        // What each change of speaker costs, unit by unit.
        let moves = units.indices.map { i -> Moves in
            guard i > 0 else { return Moves() }
            let prev = cues[i - 1]
            var m = Moves()
            m.stay = prev.isQuestion && !cues[i].isQuestion ? -w.questionKeepsFloor : 0
            m.change = -w.switchCost + (prev.isQuestion ? w.answerAfterQuestion : 0) + (cues[i].replyOpener ? w.replyOpener : 0)
                + (cues[i].mirrors || cues[i].echoes ? w.pairedAnswer : 0)
            m.called = recentCall[i] ?? -1
            m.repliedTo = repliesTo[i] ?? -1
            return m
        }

        /// Decodes with the given hosts and guests (rounds until the word profiles change nothing).
        func run(host: [Bool], guest: [Bool], sideWeight: Double) -> (path: [Int], score: Double) {
            // Hosts ask; guests answer, and at length.
            let rate = (0..<n).map { host[$0] ? 0.35 : guest[$0] ? 0.08 : 0.2 }
            let long = (0..<n).map { host[$0] ? 0.25 : guest[$0] ? 0.5 : 0.35 }
            func isLong(_ c: FloorCues) -> Bool { !c.isQuestion && c.words >= w.longWords }
            let logAsk = rate.map { log($0) }, logState = rate.map { log(1 - $0) }
            let logLong = long.map { log($0) }, logShort = long.map { log(1 - $0) }
            var best: [Int] = []
            var firstScore: Double?
            var lexical = [[Double]](repeating: [Double](repeating: 0, count: n), count: units.count)
            // A long answer counts more for the guests than a short one while the floor's sides are all that tell the
            // people apart. In a talk long enough for word profiles it counts as any answer: its length is already
            // counted by each person's length prior, and counted twice it gives a host's long lead-in to the guest
            // round after round, so that the host's profile never learns the host's own statements.
            let longAnswerSide = units.count >= w.profileUnits ? w.shortAnswerSide : 1
            for _ in 0..<w.rounds {
                // Every unit's score for every person, row by row.
                var emission = [Double](repeating: 0, count: units.count * n)
                for i in units.indices {
                    let c = cues[i], long = isLong(c)
                    for p in 0..<n {
                        // The side the floor decoding gave the unit.
                        let side = floor[i] == .asks ? (host[p] ? sideWeight : guest[p] ? -sideWeight : 0)
                            : floor[i] == .answers ? (long ? longAnswerSide : w.shortAnswerSide) * (guest[p] ? sideWeight : host[p] ? -sideWeight : 0) : 0
                        emission[i * n + p] = side + fixed[i][p] + lexical[i][p] + (c.isQuestion ? logAsk[p] : logState[p])
                            + (c.isQuestion ? 0 : long ? logLong[p] : logShort[p])
                    }
                }
                for p in 0..<n where host[p] { emission[p] += w.hostOpens }
                let found = viterbi(people: n, emission: emission, moves: moves, w: w)
                firstScore = firstScore ?? found.score
                if found.path == best { break }
                best = found.path
                // Word profiles need talk enough to learn from.
                guard units.count >= w.profileUnits else { break }
                lexical = wordProfiles(found.path, unitWords, people: n, w: w)
            }
            return (best, firstScore ?? 0)
        }

        // Hosts open the conversation naming themselves or are introduced as hosts; guests are introduced,
        // welcomed or addressed again and again; anyone else named is neither.
        let named = cast.members.map { m in (m.selfNamedAt.map { $0 < opening } ?? false) || m.coHost }
        let host: [Bool], guest: [Bool]
        var decoded: [Int]?
        if named.contains(true) {
            let guests = cast.members.indices.map { !named[$0] && (cast.members[$0].introduced > 0 || cast.members[$0].addressed >= w.addressedGuest) }
            (host, guest) = (named, guests)
        } else if hostless, n == 2 {
            // Two people and no introductions (counsel and a witness): each reading of who asks is decoded with
            // the sides of the floor, and the likelier one is kept.
            let first = run(host: [true, false], guest: [false, true], sideWeight: w.side)
            let second = run(host: [false, true], guest: [true, false], sideWeight: w.side)
            host = [first.score >= second.score, first.score < second.score]
            decoded = host[0] ? first.path : second.path
            guest = host.map { !$0 }
        } else {
            return nil
        }
        let best = decoded ?? run(host: host, guest: guest, sideWeight: w.side).path

        // Roles: hosts ask more than they answer; the rest are guests.
        var roles: [String: String] = [:]
        var sides: [FloorAttributor.Side] = []
        var asked = [Double](repeating: 0, count: n), said = [Double](repeating: 0, count: n)
        for (i, p) in best.enumerated() { said[p] += 1; if cues[i].isQuestion { asked[p] += 1 } }
        let asks = (0..<n).map { host[$0] || (!guest[$0] && asked[$0] >= 0.2 * said[$0]) }
        for p in 0..<n { roles[cast.members[p].name] = asks[p] ? "host" : "guest" }
        for p in best { sides.append(asks[p] ? .asks : .answers) }
        let speaking = Set(best)
        roles = roles.filter { name, _ in speaking.contains { cast.members[$0].name == name } }
        let guests = speaking.filter { !asks[$0] }.count
        let described = cast.members.map { m -> String in
            let marks = [m.selfNamedAt != nil ? "self-named" : nil, m.coHost ? "co-host" : nil, m.introduced > 0 ? "introduced" : nil,
                         m.addressed > 0 ? "addressed \(m.addressed)×" : nil].compactMap { $0 }
            return m.name + " " + marks.joined(separator: ", ")
        }.joined(separator: "; ")
        return Decoding(speakers: best.map { cast.members[$0].name }, sides: sides, roles: roles,
                        shape: guests > 1 || speaking.count > 3 ? "panel" : "interview", cast: described)
    }

    /// What a change of speaker costs before one unit: staying, changing, and who was called to speak or
    /// replied to (-1: nobody).
    struct Moves {
        var stay = 0.0, change = 0.0
        var called = -1, repliedTo = -1
    }

    /// The most likely speaker of every unit, from each unit's score for each person (`emission`, row by row,
    /// the first row holding what opening is worth). States are (speaker, the one who spoke before them): a
    /// conversation goes back and forth, so handing the floor back to the previous speaker costs less than
    /// bringing in a third person.
    static func viterbi(people n: Int, emission: [Double], moves: [Moves], w: Weights) -> (path: [Int], score: Double) {
        let count = moves.count
        guard count > 0 else { return ([], 0) }
        let m = n * n
        var score = [Double](repeating: -.infinity, count: m)
        for p in 0..<n { score[p * n + p] = emission[p] }
        var back = [Int32](repeating: 0, count: count * m)
        var next = [Double](repeating: -.infinity, count: m)
        // Through buffers: the loops below run count × n² times.
        back.withUnsafeMutableBufferPointer { back in
            emission.withUnsafeBufferPointer { emission in
                for i in 1..<count {
                    let move = moves[i]
                    score.withUnsafeBufferPointer { score in
                        next.withUnsafeMutableBufferPointer { next in
                            for k in 0..<m { next[k] = -.infinity }
                            let row = i * m
                            for a in 0..<n {
                                let change = move.change + (a == move.repliedTo ? w.repliesToCaller : 0)
                                // The three best previous speakers before a (ties: the first): for a change to b, the
                                // best of them that is neither a nor b is the only one a third party can be.
                                var top = (-1, -1, -1)
                                for pa in 0..<n {
                                    let from = a * n + pa
                                    let sa = score[from]
                                    guard sa > -.infinity else { continue }
                                    let stay = sa + move.stay
                                    if stay > next[from] { next[from] = stay; back[row + from] = Int32(from) }
                                    if top.0 < 0 || sa > score[a * n + top.0] { top = (pa, top.0, top.1) }
                                    else if top.1 < 0 || sa > score[a * n + top.1] { top = (top.0, pa, top.1) }
                                    else if top.2 < 0 || sa > score[a * n + top.2] { top.2 = pa }
                                }
                                guard top.0 >= 0 else { continue }
                                for b in 0..<n where b != a {
                                    let called = b == move.called ? w.nextIsCalled : 0
                                    let other = top.0 != a && top.0 != b ? top.0 : top.1 != a && top.1 != b ? top.1 : top.2 != a && top.2 != b ? top.2 : -1
                                    // From (a, pa): a and b themselves bring no third party in. The candidates in the
                                    // order of pa, so that the first best wins as when every pa is tried (short of two
                                    // scores that differ only below what the sums can hold).
                                    let lo = min(a, b), hi = max(a, b)
                                    let order = other < 0 ? (lo, hi, -1) : other < lo ? (other, lo, hi) : other < hi ? (lo, other, hi) : (lo, hi, other)
                                    var best = -Double.infinity, bestFrom = -1
                                    for k in 0..<3 {
                                        let pa = k == 0 ? order.0 : k == 1 ? order.1 : order.2
                                        guard pa >= 0 else { continue }
                                        let sa = score[a * n + pa]
                                        guard sa > -.infinity else { continue }
                                        let v = sa + change + called - (b != pa && pa != a ? w.thirdParty : 0)
                                        if v > best { best = v; bestFrom = a * n + pa }
                                    }
                                    let to = b * n + a
                                    if bestFrom >= 0, best > next[to] { next[to] = best; back[row + to] = Int32(bestFrom) }
                                }
                            }
                            let e = i * n
                            for k in 0..<m where next[k] > -.infinity { next[k] += emission[e + k / n] }
                        }
                    }
                    swap(&score, &next)
                }
            }
        }
        var s = score.indices.max { score[$0] < score[$1] }!
        let total = score[s]
        var path = [Int](repeating: 0, count: count)
        for i in stride(from: count - 1, through: 0, by: -1) {
            path[i] = s / n
            if i > 0 { s = Int(back[i * m + s]) }
        }
        return (path, total)
    }

    /// The words of every unit as small integers (one per distinct word), so that counting needs no hashing.
    struct WordIDs {
        let units: [[Int32]]
        let vocabulary: Int

        init(_ words: [[String]]) {
            var ids: [String: Int32] = [:]
            units = words.map { unit in unit.map { w in ids[w] ?? { let id = Int32(ids.count); ids[w] = id; return id }() } }
            vocabulary = ids.count
        }
    }

    /// How each unit's words favour each person over the talk as a whole (a smoothed unigram log-ratio, capped),
    /// from the units a decoding gave them; a unit's own words are left out of its present speaker's counts.
    static func wordProfiles(_ path: [Int], _ words: WordIDs, people n: Int, w: Weights) -> [[Double]] {
        let v = words.vocabulary
        var counts = [Double](repeating: 0, count: n * v), all = [Double](repeating: 0, count: v)
        var totals = [Double](repeating: 0, count: n)
        for (i, p) in path.enumerated() {
            for t in words.units[i] { counts[p * v + Int(t)] += 1; all[Int(t)] += 1 }
            totals[p] += Double(words.units[i].count)
        }
        // Each person's word distribution is smoothed toward the talk's as a whole (Dirichlet smoothing), so that a
        // person with little talk gets a profile close to everyone's rather than one that rules them out.
        let total = totals.reduce(0, +), a = 0.5, smoothing = a * Double(v), mu = w.profileSmoothing
        // Units on all cores, each chunk with its own scratch counts of the unit's words.
        let (countsOf, allOf, totalsOf) = (counts, all, totals)
        return parallelMap(parallelChunks(count: path.count, minimumChunk: 256)) { r -> [[Double]] in
            var own = [Double](repeating: 0, count: v)
            return r.map { i in
                let unit = words.units[i], mine = path[i], size = Double(unit.count)
                for t in unit { own[Int(t)] += 1 }
                defer { for t in unit { own[Int(t)] = 0 } }
                var background = 0.0
                var everyone = [Double](repeating: 0, count: unit.count)
                for (k, t) in unit.enumerated() {
                    everyone[k] = (allOf[Int(t)] - own[Int(t)] + a) / (total - size + smoothing)
                    background += log(everyone[k])
                }
                return (0..<n).map { p in
                    let theirs = totalsOf[p] - (p == mine ? size : 0)
                    var sum = 0.0
                    for (k, t) in unit.enumerated() {
                        let c = countsOf[p * v + Int(t)] - (p == mine ? own[Int(t)] : 0)
                        sum += log((c + mu * everyone[k]) / (theirs + mu))
                    }
                    return max(-w.lexicalCap, min(w.lexicalCap, w.lexicalWeight * (sum - background)))
                }
            }
        }.flatMap { $0 }
    }
}
