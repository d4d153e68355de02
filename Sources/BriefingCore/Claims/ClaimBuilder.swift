/// Claims of a corpus, linked: extraction per document, then one linking pass over all of them.
public struct ClaimBuilder: Sendable {
    public init() {}

    public func build(_ docs: [Document], analyses: [SpeakerAnalysis], timeline: TimelineBuilder.Result) -> [Claim] {
        buildWithThreads(docs, analyses: analyses, timeline: timeline).claims
    }

    /// The claims with their threads (`ClaimThread`).
    public func buildWithThreads(_ docs: [Document], analyses: [SpeakerAnalysis], timeline: TimelineBuilder.Result) -> (claims: [Claim], threads: [ClaimThread]) {
        let people = Array(Set(analyses.flatMap { $0.turns.map(\.speaker) } + analyses.flatMap { $0.quoted.map(\.name) }))
            .filter { $0 != SpeakerNames.unknown }.sorted() // sorted: a Set's order changes from run to run
        let meaning = MeaningLexicon()
        let personWords = Set(people.flatMap { $0.lowercased().split(separator: " ").map(String.init) }.filter { !meaning.isPlaceName($0) })
        let parser = QuantityParser(entityWords: Self.entityWords(docs), people: personWords, meaning: meaning)
        let extractor = ClaimExtractor(parser: parser)
        // The timeline's mentions by document, once (not a pass over the whole timeline per document).
        var grouped: [String: [(TimelineMention, String)]] = [:]
        for e in timeline.entries { for m in e.mentions { grouped[m.path, default: []].append((m, e.date.label)) } }
        let mentions = grouped
        let perDocument = parallelMap(Array(zip(docs, analyses))) { (pair: (Document, SpeakerAnalysis)) in
            extractor.claims(pair.0, analysis: pair.1, mentions: mentions[pair.0.path] ?? [], dating: timeline.dating[pair.0.path], people: people)
        }
        return ClaimLinker().linkWithThreads(perDocument.flatMap { $0 })
    }

    /// Words the corpus writes with a capital inside sentences (names, nationalities), lower-cased, so that
    /// they are known again in lower-case ASR text.
    public static func entityWords(_ docs: [Document]) -> Set<String> {
        var counts: [String: (upper: Int, lower: Int)] = [:]
        for doc in docs {
            let text = doc.text.string(doc.body)
            // A capital counts only inside a sentence: after a word that ends in a letter or a comma, on the same line.
            var previousInside = false
            for line in text.split(whereSeparator: { $0 == "\n" }) {
                previousInside = false
                for raw in line.split(separator: " ") {
                    let w = raw.trimmingCharacters(in: .punctuationCharacters)
                    if w.count >= 3, let f = w.first, f.isLetter {
                        let key = w.lowercased()
                        if f.isUppercase { if previousInside { counts[key, default: (0, 0)].upper += 1 } }
                        else { counts[key, default: (0, 0)].lower += 1 }
                    }
                    previousInside = raw.last.map { $0.isLetter || $0 == "," } ?? false
                }
            }
        }
        let functionWords: Set<String> = ["us", "it", "who", "may", "will", "can", "one", "the", "and", "but", "for", "not", "our", "his", "her", "all", "new"]
        return Set(counts.filter { $0.value.upper >= 2 && $0.value.upper >= 3 * $0.value.lower && !functionWords.contains($0.key) && !ClaimLinker.stop.contains($0.key) }.keys)
    }
}
