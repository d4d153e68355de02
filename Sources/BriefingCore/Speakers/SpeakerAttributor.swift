import Foundation

/// Works out who speaks where in a transcript without labels: finds the people (header list,
/// introductions, names others thank), the host (the one thanked by name), cuts the body into units,
/// reads each unit's cues and decodes the speakers jointly.
public enum SpeakerAttributor {
    /// The outcome: the people found, the turns, and each unit with its cues and speaker (for `--explain`).
    public struct Attribution: Sendable {
        public var people: [Person]
        public var host: String
        public var turns: [Turn]
        public var units: [(unit: AttributionUnit, cues: UnitCues, speaker: String)] = []
    }

    public static func attribute(_ doc: Document, sentences: [Sentence]? = nil, decoder: TurnDecoder = TurnDecoder()) -> Attribution {
        let paragraphs = doc.paragraphs
        let units = AttributionUnit.units(doc.text, paragraphs: paragraphs, sentences: sentences)
        var people = PersonIndex()
        for p in doc.people { people.add(p.name, role: p.role) }
        findIntroductions(units.map(\.text), into: &people)
        findThanked(units.map(\.text), into: &people)
        var cues = cueList(units, people)
        for c in cues { for t in c.thanked { people.update(t) { $0.thanked += 1 } } }
        // The host: thanked by name the most; else a listed host; else a person not listed by name.
        var host = people.entries.indices.max { people.entries[$0].thanked < people.entries[$1].thanked } ?? -1
        if host >= 0, people.entries[host].thanked == 0 {
            host = people.entries.firstIndex { ($0.role ?? "").lowercased().contains("host") } ?? -1
        }
        // The cues read names only (first and last): read again only when a name was added.
        let spellings = people.entries.map { [$0.first, $0.last ?? ""] }
        if host < 0 { host = people.add("Host") }
        if people.entries.count < 2 { people.add("Guest") }
        if people.entries.map({ [$0.first, $0.last ?? ""] }) != spellings { cues = cueList(units, people) }
        let labels = decoder.decode(cues, dash: units.map(\.dashMarked), people: people.entries.count, host: host)
        let names = people.entries.map(\.name)
        var turns: [Turn] = []
        var i = 0
        var firstParagraph = 0
        while i < units.count {
            var j = i
            while j + 1 < units.count, labels[j + 1] == labels[i] { j += 1 }
            let span = TextSpan(units[i].span.start, units[j].span.end)
            turns.append(Turn(speaker: names[labels[i]], paragraphs: clip(paragraphs, to: span, from: &firstParagraph)))
            i = j + 1
        }
        let roles = people.entries.map { Person(name: $0.name, role: $0.role ?? ($0.name == names[host] ? "host" : nil)) }
        let explained = units.indices.map { (units[$0], cues[$0], names[labels[$0]]) }
        return Attribution(people: roles, host: names[host], turns: turns, units: explained)
    }

    /// Every unit's cues, on all cores.
    static func cueList(_ units: [AttributionUnit], _ people: PersonIndex) -> [UnitCues] {
        parallelMap(count: units.count) { i in
            var c = UnitCues(units[i].text, people: people)
            c.startsParagraph = units[i].startsParagraph
            return c
        }
    }

    /// The parts of the paragraphs inside a span, paragraph structure kept, for spans that come in text order
    /// (a document's turns): `first` is the first paragraph the previous span reached, so that each call reads
    /// only the paragraphs it needs, not all of them (which made a long transcript quadratic).
    static func clip(_ paragraphs: [[TextSpan]], to span: TextSpan, from first: inout Int) -> [[TextSpan]] {
        while first < paragraphs.count, (paragraphs[first].last?.end ?? 0) <= span.start { first += 1 }
        var out: [[TextSpan]] = []
        var k = first
        while k < paragraphs.count {
            if let start = paragraphs[k].first?.start, start >= span.end { break }
            let parts = paragraphs[k].compactMap { p -> TextSpan? in
                let s = max(p.start, span.start), e = min(p.end, span.end)
                return s < e ? TextSpan(s, e) : nil
            }
            if !parts.isEmpty { out.append(parts) }
            k += 1
        }
        return out
    }

    /// Words that open an introduction; the names that follow (one, or a list) are guests.
    static let introTrigger = try! NSRegularExpression(pattern:
        #"(?:\bwith us(?: today)?(?: is| are)?|\b[Ww]elcome|\bjoined by|\b(?:[Ww]e're|[Ww]e are|I'm|I am)(?: back| here| now| sitting down| talking)* with|\b[Jj]oining (?:us|me)(?: today| now)?(?: is| are)?|\b(?:talking|speaking) (?:with|to)|\bmy colleagues?,?|\bour colleagues?,?|\bmy guests? (?:today )?(?:is|are)?|\bour guests? (?:today )?(?:is|are)?|\bintroduce|\bmy name is|\bI'm)[ ,:]+"#)
    /// A name (two or three capitalised words, after an optional title) and an optional role after it.
    static let introItem = try! NSRegularExpression(pattern:
        #"^(?:,? ?(?:and )?)(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Colonel|Col|General|Gen|Senator|Sen|Ambassador|Amb|Judge|Rev)\.? )?((?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)(?: [A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?){1,2})(?:,? (?:who(?:'s| is)? )?((?!and |or )(?:an? |the )?[a-z][^;.]*?))?(?=,? and (?:we|I|he|she|they|you|our|my|it)\b|, and [A-Z][a-z]+ [A-Z]| and [A-Z][a-z]+ [A-Z]|, (?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+, (?!and |or |but )(?:who|[a-z])|[.;!?]|$)"#)

    /// "we have with us Maria Roe, who's a senior fellow …", "joining me are A, an economist, and B": people and roles.
    static func findIntroductions(_ texts: [String], into people: inout PersonIndex) {
        let stop: Set<String> = ["The", "This", "Our", "All", "Everyone", "Everybody", "Back", "To", "Thanks", "Thank"]
        for t in texts {
            let ns = t as NSString
            for trigger in introTrigger.matches(in: t, range: NSRange(location: 0, length: ns.length)) {
                var at = trigger.range.location + trigger.range.length
                for _ in 0..<6 {
                    let rest = NSRange(location: at, length: ns.length - at)
                    guard let m = introItem.firstMatch(in: t, options: [.anchored], range: rest), m.range.length > 0 else { break }
                    let name = ns.substring(with: m.range(at: 1))
                    guard let first = name.split(separator: " ").first, !stop.contains(String(first)) else { break }
                    var role: String?
                    if m.range(at: 2).location != NSNotFound {
                        let r = ns.substring(with: m.range(at: 2)).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
                        // A role is a description ("a senior fellow …"), not a clause about the speaker ("who we …").
                        let firstWord = r.split(separator: " ").first.map { $0.lowercased() } ?? ""
                        let clauseStarts: Set<String> = ["who", "whom", "which", "that", "of", "we", "i", "you", "he", "she", "they"]
                        if !clauseStarts.contains(firstWord), r.split(separator: " ").count >= 2 { role = r }
                    }
                    let i = people.add(name, role: role)
                    people.update(i) { $0.introduced += 1 }
                    at = m.range.location + m.range.length
                }
            }
        }
    }

    static let thanks = try! NSRegularExpression(pattern: #"\b[Tt]hanks?(?: you)?,? ([A-Z][a-z]{2,})\b"#)

    /// "Well, thanks, Andrew": a name thanked is a person (the one who asked).
    static func findThanked(_ texts: [String], into people: inout PersonIndex) {
        let notNames: Set<String> = ["God", "Everyone", "Everybody", "All", "Again", "Very", "Much", "And", "For", "So", "The"]
        for t in texts {
            let range = NSRange(t.startIndex..., in: t)
            for m in thanks.matches(in: t, range: range) {
                guard let r = Range(m.range(at: 1), in: t) else { continue }
                let name = String(t[r])
                if notNames.contains(name) { continue }
                if people.match(first: name, last: nil) == nil { people.add(name) }
            }
        }
    }
}
