import Foundation

/// Speakers of a conversation that has no labels and no list of people: a press briefing, a hearing, an
/// interview or a panel as speech-to-text writes it. Every such conversation has people who answer (the
/// briefer, the witness, the guest), people who ask (reporters, counsel, the host) and sometimes a moderator
/// who gives the floor. Each unit is given a side by Viterbi decoding over its cues (questions, reply openers,
/// addresses, call-ons, hand-overs); the answering side is then split into the periods of each person at the
/// podium (hand-overs and thanks mark the changes), and every side is named from what the others call it.
public enum FloorAttributor {
    /// The side of the floor a unit is on.
    public enum Side: Int, Sendable, CaseIterable { case answers, asks, moderates }

    /// The outcome: turns with names, roles, and every unit with its cues (for `--explain`).
    public struct Attribution: Sendable {
        public var turns: [Turn]
        public var roles: [String: String]
        public var shape: String
        /// How the speakers were decoded: by sides of the floor, or person by person over a named cast.
        public var method = "by sides of the floor"
        public var units: [(unit: AttributionUnit, cues: FloorCues, side: Side, speaker: String)]
    }

    /// Weights of the decoder, named so that their roles read; none is specific to a kind of document.
    public struct Weights: Sendable {
        public var switchCost = 3.0
        public var lineStart = 1.5
        public var answerFollowsQuestion = 2.5
        public var askAfterCallOn = 2.5
        public var questionAsks = 2.0
        public var questionToYou = 1.0
        public var addressAsks = 1.0
        public var thanksAsks = 1.0
        public var replyAnswers = 1.2
        public var statementAnswers = 0.5
        public var questionAnswers = -2.0
        public var callOnAnswers = 1.5
        public var unansweredQuestion = -1.0
        public var moderatorCall = 4.0
        public var moderatorBase = -1.5
        /// Against giving a unit to the person it addresses by name.
        public var selfAddress = 2.5
        /// Where a hand-over takes effect, the new person answers.
        public var handOverAnswers = 2.5
        /// An answer that mirrors or echoes what was put to its speaker comes from the other side.
        public var pairedAnswer = 2.5
        /// After a bare answer ("Yes.", "I did.") the one who asked goes on with what they put to "you".
        public var askAfterBareAnswer = 2.5
        public init() {}
    }

    public static func attribute(_ doc: Document, sentences: [Sentence]? = nil, weights: Weights = Weights()) -> Attribution {
        let paragraphs = doc.paragraphs
        let units = AttributionUnit.units(doc.text, paragraphs: paragraphs, sentences: sentences)
        let names = NameLexicon(doc.text, in: doc.body)
        // Every unit's words, read once, and its cues: unit by unit, on all cores.
        let words = parallelMap(count: units.count) { i -> (tokens: [UnitCues.Token], lowered: [String]) in
            let tokens = UnitCues.tokens(units[i].text)
            return (tokens, tokens.map { $0.word.lowercased() })
        }
        let tokens = words.map(\.tokens), lowered = words.map(\.lowered)
        var cues = parallelMap(count: units.count) {
            FloorCues(units[$0].text, tokens: tokens[$0], lowered: lowered[$0], names: names, opensSentence: !units[$0].continuesSentence)
        }
        // Speech-to-text without line breaks (fewer new lines than one in ten units): each sentence stands where a
        // line would, as in the one-sentence-per-line form.
        let runOn = units.filter(\.startsParagraph).count * 10 < units.count
        for i in cues.indices {
            cues[i].startsLine = units[i].startsParagraph || i == 0
                || (runOn && !units[i].continuesSentence && units[i - 1].text.last.map { ".?!)\"”".contains($0) } == true)
        }
        AdjacencyPairs.mark(&cues, tokens: tokens, lowered: lowered)
        ReportedAddress.mark(&cues, units: units, lowered: lowered, names: names)
        // A line holding only a name labels the line after it: those words are that person's (in run-on text, a
        // sentence that is only a name in capitals: "… they were. ROE. What was …").
        for i in cues.indices.dropLast() where cues[i].startsLine && cues[i + 1].startsLine {
            cues[i + 1].labelled = FloorCues.labelLine(units[i].text, names: names)
        }
        for i in cues.indices {
            guard let called = cues[i].calledOn else { continue }
            let before = max(0, i - 6)..<i
            cues[i].callsHandedTo = before.contains { j in cues[j].handedTo.map { Naming.same($0, called) } ?? false }
        }
        // "Go ahead, Admiral." answered by "Thanks, Karine." and statements, not a question: the floor was handed
        // to the one called by their office, though no words said so (questioners are called by name).
        for i in cues.indices where cues[i].handedTo == nil {
            guard let called = cues[i].calledOn, !cues[i].moderatorCall, !cues[i].callsHandedTo, i + 1 < cues.count, cues[i + 1].thanked != nil,
                  called.split(separator: " ").allSatisfy({ NameLexicon.titles.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) })
            else { continue }
            let next = cues[(i + 1)..<min(cues.count, i + 4)]
            if !next.contains(where: \.isQuestion) { cues[i].handedTo = called }
        }
        let moderated = cues.filter(\.moderatorCall).count >= 2
        var sides = decode(cues, moderated: moderated, w: weights)
        var naming = Naming(cues: cues, sides: sides, names: names)
        // Second pass: nobody addresses themselves. A unit that speaks to the person at the podium is not
        // theirs, and one that speaks to the host is not the host's. Where one person asks and one answers
        // (not a room of reporters, whom the podium calls "you" as well), a statement put to "you" leans to the
        // one who asks.
        let oneAsker = !moderated && naming.principals.count == 1 && naming.host != nil
        let bias = cues.indices.map { i -> [Double] in
            let c = cues[i]
            var b = [0.0, 0.0, 0.0]
            if oneAsker { b[Side.asks.rawValue] += AskerLean.lean(c) }
            if naming.handOverPoints.contains(i) { b[Side.answers.rawValue] += weights.handOverAnswers }
            guard let a = c.addressed.map(naming.resolve) else { return b }
            if naming.principals.count == 1, naming.principals.contains(where: { Naming.same($0, a) }) { b[Side.answers.rawValue] -= weights.selfAddress }
            if let host = naming.host, Naming.same(host, a) { b[Side.asks.rawValue] -= weights.selfAddress }
            return b
        }
        if bias.contains(where: { $0 != [0, 0, 0] }) {
            sides = decode(cues, moderated: moderated, w: weights, bias: bias)
            naming = Naming(cues: cues, sides: sides, names: names)
        }
        var speakers = naming.speakers
        var roles = naming.roles, shape = naming.shape, method = "by sides of the floor"
        // A conversation among named people (a show with a host, or a two-person interview) is decoded person by
        // person; a moderated call, or a briefing where the podium changes hands, keeps its sides.
        if !moderated, naming.principals.count == 1, let party = PartyAttributor.decode(units, tokens: tokens, lowered: lowered, cues, sides: sides, hostless: naming.shape == "interview", names: names, resolve: naming.resolve) {
            speakers = party.speakers
            sides = party.sides
            roles = party.roles
            shape = party.shape
            method = "person by person over the people named (\(party.cast))"
        }
        var turns: [Turn] = []
        var i = 0
        var firstParagraph = 0 // turns come in text order: the paragraphs before this one are behind us
        while i < units.count {
            var j = i
            while j + 1 < units.count, speakers[j + 1] == speakers[i] { j += 1 }
            let span = TextSpan(units[i].span.start, units[j].span.end)
            var turn = Turn(speaker: speakers[i], paragraphs: SpeakerAttributor.clip(paragraphs, to: span, from: &firstParagraph))
            turn.source = .inferred
            turn.confidence = confidence(cues[i...j], side: sides[i], moderated: moderated, w: weights)
            turns.append(turn)
            i = j + 1
        }
        let explained = units.indices.map { (units[$0], cues[$0], sides[$0], speakers[$0]) }
        var out = Attribution(turns: turns, roles: roles, shape: shape, units: explained)
        out.method = method
        return out
    }

    static func emission(_ c: FloorCues, _ side: Side, moderated: Bool, _ w: Weights) -> Double {
        switch side {
        case .answers:
            var s = 0.0
            if c.replyOpener { s += w.replyAnswers }
            if !c.isQuestion && c.words >= 12 { s += w.statementAnswers }
            if c.isQuestion { s += w.questionAnswers }
            if (c.calledOn != nil || c.givesFloor) && !c.moderatorCall { s += w.callOnAnswers }
            if c.handedTo != nil { s += 0.5 }
            return s
        case .asks:
            var s = 0.0
            if c.isQuestion { s += w.questionAsks }
            if c.asksYou { s += w.questionToYou }
            if c.addressed != nil { s += w.addressAsks }
            // "Thanks, Karine." on a new line: a questioner given the floor.
            if c.thanked != nil && c.startsLine { s += w.thanksAsks }
            if c.calledOn != nil || c.handedTo != nil { s -= 2 }
            if c.replyOpener { s -= 0.8 }
            if !c.isQuestion && c.words >= 25 { s -= 0.5 }
            return s
        case .moderates:
            guard moderated else { return -.infinity }
            var s = w.moderatorBase
            if c.moderatorCall { s += w.moderatorCall } else if c.calledOn != nil { s += 1 }
            if c.handedTo != nil { s += 2 }
            if c.isQuestion { s -= 3 }
            if c.thanked != nil { s += 0.5 }
            return s
        }
    }

    static func transition(from a: Side, to b: Side, previous p: FloorCues, current c: FloorCues, _ w: Weights) -> Double {
        if a == b { return a == .asks && p.isQuestion ? w.unansweredQuestion : 0 }
        var s = -w.switchCost
        if c.startsLine { s += w.lineStart }
        if a == .asks && b == .answers && p.isQuestion { s += w.answerFollowsQuestion }
        if a == .asks && b == .answers && (c.mirrors || c.echoes) { s += w.pairedAnswer }
        if a == .answers && b == .asks && p.bareAnswer && (c.putsToYou || c.isQuestion) { s += w.askAfterBareAnswer }
        if b == .asks && (p.calledOn != nil || p.givesFloor) && !p.callsHandedTo { s += w.askAfterCallOn }
        if b == .answers && p.callsHandedTo { s += w.askAfterCallOn }
        if a == .moderates && b == .answers && p.handedTo != nil { s += w.askAfterCallOn }
        if b == .moderates { s -= 0.5 }
        return s
    }

    /// The most likely side of every unit (Viterbi).
    static func decode(_ cues: [FloorCues], moderated: Bool, w: Weights, bias: [[Double]]? = nil) -> [Side] {
        guard !cues.isEmpty else { return [] }
        let states = Side.allCases
        var score = states.map { emission(cues[0], $0, moderated: moderated, w) + ($0 == .asks ? -0.5 : 0) + (bias?[0][$0.rawValue] ?? 0) }
        var back: [[Int]] = []
        for i in 1..<cues.count {
            var next = [Double](repeating: -.infinity, count: states.count)
            var from = [Int](repeating: 0, count: states.count)
            for b in states {
                let e = emission(cues[i], b, moderated: moderated, w) + (bias?[i][b.rawValue] ?? 0)
                guard e > -.infinity else { continue }
                for a in states where score[a.rawValue] > -.infinity {
                    let v = score[a.rawValue] + transition(from: a, to: b, previous: cues[i - 1], current: cues[i], w) + e
                    if v > next[b.rawValue] { next[b.rawValue] = v; from[b.rawValue] = a.rawValue }
                }
            }
            back.append(from)
            score = next
        }
        var s = score.indices.max { score[$0] < score[$1] }!
        var out = [Side(rawValue: s)!]
        for from in back.reversed() {
            s = from[s]
            out.append(Side(rawValue: s)!)
        }
        return out.reversed()
    }

    /// How clearly the cues of a turn's units favour its side: a logistic of the mean margin over the other sides.
    static func confidence(_ cues: ArraySlice<FloorCues>, side: Side, moderated: Bool, w: Weights) -> Double {
        let margins = cues.map { c -> Double in
            let mine = emission(c, side, moderated: moderated, w)
            let other = Side.allCases.filter { $0 != side }.map { emission(c, $0, moderated: moderated, w) }.max() ?? 0
            return mine - other
        }
        let mean = margins.reduce(0, +) / Double(max(1, margins.count))
        return ((1 / (1 + exp(-mean))) * 100).rounded() / 100
    }
}
