@testable import BriefingCore
import Testing

/// A sentence's phrases held flat: the same phrases as the occurrences they come from, and resolved against the
/// folder's evidence as the occurrences were.
@Suite struct SentencePhrasesTests {
    /// A sentence of one phrase per list of (word, role), the words spaced one apart in a text made of them.
    func sentence(_ phrases: [[(String, WordRole)]]) -> (SourceText, SentencePhrases) {
        var text = "", s = SentencePhrases()
        for phrase in phrases {
            var spans: [TextSpan] = []
            for (word, _) in phrase {
                let start = text.unicodeScalars.count
                text += word + " "
                spans.append(TextSpan(start, start + word.unicodeScalars.count))
            }
            s.append(phrase.map { $0.0.lowercased() }[...], phrase.map(\.1)[...], spans[...])
        }
        return (SourceText(text), s)
    }

    func phrases(_ s: SentencePhrases, _ text: SourceText) -> [String] { (0..<s.count).map { s.surface($0, in: text) } }

    @Test func holdsWhatTheFinderFound() {
        let text = SourceText("The Korean People's Army moved 300 tanks toward the river, officials said on Monday.")
        let found = PhraseFinder(roles: WordRoles(lexicon: nil)).phrases(text, pieces: [TextSpan(0, text.count)])
        let flat = SentencePhrases(found)
        #expect(flat.count == found.count && found.count >= 3)
        for (k, o) in found.enumerated() {
            #expect(Array(flat.words[flat.range(k)]) == o.words)
            #expect(Array(flat.roles[flat.range(k)]) == o.roles)
            #expect(flat.span(k) == o.span)
            #expect(flat.surface(k, in: text) == o.surface)
        }
    }

    @Test func aVerbSplitsAPhraseUnlessTheFolderUsesItAsANoun() {
        let (text, s) = sentence([[("disease", .noun), ("eats", .verbLike), ("holes", .noun)], [("river", .noun)]])
        #expect(phrases(PhraseFinder.resolve(s, nounUses: [], names: []), text) == ["disease", "holes", "river"])
        #expect(phrases(PhraseFinder.resolve(s, nounUses: ["eats"], names: []), text) == ["disease eats holes", "river"])
    }

    @Test func anUnknownOpenerIsAWordOnlyWhereTheFolderWritesItAsAName() {
        let (text, s) = sentence([[("Hey", .unknownOpener), ("Johnson", .noun)]])
        #expect(phrases(PhraseFinder.resolve(s, nounUses: [], names: []), text) == ["Johnson"])
        let kept = PhraseFinder.resolve(s, nounUses: [], names: ["hey"])
        #expect(phrases(kept, text) == ["Hey Johnson"])
        // Kept, it counts as a noun.
        #expect(Array(kept.roles) == [.noun, .noun])
    }

    @Test func aSplitPartLosesItsTrailingModifiersAndNeedsANoun() {
        let (text, s) = sentence([[("big", .modifier), ("eats", .verbLike), ("red", .modifier), ("cars", .noun)],
                                  [("week", .timeNoun), ("storm", .noun), ("damage", .noun)]])
        #expect(phrases(PhraseFinder.resolve(s, nounUses: [], names: []), text) == ["red cars", "week storm damage"])
    }

    @Test func aSentenceWithNothingToResolveIsHandedBackAsItIs() {
        let (text, s) = sentence([[("air", .modifier), ("base", .noun)], [("Ramstein", .noun)]])
        let same = PhraseFinder.resolve(s, nounUses: [], names: [])
        #expect(phrases(same, text) == ["air base", "Ramstein"])
        #expect(Array(same.ends) == Array(s.ends) && Array(same.spans) == Array(s.spans))
    }
}
