import Foundation

/// Gives labelled turns the names the text itself supplies: `MR. KIRBY` is the `John Kirby` named in the
/// header; a `Q` turn is the reporter the moderator just called on ("our next question will go to Ron Kampeas").
public enum LabelResolver {
    /// Honorifics and ranks that stand before a surname in a label.
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "prof", "gen", "general", "adm", "admiral", "col",
                                          "colonel", "sec", "secretary", "amb", "ambassador", "sen", "senator", "rep", "gov",
                                          "governor", "president", "minister", "capt", "captain", "maj", "lt"]

    static let callOn = try! NSRegularExpression(pattern:
        #"(?i:questions? (?:will |is going to |goes |comes )?(?:go |come )?(?:to|from)|go ahead,?|over to|call on|turn to) ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"#)

    /// A surname-only label → the full name that ends with it in the text, when exactly one does.
    /// Every capitalised word is tried as a surname with the capitalised word before it as the first name,
    /// so that "Press Secretary Dana Holt" yields "Dana Holt".
    /// `also`: other text about the document that may name the speakers in full (its title, listed people).
    public static func fullNames(for labels: Set<String>, in text: SourceText, also: [String] = []) -> [String: String] {
        // Labels that are a surname alone, after any honorific; the text is read only when there are some.
        let surnames: [(String, String)] = labels.compactMap { label in
            let words = label.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
            let rest = words.drop { honorifics.contains($0.lowercased()) }
            guard rest.count == 1, let surname = rest.first, surname.count >= 2 else { return nil }
            return (label, surname.lowercased())
        }
        guard !surnames.isEmpty else { return [:] }
        var byLast = namesBySurname(text)
        for extra in also where !extra.isEmpty {
            byLast.merge(namesBySurname(SourceText(extra))) { $0.union($1) }
        }
        var out: [String: String] = [:]
        for (label, surname) in surnames {
            let candidates = byLast[surname] ?? []
            if candidates.count == 1, let full = candidates.first { out[label] = full }
        }
        return out
    }

    /// Two-word names in a text (a capitalised word after another), by lower-cased surname; honorifics
    /// are not first names ("Secretary Dana Holt" gives "Dana Holt"). One pass over the scalars.
    public static func namesBySurname(_ text: SourceText, in span: TextSpan? = nil) -> [String: Set<String>] {
        var byLast: [String: Set<String>] = [:]
        var previous: String?
        text.forEachWord(in: span, trimming: \.isPunctuation) { raw, w in
            guard text.isCapitalisedWord(w) else { previous = nil; return }
            let word = text.string(w)
            if let first = previous, !honorifics.contains(first.lowercased()) {
                byLast[word.lowercased(), default: []].insert(first + " " + word)
            }
            // A word ending in punctuation closes the name run.
            previous = text[raw.end - 1].isLetter ? word : nil
        }
        return byLast
    }

    /// The person a moderator's words call on, if any.
    public static func calledOn(in text: String) -> String? {
        let ns = text as NSString
        let matches = callOn.matches(in: text, range: NSRange(location: 0, length: ns.length))
        guard let m = matches.last else { return nil }
        let name = ns.substring(with: m.range(at: 1))
        return name.split(separator: " ").count >= 2 ? name : nil
    }

    /// Whether a label stands for an anonymous questioner.
    public static func isQuestioner(_ label: String) -> Bool {
        let l = label.lowercased().trimmingCharacters(in: .punctuationCharacters)
        return l == "q" || l == "question" || l == "reporter" || l == "audience member"
    }
}
