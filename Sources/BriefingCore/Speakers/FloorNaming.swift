extension FloorAttributor {
    /// Names the sides of a decoded conversation. The answering side is split into periods, one per person
    /// at the podium: a hand-over ("I'll turn it over to Admiral John Kirby") starts the next period, and
    /// thanks to the person at the podium said from the answering side ("Thank you, Admiral") hands the floor
    /// back. Each period is named by what the others call that person (addresses and thanks from the asking
    /// side, the hand-over's name, a self-introduction). The askers are one named host when the answers
    /// address one person, else reporters, named when someone has just called on them.
    struct Naming {
        let speakersByUnit: [String]
        let roles: [String: String]
        let shape: String
        /// The names of the people at the podium, and of the one host (nil when reporters ask).
        let principals: [String]
        let host: String?
        let resolve: (String) -> String

        static func tokens(_ s: String) -> Set<String> {
            Set(s.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 3 && $0 != "the" })
        }
        /// Two names of one person: they share a word ("Kirby", "John Kirby", "Admiral Kirby").
        static func same(_ a: String, _ b: String) -> Bool { !tokens(a).isDisjoint(with: tokens(b)) }

        init(cues: [FloorCues], sides: [Side], names: NameLexicon, doc: Document) {
            let text = doc.text.string(doc.body)
            func resolve(_ raw: String) -> String {
                let words = raw.split(separator: " ")
                if words.allSatisfy({ NameLexicon.titles.contains($0.lowercased()) }) {
                    let office = String(words.last!)
                    return names.holder(ofTitle: office, in: text) ?? "The " + office
                }
                return names.fullName(raw)
            }
            let same = Naming.same
            self.resolve = resolve

            // Periods of the answering side.
            var slots: [[String: Double]] = [[:]]
            func best(_ slot: Int) -> String? { slots[slot].max { ($0.value, $1.key) < ($1.value, $0.key) }?.key }
            func slot(named name: String) -> Int? { slots.indices.first { s in best(s).map { same($0, name) } ?? false } }
            var current = 0
            var previous: Int?
            var pending: String?
            var slotOfUnit = [Int](repeating: 0, count: cues.count)
            for (i, c) in cues.enumerated() {
                if sides[i] == .answers {
                    let shortCall = c.calledOn != nil && c.words <= 3
                    // The next person speaks from a new line, after any "Admiral." that gives them the floor.
                    if let target = pending, !shortCall, c.startsLine {
                        let next = slot(named: target) ?? { slots.append([:]); return slots.count - 1 }()
                        if next != current { previous = current; current = next }
                        // A title alone ("the Admiral") names less surely than a name.
                        slots[current][target, default: 0] += target.hasPrefix("The ") ? 0.5 : 3
                        if let t = c.thanked, let p = previous { slots[p][resolve(t), default: 0] += 3 }
                        pending = nil
                    } else if c.startsLine, let t = c.thanked, let back = previous, let name = best(current), same(resolve(t), name) {
                        // After a hand-over, the person at the podium thanked from the answering side: the one who
                        // handed over takes the floor back.
                        previous = current
                        current = back
                    }
                    if let s = c.selfNamed { slots[current][resolve(s), default: 0] += 3 }
                    slotOfUnit[i] = current
                } else if sides[i] == .asks {
                    for n in [c.addressed, c.thanked].compactMap({ $0 }) { slots[current][resolve(n), default: 0] += 1 }
                    slotOfUnit[i] = current
                }
                if let target = c.handedTo { pending = resolve(target) }
            }

            // The askers: one host, or reporters.
            var askerEvidence: [String: Double] = [:]
            var calledOn = Set<String>()
            var addressedByOffice = false
            for (i, c) in cues.enumerated() {
                if let n = c.calledOn { calledOn.insert(resolve(n)) }
                if sides[i] == .answers {
                    let runStart = i > 0 && sides[i - 1] == .asks
                    if let n = c.addressed, !n.contains(" ") || true { askerEvidence[resolve(n), default: 0] += 1 }
                    if runStart, let n = c.thanked { askerEvidence[resolve(n), default: 0] += 2 }
                } else if sides[i] == .asks {
                    if let n = c.selfNamed { askerEvidence[resolve(n), default: 0] += 3 }
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
            }
            var out: [String] = []
            var reporter: String?
            for (i, c) in cues.enumerated() {
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
                _ = c
            }
            speakersByUnit = out
            self.roles = roles
            principals = slotNames
            host = press ? nil : hostName
        }

        func speakers() -> [String] { speakersByUnit }
    }
}
