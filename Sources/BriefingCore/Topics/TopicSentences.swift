/// The corpus's sentences as `TopicExtractor` keeps them for ranking: each sentence's document, speaker and span,
/// its phrases (key and span) and the keys of each phrase's words. Held in a few flat arrays for the whole corpus,
/// addressed by number: sentence `i`'s phrases are the numbers `phrases(i)`, phrase `p`'s words `words(p)`; each
/// key is held once, and the arrays hold its number (`id(of:)`, `name`).
/// (Three arrays per sentence, and a string per key in each document, held most of the memory the topics of a
/// large corpus take, and scattered it.)
struct TopicSentences: Sendable {
    private var documents: [Int32] = []
    private var speakers: [String?] = []
    private var spans: [TextSpan] = []
    /// Sentence i's phrases are `phraseEnds[i - 1]..<phraseEnds[i]` (from 0 for the first).
    private var phraseEnds: [Int] = []
    private var keys: [Int32] = []
    private var phraseSpans: [TextSpan] = []
    /// Phrase p's words are `wordEnds[p - 1]..<wordEnds[p]` of `wordKeys` (from 0 for the first).
    private var wordEnds: [Int] = []
    private var wordKeys: [Int32] = []
    /// The keys by number, and (while sentences are added) the numbers by key.
    private var names: [String] = []
    private var number: [String: Int32] = [:]

    init() {}

    /// Room for this many sentences, phrases and words, so that the arrays are made once at their size.
    mutating func reserve(sentences: Int, phrases: Int, words: Int) {
        documents.reserveCapacity(sentences); speakers.reserveCapacity(sentences); spans.reserveCapacity(sentences)
        phraseEnds.reserveCapacity(sentences)
        keys.reserveCapacity(phrases); phraseSpans.reserveCapacity(phrases); wordEnds.reserveCapacity(phrases)
        wordKeys.reserveCapacity(words)
    }

    /// The number of a key, numbered now if it is new. A new key is held in a string of its own, so that it keeps
    /// nothing else of what it was made with alive.
    mutating func id(of key: String) -> Int32 {
        if let k = number[key] { return k }
        let own = String(decoding: Array(key.utf8), as: UTF8.self)
        number[own] = Int32(names.count)
        names.append(own)
        return Int32(names.count - 1)
    }

    /// Adds a sentence: its phrases' keys (by `id(of:)`) and spans, and their words' keys one phrase after another,
    /// phrase k's ending at `wordEnds[k]` (counted from the sentence's first word).
    mutating func append(document: Int, speaker: String?, span: TextSpan, keys phraseKeys: [Int32], spans ofPhrases: [TextSpan],
                         words: [Int32], wordEnds ends: [Int32]) {
        documents.append(Int32(document)); speakers.append(speaker); spans.append(span)
        let base = wordKeys.count
        keys.append(contentsOf: phraseKeys)
        phraseSpans.append(contentsOf: ofPhrases)
        for e in ends { wordEnds.append(base + Int(e)) }
        wordKeys.append(contentsOf: words)
        phraseEnds.append(keys.count)
    }

    /// Lets go of what only adding sentences needs.
    mutating func finish() { number = [:] }

    var count: Int { documents.count }
    var indices: Range<Int> { 0..<count }

    func document(_ i: Int) -> Int { Int(documents[i]) }
    func speaker(_ i: Int) -> String? { speakers[i] }
    func span(_ i: Int) -> TextSpan { spans[i] }
    /// The key numbered `id`.
    func name(_ id: Int32) -> String { names[Int(id)] }
    /// The numbers of sentence i's phrases.
    func phrases(_ i: Int) -> Range<Int> { (i == 0 ? 0 : phraseEnds[i - 1])..<phraseEnds[i] }
    func key(_ p: Int) -> String { names[Int(keys[p])] }
    func phraseSpan(_ p: Int) -> TextSpan { phraseSpans[p] }
    /// The keys of phrase p's words.
    func words(_ p: Int) -> LazyMapCollection<ArraySlice<Int32>, String> {
        wordKeys[(p == 0 ? 0 : wordEnds[p - 1])..<wordEnds[p]].lazy.map { [names] in names[Int($0)] }
    }
    /// The keys of sentence i's words, its phrases' one after another, and where each phrase's end there.
    func words(ofSentence i: Int) -> (keys: [String], ends: [Int]) {
        let range = phrases(i)
        let first = range.lowerBound == 0 ? 0 : wordEnds[range.lowerBound - 1]
        let last = range.isEmpty ? first : wordEnds[range.upperBound - 1]
        return (wordKeys[first..<last].map { names[Int($0)] }, range.map { wordEnds[$0] - first })
    }
}
