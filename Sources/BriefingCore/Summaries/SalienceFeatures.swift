import Foundation

/// What a summary sentence's salience is computed from: its centrality in the text, where it stands, how
/// long it is, who says it, and how much of it is content rather than talk (first and second person,
/// fillers, thanks, an opening discourse word). All in [0, 1] or close to it, the same for any English
/// transcript or article; `SalienceWeights` weighs them (fitted offline, see tools/salience/).
public struct SalienceFeatures: Sendable {
    /// The names of the features, in the order of `values`.
    public static let names = [
        "central", "position", "early", "words", "longWords", "speakerShare", "turnStart", "opensWithI",
        "firstSingular", "firstPlural", "secondPerson", "fillers", "contentShare", "informativeness",
        "number", "discourseOpener", "thanks", "decision", "centralWords", "partPosition", "partOpening",
        "decisionKind", "actionKind",
    ]

    public var values: [Double]

    private static let singular: Set<String> = ["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"]
    private static let plural: Set<String> = ["we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll", "let's"]
    private static let second: Set<String> = ["you", "your", "yours", "yourself", "you're", "you've", "you'd", "you'll"]
    private static let talk: Set<String> = ["yeah", "yes", "okay", "ok", "right", "well", "so", "oh", "like", "mm-hmm", "alright"]
    private static let openers: Set<String> = ["so", "and", "but", "okay", "ok", "yeah", "well", "oh", "right", "um", "uh", "alright", "now", "anyway"]
    private static let decisions: Set<String> = ["decide", "decided", "decision", "agree", "agreed", "conclude", "concluded",
                                                 "will", "we'll", "should", "must", "plan", "propose", "proposed", "recommend"]

    /// Features of every sentence of a pool (the eligible sentences of one summary, in reading order),
    /// given each one's centrality (normalised so that the most central is 1), TF-IDF terms and place in
    /// its part of the document (`Summarizer.Candidate.partPosition`, the same whatever the pool).
    public static func pool(_ texts: [String], speakers: [String?], central: [Double], idf: [String: Double],
                            partPositions: [Double]) -> [SalienceFeatures] {
        let n = texts.count
        let tokens = texts.map { $0.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-") }).map(String.init) }
        var speakerWords: [String: Int] = [:]
        for (s, t) in zip(speakers, tokens) { if let s { speakerWords[s, default: 0] += t.count } }
        let totalWords = max(1, tokens.reduce(0) { $0 + $1.count })
        let maxIDF = max(1e-9, idf.values.max() ?? 1)
        return (0..<n).map { i in
            let w = tokens[i]
            let count = Double(max(1, w.count))
            func share(_ set: Set<String>) -> Double { Double(w.filter { set.contains($0) }.count) / count }
            let content = w.filter { $0.count >= 3 && !Stopwords.isStop($0) }
            let info = content.isEmpty ? 0 : content.reduce(0.0) { $0 + (idf[QuantityParser.singular($1)] ?? maxIDF) } / Double(content.count) / maxIDF
            let words = min(1, Double(w.count) / 40)
            let text = texts[i]
            let kind = SentenceKind.of(text)
            return SalienceFeatures(values: [
                central[i],
                n > 1 ? Double(i) / Double(n - 1) : 0,
                Double(i) < Double(n) * 0.1 ? 1 : 0,
                words,
                w.count >= 12 ? 1 : 0,
                speakers[i].map { Double(speakerWords[$0] ?? 0) / Double(totalWords) } ?? 0,
                i == 0 || speakers[i] != speakers[i - 1] ? 1 : 0,
                w.first == "i" || (w.first?.hasPrefix("i'") ?? false) ? 1 : 0,
                share(singular),
                share(plural),
                share(second),
                Double(w.filter { Stopwords.fillers.contains($0) || talk.contains($0) }.count) / count,
                Double(content.count) / count,
                info,
                text.contains(where: \.isNumber) ? 1 : 0,
                w.first.map { openers.contains($0) } == true ? 1 : 0,
                w.contains { $0.hasPrefix("thank") } ? 1 : 0,
                w.contains { decisions.contains($0) } ? 1 : 0,
                central[i] * words,
                partPositions[i],
                partPositions[i] < 0.1 ? 1 : 0,
                kind == .decision ? 1 : 0,
                kind == .action ? 1 : 0,
            ])
        }
    }

    /// The fitted score (a logit): higher is more like the sentences people's summaries are made of.
    public var score: Double {
        zip(values, SalienceWeights.weights).reduce(SalienceWeights.bias) { $0 + $1.0 * $1.1 }
    }
}
