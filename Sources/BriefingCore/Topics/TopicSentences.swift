/// The corpus's sentences as `TopicExtractor` keeps them for ranking: each sentence's document, speaker and span,
/// its phrases (key and span) and the keys of each phrase's words. Held in a few flat arrays for the whole corpus,
/// addressed by number: sentence `i`'s phrases are the numbers `phrases(i)`, phrase `p`'s words `words(p)`.
/// (Three arrays per sentence held most of the memory the topics of a large corpus take, and scattered it.)
struct TopicSentences: Sendable {
    private var documents: [Int32] = []
    private var speakers: [String?] = []
    private var spans: [TextSpan] = []
    /// Sentence i's phrases are `phraseEnds[i - 1]..<phraseEnds[i]` (from 0 for the first).
    private var phraseEnds: [Int] = []
    private var keys: [String] = []
    private var phraseSpans: [TextSpan] = []
    /// Phrase p's words are `wordEnds[p - 1]..<wordEnds[p]` of `wordKeys` (from 0 for the first).
    private var wordEnds: [Int] = []
    private var wordKeys: [String] = []

    init() {}

    /// Room for this many sentences, phrases and words, so that the arrays are made once at their size.
    mutating func reserve(sentences: Int, phrases: Int, words: Int) {
        documents.reserveCapacity(sentences); speakers.reserveCapacity(sentences); spans.reserveCapacity(sentences)
        phraseEnds.reserveCapacity(sentences)
        keys.reserveCapacity(phrases); phraseSpans.reserveCapacity(phrases); wordEnds.reserveCapacity(phrases)
        wordKeys.reserveCapacity(words)
    }

    /// Adds a sentence: its phrases' keys and spans, and their words' keys one phrase after another, phrase k's
    /// ending at `wordEnds[k]` (counted from the sentence's first word).
    mutating func append(document: Int, speaker: String?, span: TextSpan, phrases: [(key: String, span: TextSpan)],
                         wordKeys words: some Sequence<String>, wordEnds ends: [Int32]) {
        documents.append(Int32(document)); speakers.append(speaker); spans.append(span)
        let base = wordKeys.count
        for (key, span) in phrases { keys.append(key); phraseSpans.append(span) }
        for e in ends { wordEnds.append(base + Int(e)) }
        wordKeys.append(contentsOf: words)
        phraseEnds.append(keys.count)
    }

    var count: Int { documents.count }
    var indices: Range<Int> { 0..<count }

    func document(_ i: Int) -> Int { Int(documents[i]) }
    func speaker(_ i: Int) -> String? { speakers[i] }
    func span(_ i: Int) -> TextSpan { spans[i] }
    /// The numbers of sentence i's phrases.
    func phrases(_ i: Int) -> Range<Int> { (i == 0 ? 0 : phraseEnds[i - 1])..<phraseEnds[i] }
    func key(_ p: Int) -> String { keys[p] }
    func phraseSpan(_ p: Int) -> TextSpan { phraseSpans[p] }
    /// The keys of phrase p's words.
    func words(_ p: Int) -> ArraySlice<String> { wordKeys[(p == 0 ? 0 : wordEnds[p - 1])..<wordEnds[p]] }
    /// The keys of sentence i's words, its phrases' one after another, and where each phrase's end there.
    func words(ofSentence i: Int) -> (keys: ArraySlice<String>, ends: [Int]) {
        let range = phrases(i)
        let first = range.lowerBound == 0 ? 0 : wordEnds[range.lowerBound - 1]
        let last = range.isEmpty ? first : wordEnds[range.upperBound - 1]
        return (wordKeys[first..<last], range.map { wordEnds[$0] - first })
    }
}
