@testable import BriefingCore
import Testing

/// The topic extractor's sentences held flat: each sentence gives back the document, speaker, span, phrases and
/// word keys it was added with, each key numbered once.
@Suite struct TopicSentencesTests {
    func table() -> TopicSentences {
        var t = TopicSentences()
        t.reserve(sentences: 3, phrases: 3, words: 5)
        let ids = ["tank", "river crossing", "river", "crossing", "army group", "army", "group"].map { t.id(of: $0) }
        t.append(document: 0, speaker: "Ann", span: TextSpan(0, 30), keys: [ids[0], ids[1]], spans: [TextSpan(4, 9), TextSpan(14, 28)],
                 words: [ids[0], ids[2], ids[3]], wordEnds: [1, 3])
        t.append(document: 0, speaker: nil, span: TextSpan(31, 40), keys: [], spans: [], words: [], wordEnds: [])
        t.append(document: 1, speaker: "Bo", span: TextSpan(0, 20), keys: [ids[4]], spans: [TextSpan(0, 10)],
                 words: [ids[5], ids[6]], wordEnds: [2])
        t.finish()
        return t
    }

    @Test func numbersEachKeyOnce() {
        var t = TopicSentences()
        let a = t.id(of: "tank"), b = t.id(of: "army"), again = t.id(of: "tank")
        #expect(a == again && a != b)
        #expect(t.name(a) == "tank" && t.name(b) == "army")
    }

    @Test func givesBackEachSentence() {
        let t = table()
        #expect(t.count == 3)
        #expect(t.indices.map(t.document) == [0, 0, 1])
        #expect(t.indices.map(t.speaker) == ["Ann", nil, "Bo"])
        #expect(t.span(1) == TextSpan(31, 40))
        #expect(t.phrases(0) == 0..<2 && t.phrases(1).isEmpty && t.phrases(2) == 2..<3)
        #expect(t.phrases(0).map(t.key) == ["tank", "river crossing"])
        #expect(t.phraseSpan(2) == TextSpan(0, 10))
    }

    @Test func givesEachPhraseItsWords() {
        let t = table()
        #expect(Array(t.words(0)) == ["tank"])
        #expect(Array(t.words(1)) == ["river", "crossing"])
        #expect(Array(t.words(2)) == ["army", "group"])
        let third = t.words(ofSentence: 2)
        #expect(third.keys == ["army", "group"] && third.ends == [2])
        let first = t.words(ofSentence: 0)
        #expect(first.keys == ["tank", "river", "crossing"] && first.ends == [1, 3])
        #expect(t.words(ofSentence: 1).keys.isEmpty && t.words(ofSentence: 1).ends.isEmpty)
    }
}
