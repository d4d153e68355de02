/// The candidate phrases of one sentence, word by word in flat arrays: each word's lower-cased form, role and
/// span, and where each phrase ends. A sentence holds a few phrases; a handful of arrays per sentence rather
/// than several per phrase is most of the memory the topics of a large corpus take while they are counted.
/// A phrase's surface is its words' spans in the text, joined by a space.
struct SentencePhrases: Sendable {
    /// Lower-cased words, the phrases' one after another.
    private(set) var words: [String] = []
    private(set) var roles: [WordRole] = []
    private(set) var spans: [TextSpan] = []
    /// Phrase k holds words `ends[k - 1]..<ends[k]` (from 0 for the first).
    private(set) var ends: [Int32] = []

    init() {}

    /// The occurrences `PhraseFinder.phrases` gives, in order.
    init(_ occurrences: [PhraseFinder.Occurrence]) {
        for o in occurrences { append(o.words[...], o.roles[...], o.spans[...]) }
        self = tightened()
    }

    /// The same phrases in arrays no larger than what they hold (appending leaves room to grow, and a corpus
    /// holds a great many of these at once).
    func tightened() -> SentencePhrases {
        var s = SentencePhrases()
        (s.words, s.roles, s.spans, s.ends) = (words.map { $0 }, roles.map { $0 }, spans.map { $0 }, ends.map { $0 })
        return s
    }

    /// How many phrases.
    var count: Int { ends.count }

    /// Where phrase k's words are in the flat arrays.
    func range(_ k: Int) -> Range<Int> { (k == 0 ? 0 : Int(ends[k - 1]))..<Int(ends[k]) }

    /// Phrase k's span: from its first word's start to its last word's end.
    func span(_ k: Int) -> TextSpan {
        let r = range(k)
        return TextSpan(spans[r.lowerBound].start, spans[r.upperBound - 1].end)
    }

    /// Phrase k's words as written in `text`.
    func shown(_ k: Int, in text: SourceText) -> [String] { range(k).map { text.string(spans[$0]) } }

    /// Phrase k as written in `text`.
    func surface(_ k: Int, in text: SourceText) -> String { shown(k, in: text).joined(separator: " ") }

    /// Adds a phrase.
    mutating func append(_ words: ArraySlice<String>, _ roles: ArraySlice<WordRole>, _ spans: ArraySlice<TextSpan>) {
        self.words += words
        self.roles += roles
        self.spans += spans
        ends.append(Int32(self.words.count))
    }
}
