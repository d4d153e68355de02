import Foundation

/// Reported speech that names the speaker or the listener: a quotation said *to you* or *to me* that opens by
/// calling someone by name ("Did he ever say to you, "Ms. Roe, you should …"?", "She told me, "Ann, …"") calls
/// the one it was said to. Said to "you", that is the listener (the one asked); said to "me", the speaker. This
/// is how reported speech works in any English conversation; the quotation may run on to the next line.
enum ReportedAddress {
    /// A reporting verb, then "you" or "me" within a few words, then an opening quotation mark.
    static let regex = try! NSRegularExpression(pattern:
        #"(?i)\b(?:say|says|said|saying|tell|tells|told|telling|ask|asks|asked|asking|write|writes|wrote)\b[^"“”.?!]{0,40}?\b(you|me)\b[^"“”.?!]{0,25}?[,:]?\s*["“]\s*"#)

    /// Words without which the expression cannot match.
    static let verbs: Set<String> = ["say", "says", "said", "saying", "tell", "tells", "told", "telling", "ask", "asks", "asked",
                                     "asking", "write", "writes", "wrote"]

    /// Who a unit's reported speech calls, and whether that is the listener (said to "you") or the speaker
    /// (said to "me"). `text` is the unit with the units that continue its sentence (a quotation cut at a line
    /// break, "… like "Ms." / "Hall, as a lawyer, …").
    static func find(_ text: String, names: NameLexicon) -> (name: String, listener: Bool)? {
        let ns = text as NSString
        for m in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let quoted = UnitCues.tokens(ns.substring(from: m.range.location + m.range.length))
            // A vocative: the name is set off by a comma ("Ms. Roe, …"), not the subject of the quotation ("Ann said …").
            guard let (who, used) = FloorCues.address(quoted, 0, names), used < quoted.count, quoted[used - 1].follows(",") else { continue }
            return (who, ns.substring(with: m.range(at: 1)).lowercased() == "you")
        }
        return nil
    }

    /// Marks units whose reported speech calls the listener (`addressed`: the speaker speaks to them) or the
    /// speaker (`selfNamed`), where the unit has no such cue of its own. `lowered`: each unit's words lower-cased.
    static func mark(_ cues: inout [FloorCues], units: [AttributionUnit], lowered: [[String]], names: NameLexicon) {
        for i in units.indices where lowered[i].contains(where: verbs.contains) {
            var text = units[i].text
            var j = i + 1
            while j < units.count, j <= i + 2, units[j].continuesSentence { text += " " + units[j].text; j += 1 }
            guard let (who, listener) = find(text, names: names) else { continue }
            if listener {
                if cues[i].addressed == nil { cues[i].addressed = who; cues[i].reportedAddress = true }
            } else if cues[i].selfNamed == nil {
                cues[i].selfNamed = who
                cues[i].reportedSelf = true
            }
        }
    }
}
