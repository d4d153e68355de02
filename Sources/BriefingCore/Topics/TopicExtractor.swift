import Foundation

/// Key phrases per document, per speaker and for the corpus, in the family of RAKE and YAKE: candidate
/// phrases between function words, scored by frequency and spread in their scope against how many other
/// documents (or speakers) use them, so a phrase frequent everywhere is not a topic of one document.
/// Variants are merged: plurals, demonyms ("North Koreans" with "North Korea"), casing, and an acronym
/// with its expansion where the corpus spells it out.
public struct TopicExtractor: Sendable {
    /// One sentence of the corpus with its phrases.
    struct Sentence {
        var doc: Int
        var speaker: String?
        var span: TextSpan
        var phrases: [(key: String, occurrence: PhraseFinder.Occurrence)]
    }

    let docs: [Document]
    let sentences: [Sentence]
    /// Words of people's names (speakers, quoted sources, listed people): not topics.
    let personWords: Set<String>
    /// Surface forms seen per key, with counts (to choose labels).
    let surfaces: [String: [String: Int]]

    public init(_ docs: [Document], analyses: [SpeakerAnalysis]) {
        self.docs = docs
        var capitalised = Set<String>()
        var raw: [(Int, String?, TextSpan, [PhraseFinder.Occurrence])] = []
        for (d, doc) in docs.enumerated() {
            let paragraphs = doc.paragraphs
            let flat = paragraphs.flatMap { $0 }
            for s in SentenceSegmenter().sentences(doc.text, paragraphs: paragraphs) {
                let speaker = analyses[d].speaker(at: s.span.start)
                let occ = PhraseFinder().phrases(doc.text, pieces: SentenceSegmenter.pieces(of: s, in: flat))
                for o in occ where o.words.count == 1 && o.surface.first?.isUppercase == true { capitalised.insert(o.words[0]) }
                raw.append((d, speaker, s.span, occ))
            }
        }
        let normalizer = VariantNormalizer(capitalised: capitalised, phrases: raw.flatMap { $0.3 })
        var surfaces: [String: [String: Int]] = [:]
        sentences = raw.map { d, speaker, span, occ in
            Sentence(doc: d, speaker: speaker, span: span, phrases: occ.map { o in
                let key = normalizer.key(o.words)
                surfaces[key, default: [:]][o.surface, default: 0] += 1
                return (key, o)
            })
        }
        self.surfaces = surfaces
        var names = Set<String>()
        for (doc, a) in zip(docs, analyses) {
            let people = doc.people.map(\.name) + a.turns.map(\.speaker) + a.quoted.map(\.name)
            for p in people { for w in p.lowercased().split(separator: " ") { names.insert(String(w)) } }
        }
        personWords = names
    }

    /// Topics of one document.
    public func topics(document path: String, limit: Int = 12) -> [Topic] {
        guard let d = docs.firstIndex(where: { $0.path == path }) else { return [] }
        return rank(sentences.indices.filter { sentences[$0].doc == d }, background: groupsByDocument(), limit: limit)
    }

    /// Topics of one speaker (across the documents where they speak).
    public func topics(speaker: String, limit: Int = 12) -> [Topic] {
        let groups = Dictionary(grouping: sentences.indices.filter { sentences[$0].speaker != nil }) { sentences[$0].speaker! }
        return rank(groups[speaker] ?? [], background: Array(groups.values), limit: limit)
    }

    /// Topics of the whole corpus.
    public func topics(limit: Int = 20) -> [Topic] {
        rank(Array(sentences.indices), background: [], limit: limit)
    }

    func groupsByDocument() -> [[Int]] {
        Array(Dictionary(grouping: sentences.indices) { sentences[$0].doc }.values)
    }

    /// Scores the phrases of a scope against the scopes of the background (documents or speakers).
    func rank(_ scope: [Int], background: [[Int]], limit: Int) -> [Topic] {
        guard !scope.isEmpty else { return [] }
        var tf: [String: Int] = [:], spread: [String: Set<Int>] = [:]
        var passages: [String: [Topic.Passage]] = [:]
        var neighbours: [String: Set<String>] = [:]
        for i in scope {
            for (key, o) in sentences[i].phrases {
                tf[key, default: 0] += 1
                spread[key, default: []].insert(i)
                let s = sentences[i]
                passages[key, default: []].append(Topic.Passage(document: docs[s.doc].name, start: o.span.start, end: o.span.end, speaker: s.speaker))
            }
            // The words each word stands beside (YAKE's relatedness: a word beside everything is generic).
            let singles = sentences[i].phrases.filter { !$0.key.contains(" ") }.sorted { $0.occurrence.span.start < $1.occurrence.span.start }
            for (k, p) in singles.enumerated() {
                if k > 0 { neighbours[p.key, default: []].insert(singles[k - 1].key) }
                if k + 1 < singles.count { neighbours[p.key, default: []].insert(singles[k + 1].key) }
            }
        }
        // How often a single word occurs inside a longer phrase that recurs: "korea" inside "north korea".
        var contained: [String: Int] = [:]
        for i in scope {
            let long = sentences[i].phrases.filter { $0.key.contains(" ") && (tf[$0.key] ?? 0) >= 2 }.map(\.occurrence.span)
            for (key, o) in sentences[i].phrases where !key.contains(" ") && long.contains(where: { $0.start <= o.span.start && o.span.end <= $0.end && $0 != o.span }) {
                contained[key, default: 0] += 1
            }
        }
        // In how many background scopes a key occurs.
        var df: [String: Int] = [:]
        for group in background {
            var seen = Set<String>()
            for i in group { for (key, _) in sentences[i].phrases { seen.insert(key) } }
            for k in seen { df[k, default: 0] += 1 }
        }
        let n = Double(max(1, background.count))
        var scored: [(String, Double)] = []
        for (key, count) in tf {
            let words = key.split(separator: " ").count
            if words == 1 && (count < 2 || key.count < 4) { continue }
            if words > 1 && count < 2 { continue }
            // An adverb ("reportedly", "unfortunately") says how, not what.
            if words == 1, key.hasSuffix("ly"), key.count > 4 { continue }
            // People's names are speakers and sources, not topics.
            if key.split(separator: " ").allSatisfy({ personWords.contains(String($0)) }) { continue }
            // A word mostly said as part of a longer topic is that topic.
            if words == 1, Double(contained[key] ?? 0) >= 0.6 * Double(count) { continue }
            let idf = background.isEmpty ? 1.0 : log((n + 1) / (Double(df[key] ?? 0) + 0.5))
            let coverage = Double(spread[key]!.count) / Double(scope.count)
            let proper = (surfaces[key]?.keys.contains { $0.first?.isUppercase == true } ?? false) ? 1.2 : 1.0
            let length = [1: 1.0, 2: 1.5, 3: 1.6][words] ?? 1.6
            // Relatedness: a common word stands beside many different words; a topic word keeps company.
            let relatedness = words == 1 && proper == 1.0 ? Double(neighbours[key]?.count ?? 0) / Double(2 * count) : 0
            let generic = 1.0 / (1.0 + 2.0 * relatedness)
            scored.append((key, pow(Double(count), 0.8) * max(idf, 0.05) * (1 + 5 * coverage) * length * proper * generic))
        }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        // Drop a phrase that is part of a better one with nearly as many occurrences, or contains one that explains it.
        var chosen: [(String, Double)] = []
        for (key, score) in scored {
            // Part of a chosen longer phrase that accounts for most of it: already said.
            if chosen.contains(where: { " \($0.0) ".contains(" \(key) ") && Double(tf[$0.0]!) >= 0.7 * Double(tf[key]!) }) { continue }
            // A longer phrase that accounts for most of a chosen shorter one is the better topic: it takes its place.
            if let k = chosen.firstIndex(where: { " \(key) ".contains(" \($0.0) ") && Double(tf[key]!) >= 0.8 * Double(tf[$0.0]!) }) {
                chosen[k] = (key, chosen[k].1)
                continue
            }
            chosen.append((key, score))
            if chosen.count == limit { break }
        }
        return chosen.map { key, score in
            let forms = surfaces[key] ?? [:]
            var label = forms.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key ?? key
            // An acronym is shown by the words it stands for, when the corpus spells them out.
            if label.count <= 6, label == label.uppercased(), let spelled = forms.filter({ $0.key.contains(" ") }).max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
                label = spelled.key
            }
            let variants = forms.keys.filter { $0.lowercased() != label.lowercased() }.sorted()
            return Topic(label: label, variants: variants, score: (score * 100).rounded() / 100, count: tf[key]!, passages: passages[key]!)
        }
    }
}
