import Foundation

/// Whether a sentence states something worth checking, as people judged debate sentences (ClaimBuster,
/// Arslan et al., ICWSM 2020): a logistic regression over the sentence's words, word pairs and shape (digits,
/// money, percentages, length, a question, a first-person opening, names, a past tense), fitted offline by
/// `tools/checkworthy/fit.py` on ClaimBuster's training debates; the weights ship as
/// `CheckWorthinessWeights.swift`. The features here must stay exactly those of the script.
public struct CheckWorthiness: Sendable {
    public static let shared = CheckWorthiness(table: CheckWorthinessWeights.table, threshold: CheckWorthinessWeights.threshold)

    /// Each feature's weight, with its place among all features in sorted order (see `probability`).
    let weights: [String: (rank: Int32, weight: Double)]
    let bias: Double
    /// The probability from which a sentence counts as check-worthy.
    public let threshold: Double

    init(table: String, threshold: Double) {
        var weights: [String: Double] = [:]
        weights.reserveCapacity(40_000)
        for line in table.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t"), let w = Double(line[line.index(after: tab)...]) else { continue }
            weights[String(line[..<tab])] = w
        }
        bias = weights.removeValue(forKey: "<bias>") ?? 0
        var ranked: [String: (rank: Int32, weight: Double)] = [:]
        ranked.reserveCapacity(weights.count)
        for (rank, key) in weights.keys.sorted().enumerated() { ranked[key] = (Int32(rank), weights[key]!) }
        self.weights = ranked
        self.threshold = threshold
    }

    /// The probability that people would call the sentence check-worthy.
    public func probability(_ sentence: String) -> Double {
        // The known features added in the order of their names (by rank, the same order without sorting
        // strings): the same sum on every run.
        let known = Self.features(sentence).compactMap { weights[$0] }.sorted { $0.rank < $1.rank }
        var sum = 0.0
        for f in known { sum += f.weight }
        let z = bias + sum / Double(max(1, known.count)).squareRoot()
        return 1 / (1 + exp(-max(-30, min(30, z))))
    }

    public func isCheckWorthy(_ sentence: String) -> Bool { probability(sentence) >= threshold }

    /// Lower-cased runs of ASCII letters and digits with inner apostrophes; a token with a digit is "<num>".
    static func tokens(_ text: String) -> [String] {
        if let ascii = asciiTokens(text) { return ascii }
        var out: [String] = []
        var current = String.UnicodeScalarView()
        var digit = false
        let scalars = Array(text.lowercased().unicodeScalars)
        func isWordScalar(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "0" && c <= "9") }
        func flush() {
            if !current.isEmpty { out.append(digit ? "<num>" : String(current)) }
            current = String.UnicodeScalarView()
            digit = false
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if isWordScalar(c) {
                current.append(c)
                if c >= "0" && c <= "9" { digit = true }
            } else if (c == "'" || c == "\u{2019}"), !current.isEmpty, i + 1 < scalars.count, isWordScalar(scalars[i + 1]) {
                current.append("'")
            } else {
                flush()
            }
            i += 1
        }
        flush()
        return out
    }

    /// `tokens` of an ASCII text, read byte by byte; nil for other text (whose lower case may hold ASCII
    /// letters its upper case does not).
    static func asciiTokens(_ text: String) -> [String]? {
        guard text.isASCII else { return nil }
        let bytes = Array(text.utf8)
        var out: [String] = []
        var current: [UInt8] = []
        var digit = false
        func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
        func isWord(_ b: UInt8) -> Bool { let c = lower(b); return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) }
        func flush() {
            if !current.isEmpty { out.append(digit ? "<num>" : String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            digit = false
        }
        for (i, b) in bytes.enumerated() {
            if isWord(b) {
                current.append(lower(b))
                if b >= 48 && b <= 57 { digit = true }
            } else if b == 39, !current.isEmpty, i + 1 < bytes.count, isWord(bytes[i + 1]) {
                current.append(39)
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// The sentence's features, as `tools/checkworthy/fit.py` makes them.
    static func features(_ text: String) -> Set<String> {
        let toks = tokens(text)
        var f = Set<String>()
        var previous = "<s>"
        for w in toks {
            f.insert("w:" + w)
            f.insert("b:" + previous + "_" + w)
            previous = w
        }
        if text.hasDecimalDigit { f.insert("s:digit") }
        if text.contains("%") || toks.contains("percent") { f.insert("s:percent") }
        if text.contains("$") || toks.contains(where: { ["dollars", "billion", "million"].contains($0) }) { f.insert("s:money") }
        if text.endsWithQuestionMark { f.insert("s:question") }
        let n = toks.count
        f.insert(n <= 6 ? "s:len<=6" : n <= 14 ? "s:len7-14" : n <= 29 ? "s:len15-29" : "s:len30+")
        if let first = toks.first, ["i", "we", "my", "our"].contains(first) { f.insert("s:first") }
        if toks.contains("you") || toks.contains("your") { f.insert("s:you") }
        let words = text.splitAtWhitespace()
        let names = words.dropFirst().filter { w in
            let s = Array(w.prefix(2))
            return s.count == 2 && s[0].isUppercase && s[1].isLowercase
        }.count
        f.insert("s:names\(min(names, 3))")
        if toks.contains(where: { $0.hasSuffix("ed") && $0.count > 4 }) { f.insert("s:past") }
        return f
    }
}
