/// Finds the most likely speaker of every unit jointly, by dynamic programming over the whole transcript
/// (Viterbi). A state is (speaker, who the floor was last handed to); scores come from each unit's cues
/// (who it cannot be, host language) and from cues for a change of speaker (a reply opener after a question,
/// the person just addressed taking the floor). Changing speaker costs, so it needs evidence.
public struct TurnDecoder: Sendable {
    /// The weights of the score; named so that their roles are readable and testable.
    public struct Weights: Sendable {
        public var switchCost = 4.0
        public var replyOpener = 2.0
        public var afterQuestion = 1.5
        public var dashMark = 3.5
        public var handedStrong = 5.0
        public var handedWeak = 2.5
        /// The guest who just spoke answers the host's follow-up unless someone else is named.
        public var handedBack = 4.0
        /// A paragraph that starts a new sentence (in transcripts made by people, turns start paragraphs).
        public var paragraphStart = 1.0
        /// A question that opens with a question word is more often a host's than a rhetorical one.
        public var whQuestion = 0.5
        public var someoneElseWasAsked = 2.0
        public var guestToGuest = 1.5
        public var thanksPrevious = 1.5
        public var addressedSelf = 6.0
        public var mentionedSelf = 2.5
        public var selfNamed = 4.0
        public var hostLanguage = 2.5
        public var hostQuestion = 0.5
        /// A question with "you" in it is put to someone: a host's.
        public var hostYouQuestion = 1.5
        /// The host takes the floor back with host language, an address or a question put to someone.
        public var hostTakesFloor = 1.5
        /// A question answered with a reply opener: its asker is the host.
        public var answeredQuestion = 2.5
        /// A hand-over without any turn-taking cue at that point counts this much of its weight.
        public var handedWithoutCue = 0.3
        public var hostOpens = 2.0
        /// A host asks and hands over; a plain statement is more likely a guest's.
        public var hostStatement = 0.5
        /// Calling people by name is what a host does.
        public var hostAddresses = 2.0
        public init() {}
    }

    public var weights = Weights()
    public init() {}

    /// Pending hand-over: nobody, or a person and how surely the floor goes to them.
    struct Pending: Hashable {
        enum Level: Int, CaseIterable { case named, handedBack, addressed }
        var person: Int // -1 for nobody
        var level: Level
        static let none = Pending(person: -1, level: .named)
        var strong: Bool { level == .addressed }
    }

    /// The speaker (an index into `people`) of each unit.
    public func decode(_ cues: [UnitCues], dash: [Bool], people: Int, host: Int) -> [Int] {
        let n = cues.count
        guard n > 0, people > 0 else { return Array(repeating: 0, count: n) }
        let answered = (0..<n).map { $0 + 1 < n && cues[$0].isQuestion && cues[$0 + 1].replyOpener }
        // States: speaker × pending (none, or person strong/weak).
        let pendings = [Pending.none] + (0..<people).flatMap { p in Pending.Level.allCases.map { Pending(person: p, level: $0) } }
        let pIndex = Dictionary(uniqueKeysWithValues: pendings.enumerated().map { ($1, $0) })
        let S = people * pendings.count
        func state(_ s: Int, _ p: Int) -> Int { s * pendings.count + p }
        var score = [Double](repeating: -.infinity, count: S)
        var back = [[Int32]](repeating: [], count: n)
        for s in 0..<people {
            let p = pIndex[next(.none, cues[0], speakerIsHost: s == host)]!
            score[state(s, p)] = emission(cues[0], s, host: host, first: true)
        }
        for i in 1..<n {
            var fresh = [Double](repeating: -.infinity, count: S)
            var from = [Int32](repeating: -1, count: S)
            let c = cues[i]
            // Staying: each state goes on with its pending hand-over updated.
            for s in 0..<people {
                let e = emission(c, s, host: host, first: false)
                for (pi, pend) in pendings.enumerated() {
                    let old = state(s, pi)
                    guard score[old] > -.infinity else { continue }
                    let ns = state(s, pIndex[next(pend, c, speakerIsHost: s == host)]!)
                    let v = score[old] + e
                    if v > fresh[ns] { fresh[ns] = v; from[ns] = Int32(old) }
                }
            }
            // Switching: the pending hand-over resets (to the guest who just spoke, when the host takes
            // the floor back: a follow-up question goes to them unless someone else is named), then this
            // unit's cues apply.
            for b in 0..<people {
                let e = emission(c, b, host: host, first: false)
                for a in 0..<people where a != b {
                    var best = -Double.infinity, arg = -1
                    for (pi, pend) in pendings.enumerated() {
                        let old = state(a, pi)
                        guard score[old] > -.infinity else { continue }
                        let v = score[old] + transition(from: a, pend, to: b, cues[i - 1], c, dash: dash[i], host: host)
                            + (b == host && answered[i] ? weights.answeredQuestion : 0)
                        if v > best { best = v; arg = old }
                    }
                    guard arg >= 0 else { continue }
                    // Back to the host: someone named before (not the guest who spoke) is still expected;
                    // otherwise the follow-up goes to the guest who just spoke.
                    let before = pendings[arg % pendings.count]
                    let start = b != host ? Pending.none
                        : (before.person >= 0 && before.person != a ? before : Pending(person: a, level: .handedBack))
                    let ns = state(b, pIndex[next(start, c, speakerIsHost: b == host)]!)
                    if best + e > fresh[ns] { fresh[ns] = best + e; from[ns] = Int32(arg) }
                }
            }
            score = fresh
            back[i] = from
        }
        var cur = score.indices.max { score[$0] < score[$1] }!
        var out = [Int](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            out[i] = cur / pendings.count
            if i > 0 { cur = Int(back[i][cur]) }
        }
        return out
    }

    /// The hand-over after a unit: a name addressed by the host hands the floor over; one addressed by
    /// a guest, or a name said on its own, only makes that person likelier.
    func next(_ p: Pending, _ c: UnitCues, speakerIsHost: Bool) -> Pending {
        if let a = c.addressed.last { return Pending(person: a, level: speakerIsHost ? .addressed : .named) }
        if let b = c.bareFirstNames.last, !p.strong { return Pending(person: b, level: .named) }
        return p
    }

    func emission(_ c: UnitCues, _ s: Int, host: Int, first: Bool) -> Double {
        let w = weights
        var v = 0.0
        if first, s == host { v += w.hostOpens }
        if c.addressed.contains(s) || c.thanked.contains(s) { v -= w.addressedSelf }
        if c.mentioned.contains(s) { v -= w.mentionedSelf }
        if let me = c.selfNamed { v += me == s ? w.selfNamed : -w.selfNamed / 2 }
        if c.hostLanguage { v += s == host ? w.hostLanguage : -w.hostLanguage / 2 }
        if c.guestLanguage, s == host { v -= w.hostLanguage }
        if c.isQuestion, s == host { v += w.hostQuestion + (c.asksYou ? w.hostYouQuestion : 0) + (c.whQuestion ? w.whQuestion : 0) }
        if !c.addressed.isEmpty, s == host { v += w.hostAddresses }
        if !c.isQuestion, !c.hostLanguage, c.addressed.isEmpty, s == host, !first { v -= w.hostStatement }
        return v
    }

    func transition(from a: Int, _ pend: Pending, to b: Int, _ prev: UnitCues, _ c: UnitCues, dash: Bool, host: Int) -> Double {
        let w = weights
        var v = -w.switchCost
        // Replies and answers open a guest's turn; the host takes the floor back with host language.
        var cue = 0.0
        if b != host, c.replyOpener { cue += w.replyOpener }
        if b != host, prev.isQuestion { cue += w.afterQuestion }
        if dash { cue += w.dashMark }
        if c.startsParagraph { cue += w.paragraphStart }
        if b == host, c.takesFloor { cue += w.hostTakesFloor }
        v += cue
        if pend.person == b {
            let weight = switch pend.level {
            case .addressed: w.handedStrong
            case .handedBack: w.handedBack
            case .named: w.handedWeak
            }
            v += weight * (cue > 0 ? 1 : w.handedWithoutCue)
        }
        else if pend.strong, pend.person >= 0, b != host { v -= w.someoneElseWasAsked }
        if a != host, b != host, pend.person != b { v -= w.guestToGuest }
        if c.thanked.contains(a) || c.addressed.first == a { v += w.thanksPrevious }
        return v
    }
}
