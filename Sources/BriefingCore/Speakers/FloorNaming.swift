extension FloorAttributor {
    /// Names the sides of a decoded conversation. The answering side is split into periods, one per person
    /// at the podium: a hand-over ("I'll turn it over to Admiral John Kirby") starts the next period, and
    /// thanks to the person at the podium said from the answering side ("Thank you, Admiral") hands the floor
    /// back. Each period is named by what the others call that person (addresses and thanks from the asking
    /// side, the hand-over's name, a self-introduction). The askers are one named host when the answers
    /// address one person, else reporters, named when someone has just called on them.
    struct Naming {
        /// The speaker of every unit.
        let speakers: [String]
        let roles: [String: String]
        let shape: String
        /// The names of the people at the podium, and of the one host (nil when reporters ask).
        let principals: [String]
        /// Units where a hand-over takes effect: the new person at the podium speaks there.
        let handOverPoints: Set<Int>
        let host: String?
        let resolve: (String) -> String

        static func words(_ s: String) -> [String] { s.lowercased().split { !$0.isLetter }.map(String.init).filter { $0 != "the" } }
        static func nameWords(_ s: String) -> Set<String> { Set(words(s).filter { !NameLexicon.titles.contains($0) && $0.count >= 3 }) }
        static func titleWords(_ s: String) -> Set<String> { Set(words(s).filter { NameLexicon.titles.contains($0) && $0.count >= 3 }) }
        /// Two names of one person: they share a name ("Kirby", "John Kirby", "Admiral Kirby"); a title alone
        /// ("the Admiral") is the person given that title.
        static func same(_ a: String, _ b: String) -> Bool {
            let na = nameWords(a), nb = nameWords(b)
            if !na.isEmpty && !nb.isEmpty { return !na.isDisjoint(with: nb) }
            return !titleWords(a).isDisjoint(with: titleWords(b))
        }

        init(cues: [FloorCues], sides: [Side], names: NameLexicon) {
            func resolve(_ raw: String) -> String {
                let words = raw.split(separator: " ").map(String.init)
                let titles = words.prefix { NameLexicon.titles.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
                if titles.count == words.count {
                    let office = words.last!
                    return names.holder(ofTitle: office).map { office + " " + $0 } ?? "The " + office
                }
                let name = words.dropFirst(titles.count)
                let full = name.count == 1 ? names.fullName(name[name.startIndex]) : name.joined(separator: " ")
                return (titles + [full]).joined(separator: " ")
            }
            let same = Naming.same
            self.resolve = resolve

            // Periods of the answering side.
            var slots: [[String: Double]] = [[:]]
            func best(_ slot: Int) -> String? { slots[slot].max { ($0.value, $1.key) < ($1.value, $0.key) }?.key }
            func slot(named name: String) -> Int? { slots.indices.first { s in best(s).map { same($0, name) } ?? false } }
            /// Whether a name is one the people call the person of a slot.
            func known(_ slot: Int, _ name: String) -> Bool { slots[slot].contains { $0.value >= 1 && same($0.key, name) } }
            var current = 0
            var previous: Int?
            var pending: String?
            // Where each hand-over takes effect: after the unit that gives the named person the floor ("Go ahead,
            // Admiral."), or after "With that, …" when the hand-over was announced ahead ("I'll hand it over to Jake"),
            // else at the next new line (in run-on text, the next sentence).
            var handOverAt: [Int: String] = [:]
            for (i, c) in cues.enumerated() {
                guard let raw = c.handedTo else { continue }
                let target = resolve(raw)
                func takesEffect(at k: Int) { if handOverAt[k] == nil { handOverAt[k] = target } }
                // A hand-over announced for later is looked for further on.
                let near = (i + 1)..<min(cues.count, i + 7)
                let ahead = c.handsOverLater ? (i + 1)..<min(cues.count, i + 40) : near
                if c.calledOn != nil && same(resolve(c.calledOn!), target) {
                    takesEffect(at: i + 1)
                } else if let j = ahead.first(where: { j in sides[j] == .answers && [cues[j].calledOn, cues[j].addressed].contains { $0.map { same(resolve($0), target) || same($0, raw) } ?? false } }) {
                    takesEffect(at: j + 1)
                } else if c.handsOverLater, let j = ahead.first(where: { cues[$0].withThat }) {
                    takesEffect(at: j + 1)
                } else if let k = near.first(where: { cues[$0].startsLine && !(cues[$0].calledOn != nil && cues[$0].words <= 3) }) {
                    takesEffect(at: k)
                }
            }
            handOverPoints = Set(handOverAt.keys)
            var slotOfUnit = [Int](repeating: 0, count: cues.count)
            var signedOff = false
            // Whether the person at the podium was handed the floor (a guest briefer), not given it back.
            var guest = false
            for (i, c) in cues.enumerated() {
                if let target = handOverAt[i] { pending = target }
                if sides[i] == .answers {
                    if signedOff, i > 0, sides[i - 1] != .answers, let back = previous {
                        // The person handed the floor said goodbye to the room; the next answers are the one's
                        // who handed it to them.
                        previous = current
                        current = back
                        signedOff = false
                        guest = false
                    }
                    if c.thanksAll, c.startsLine, guest, pending == nil { signedOff = true }
                    if let target = pending {
                        let next = slot(named: target) ?? { slots.append([:]); return slots.count - 1 }()
                        if next != current { previous = current; current = next; guest = true }
                        // A title alone ("the Admiral") names less surely than a name.
                        slots[current][target, default: 0] += target.hasPrefix("The ") ? 0.5 : 3
                        if let t = c.thanked, let p = previous { slots[p][resolve(t), default: 0] += 3 }
                        pending = nil
                    } else if c.startsLine, let t = c.thanked, let back = previous, known(current, resolve(t)) {
                        // After a hand-over, the person at the podium thanked from the answering side: the one who
                        // handed over takes the floor back.
                        previous = current
                        current = back
                        guest = false
                    }
                    for s in [c.selfNamed, c.labelled].compactMap({ $0 }) { slots[current][resolve(s), default: 0] += 3 }
                    slotOfUnit[i] = current
                } else if sides[i] == .asks {
                    for n in [c.addressed, c.thanked].compactMap({ $0 }) { slots[current][resolve(n), default: 0] += 1 }
                    slotOfUnit[i] = current
                }
            }

            // The askers: one host, or reporters.
            var askerEvidence: [String: Double] = [:]
            var calledOn = Set<String>()
            var addressedByOffice = false
            for (i, c) in cues.enumerated() {
                if let n = c.calledOn { calledOn.insert(resolve(n)) }
                if sides[i] == .answers {
                    let runStart = i > 0 && sides[i - 1] == .asks
                    if let n = c.addressed { askerEvidence[resolve(n), default: 0] += 1 }
                    if runStart, let n = c.thanked { askerEvidence[resolve(n), default: 0] += 2 }
                } else if sides[i] == .asks {
                    for n in [c.selfNamed, c.labelled].compactMap({ $0 }) { askerEvidence[resolve(n), default: 0] += 3 }
                    if let n = c.addressed ?? c.thanked, n.split(separator: " ").allSatisfy({ NameLexicon.titles.contains($0.lowercased()) }) {
                        addressedByOffice = true
                    }
                }
            }
            // Names of the people at the podium are not askers.
            let principalNames = slots.indices.compactMap { best($0) }
            askerEvidence = askerEvidence.filter { key, _ in !principalNames.contains { same($0, key) } }
            let moderated = sides.contains(.moderates)
            let topAsker = askerEvidence.max { ($0.value, $1.key) < ($1.value, $0.key) }
            let press = moderated || calledOn.count >= 2 || (topAsker.map { $0.value < 2 } ?? true) && addressedByOffice
            shape = moderated ? "moderated briefing" : press ? "press briefing" : slots.count > 1 ? "panel" : "interview"

            var roles: [String: String] = [:]
            var slotNames: [String] = []
            for s in slots.indices {
                let name = best(s) ?? (slots.count == 1 ? (press ? "Briefer" : "Guest") : "Speaker \(s + 1)")
                slotNames.append(name)
                roles[name] = press ? "briefer" : "guest"
            }
            let hostName = !press ? (topAsker.map(\.key) ?? "Host") : "Reporter"
            roles[hostName] = press ? "reporter" : "host"
            var moderatorName = "Moderator"
            if let n = cues.indices.first(where: { sides[$0] == .moderates && cues[$0].selfNamed != nil }).flatMap({ cues[$0].selfNamed }) {
                moderatorName = resolve(n)
            } else if moderated, slots.count > 1, !handOverPoints.isEmpty, let opener = best(0) {
                // In a moderated call the one who opens and hands the floor over is the moderator.
                moderatorName = opener
                roles[opener] = "moderator"
            }
            var out: [String] = []
            var reporter: String?
            for i in cues.indices {
                switch sides[i] {
                case .answers:
                    out.append(slotNames[slotOfUnit[i]])
                    if !moderated { reporter = nil }
                case .moderates:
                    out.append(moderatorName)
                    roles[moderatorName] = "moderator"
                    reporter = nil
                case .asks:
                    if press, i > 0, sides[i - 1] != .asks, let n = cues[i - 1].calledOn, !NameLexicon.titles.contains(n.lowercased()) {
                        reporter = resolve(n)
                    }
                    let name = press ? (reporter ?? "Reporter") : hostName
                    roles[name] = roles[name] ?? (press ? "reporter" : "host")
                    out.append(name)
                }
            }
            speakers = out
            self.roles = roles
            principals = slotNames
            host = press ? nil : hostName
        }
    }
}
