/// Turns a phrase into the key its variants share: singular nouns ("casualties" → "casualty"), demonyms
/// folded into the name they come from when the corpus has it ("Koreans" → "korea", "Chinese" → "china"),
/// and an acronym into the phrase it abbreviates when the corpus spells it out ("DPRK" → "democratic
/// people's republic korea" when that phrase occurs).
public struct VariantNormalizer: Sendable {
    /// Lower-cased words the corpus writes with a capital.
    let names: Set<String>
    /// Acronym → expansion key, from the corpus's own phrases.
    var acronyms: [String: String] = [:]

    /// `groups`: the phrases of each sentence of each document (whose text is `text(g)`), read on all cores;
    /// a later phrase's expansion of an acronym wins, as in one pass over them all.
    init(capitalised: Set<String>, phrasesPerDocument groups: [[SentencePhrases]], text: @Sendable (Int) -> SourceText) {
        names = capitalised
        let folding = self
        let found = parallelMap(Array(groups.indices)) { g -> [(String, String)] in
            var out: [(String, String)] = []
            guard !groups[g].isEmpty else { return out }
            let text = text(g)
            for sentence in groups[g] {
                for k in 0..<sentence.count {
                    let words = sentence.range(k)
                    guard words.count >= 2 else { continue }
                    let shown = sentence.shown(k, in: text)
                    guard shown[0].first?.isUppercase == true else { continue }
                    let initials = String(shown.compactMap(\.first).filter(\.isUppercase))
                    if initials.count >= 2 { out.append((initials.lowercased(), words.map { folding.fold(sentence.words[$0]) }.joined(separator: " "))) }
                }
            }
            return out
        }
        for group in found { for (acronym, expansion) in group { acronyms[acronym] = expansion } }
    }

    /// The key of a phrase; `surface` (as written) tells an acronym ("AIR") from a word ("air").
    public func key(_ words: [String], surface: String? = nil) -> String {
        if words.count == 1, let expansion = acronyms[words[0]], let surface, surface.count >= 2, surface == surface.uppercased() { return expansion }
        return words.map { fold($0) }.joined(separator: " ")
    }

    func fold(_ w: String) -> String {
        if names.contains(w) {
            // A demonym: the name it is made from, if the corpus knows that name.
            for (suffix, replacements) in [("ians", ["ia", "ium", "e", ""]), ("ian", ["ia", "ium", "e", ""]), ("ans", ["a", ""]), ("an", ["a", ""]),
                                           ("ese", ["a", ""]), ("is", [""]), ("i", [""]), ("s", [""])] where w.hasSuffix(suffix) && w.count > suffix.count + 2 {
                let stem = String(w.dropLast(suffix.count))
                for r in replacements where names.contains(stem + r) { return stem + r }
            }
            return w
        }
        return QuantityParser.singular(w)
    }
}
