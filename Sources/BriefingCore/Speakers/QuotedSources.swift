import Foundation

/// A person a document quotes or reports: who, as what, and the sentences that carry their words.
public struct QuotedSource: Sendable, Hashable, Codable {
    public var name: String
    public var role: String?
    public var quotes: [TextSpan]
}

/// Finds reported speech in prose: "Pentagon spokesman Maj. Gen. Pat Ryder acknowledged that …",
/// "… said Igor Roe", "Ann Lee, the defence chief, said …", "according to Ann Lee", "“…,” Roe told the radio".
/// A surname alone counts when the document has named that person in full.
public enum QuotedSourceFinder {
    static let verbs = "said|says|say|told|tells|acknowledged|acknowledges|confirmed|confirms|added|adds|stated|states|warned|warns|noted|notes|argued|argues|explained|explains|wrote|claimed|claims|announced|announces|insisted|insists|believes|believed|briefed|asked|asks|continued|replied|declared|reported|testified|admitted|denied|suggested|predicted|cautioned|tweeted|posted"
    /// Verbs after which the name that follows is the speaker ("said Ann Lee"), not the listener ("told Ann Lee").
    static let verbsBeforeSpeaker = "said|says|added|adds|wrote|noted|notes|warned|warns|continued|replied|declared|insisted|explained|argued|stated|confirmed|acknowledged"
    static let title = #"(?:(?:Maj|Lt|Gen|Col|Capt|Adm|Sgt|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Amb|Ret)\.|\((?:Ret|ret)\.\)|General|Admiral|Colonel|President|Secretary|Senator|Minister|Chairman|Chair|Director|Ambassador)"#
    static let namePart = #"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"#
    static let fullName = "(\(namePart)(?: [A-Z]\\.)?(?: \(namePart)){1,2})"

    static let before = try! NSRegularExpression(pattern:
        #"(\b)(?:"# + title + #" )*"# + fullName + #"(?:,? \(\d+\))?(?:, ([^,]{3,60}),)?(?: (?:has |had |have |also |recently |later |then |once )*)(?:"# + verbs + #")\b"#)
    static let after = try! NSRegularExpression(pattern:
        #"\b(?:"# + verbsBeforeSpeaker + #"|[Aa]ccording to) (?:(?:the )?[a-z][\w-]* (?:[a-z][\w-]* )?)?(?:"# + title + #" )*"# + fullName + #"(?:, ((?:the |an? )?[a-z][^,.;]{2,60}))?"#)
    static let surnameVerb = try! NSRegularExpression(pattern: #"\b([A-Z][a-z]{2,})(?: (?:recently|also|later|then|once|has|had|again))* (?:"# + verbs + #")\b"#)

    static let reportingWords: Set<String> = Set((verbs + "|according").split(separator: "|").map(String.init))

    /// Words that look like names at a sentence start but are not people.
    static let notNames: Set<String> = ["The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "On", "In", "At",
                                        "But", "And", "Or", "If", "When", "As", "Even", "Just", "Reports", "Government", "Anything",
                                        "Secret", "British", "Russian", "American", "Ukrainian", "Western", "North", "South"]

    public static func find(_ doc: Document, sentences given: [Sentence]? = nil) -> [QuotedSource] {
        let paragraphs = doc.paragraphs
        let sentences = given ?? SentenceSegmenter().sentences(doc.text, paragraphs: paragraphs)
        var found: [String: QuotedSource] = [:]
        var order: [String] = []
        let surnames = LabelResolver.namesBySurname(doc.text, in: doc.body)
        func fullName(forSurname word: String) -> String? {
            if let seen = order.first(where: { $0.hasSuffix(" " + word) }) { return seen }
            let names = surnames[word.lowercased()] ?? []
            return names.count == 1 ? names.first : nil
        }
        func record(_ name: String, _ role: String?, _ span: TextSpan) {
            var key = name
            // A surname alone is the person named in full elsewhere in the document.
            if !name.contains(" "), let full = fullName(forSurname: name) { key = full }
            if found[key] == nil { found[key] = QuotedSource(name: key, role: nil, quotes: []); order.append(key) }
            if found[key]!.role == nil, let r = role?.trimmingCharacters(in: .whitespaces), !r.isEmpty { found[key]!.role = r }
            if !found[key]!.quotes.contains(span) { found[key]!.quotes.append(span) }
        }
        let flat = paragraphs.flatMap { $0 }
        for s in sentences {
            let pieces = SentenceSegmenter.pieces(of: s, in: flat)
            // Only sentences with a reporting word go through the patterns.
            guard pieces.contains(where: { hasReportingWord(doc.text, $0) }) else { continue }
            let text = doc.text.joined(pieces)
            let ns = text as NSString
            let all = NSRange(location: 0, length: ns.length)
            for m in before.matches(in: text, range: all) {
                let name = ns.substring(with: m.range(at: 2))
                guard !notNames.contains(String(name.split(separator: " ")[0])) else { continue }
                var role = cleanRole(descriptor(ns.substring(to: m.range.location)))
                if m.range(at: 3).location != NSNotFound { role = ns.substring(with: m.range(at: 3)) }
                record(name, role, s.span)
            }
            for m in after.matches(in: text, range: all) {
                let name = ns.substring(with: m.range(at: 1))
                guard !notNames.contains(String(name.split(separator: " ")[0])) else { continue }
                let role = m.range(at: 2).location != NSNotFound ? ns.substring(with: m.range(at: 2)) : nil
                record(name, role, s.span)
            }
            for m in surnameVerb.matches(in: text, range: all) {
                let word = ns.substring(with: m.range(at: 1))
                if fullName(forSurname: word) != nil { record(word, nil, s.span) }
            }
        }
        return order.compactMap { found[$0] }
    }

    /// Whether a stretch of text has a reporting word ("said", "according"), checked on the scalars.
    static func hasReportingWord(_ text: SourceText, _ span: TextSpan) -> Bool {
        let s = text
        var i = span.start
        while i < span.end {
            guard s[i].isLetter else { i += 1; continue }
            let start = i
            while i < span.end && s[i].isLetter { i += 1 }
            // Reporting words are 3 to 12 ASCII letters; a word's hash is compared with theirs (a collision
            // only sends a sentence through the patterns, which then find nothing).
            guard (3...12).contains(i - start) else { continue }
            var h: UInt64 = 0xcbf29ce484222325
            for k in start..<i { h = (h ^ UInt64(s[k].value | 0x20)) &* 0x100000001b3 }
            if reportingHashes.contains(h) { return true }
        }
        return false
    }

    /// FNV-1a of each reporting word's lower-case letters.
    static let reportingHashes: Set<UInt64> = Set(reportingWords.map { w in
        w.unicodeScalars.reduce(0xcbf29ce484222325 as UInt64) { ($0 ^ UInt64($1.value | 0x20)) &* 0x100000001b3 }
    })

    /// Up to three words right before a name, back to punctuation ("On Monday, Pentagon spokesman").
    static func descriptor(_ before: String) -> String {
        var words: [Substring] = []
        for w in before.split(separator: " ").reversed() {
            if words.count == 3 || w.hasSuffix(",") || w.hasSuffix(".") || w.hasSuffix(":") || w.hasSuffix("”") || w.hasSuffix("\"") { break }
            words.insert(w, at: 0)
        }
        return words.joined(separator: " ")
    }

    /// A descriptor before a name, without leading function words ("On Monday, Pentagon spokesman" → "Pentagon spokesman").
    static func cleanRole(_ role: String) -> String? {
        var words = role.split(separator: " ").map(String.init)
        let drop: Set<String> = ["on", "in", "at", "the", "a", "an", "and", "but", "that", "monday,", "tuesday,", "wednesday,",
                                 "thursday,", "friday,", "saturday,", "sunday,", "even", "or", "as", "then", "when", "while"]
        while let f = words.first, drop.contains(f.lowercased()) || f.hasSuffix(",") { words.removeFirst() }
        let r = words.joined(separator: " ")
        return r.isEmpty ? nil : r
    }
}
