import Foundation

/// The parts of a conversation or article, found by lexical cohesion (TextTiling, Hearst 1997): the words
/// of the sentences before each gap are compared with those after it, and the gaps where that similarity
/// falls deepest, relative to the peaks on either side, start new parts. An agenda cue at a sentence's
/// start ("moving on to", "the next item") deepens its gap. Block and part sizes are shares of the text's
/// length, so that a briefing and a two-hour meeting both come out in a handful of parts. The settings
/// were chosen by Pk against QMSum's topic segments on its training split (tools/segments/).
public struct TopicSegmenter: Sendable {
    /// Sentences compared on each side of a gap, as a share of all sentences (at least 5).
    public var blockShare = 0.15
    /// The fewest sentences in a part, as a share of all sentences (at least 10).
    public var minPartShare = 0.15
    /// A gap starts a part when its depth is at least the mean depth of the valleys plus this many
    /// standard deviations.
    public var cutoff = 1.0

    public init() {}

    /// Phrases that, at the start of a sentence (after an opening discourse word), say that a new item
    /// begins: the words meetings, hearings and briefings use for moving on.
    static let agendaCues: [[String]] = [
        ["next", "item"], ["next", "point"], ["next", "topic"], ["next", "question"], ["next", "agenda"],
        ["next", "thing"], ["move", "on"], ["moving", "on"], ["let's", "move"], ["turn", "to"], ["turning", "to"],
        ["item", "number"], ["agenda", "item"], ["on", "to", "the", "next"], ["onto", "the", "next"],
    ]

    /// The sentence indices at which parts after the first begin, ascending.
    public func boundaries(_ texts: [String]) -> [Int] {
        let n = texts.count
        let block = max(5, Int((Double(n) * blockShare).rounded()))
        let minPart = max(10, Int((Double(n) * minPartShare).rounded()))
        guard n >= 2 * minPart else { return [] }
        // Each sentence's terms by number, then the blocks either side of each gap g (between sentence g-1 and g),
        // g in 1..<n, as counts per term with their dot product and sums of squares kept as the blocks slide: a
        // term added to one side adds its count on the other side to the product. Counts are whole numbers, so
        // every sum is exact and the same as if made afresh at each gap.
        var number: [String: Int] = [:]
        let terms = texts.map { text in
            Self.terms(text).map { w -> Int in
                if let k = number[w] { return k }
                number[w] = number.count
                return number.count - 1
            }
        }
        var left = [Double](repeating: 0, count: number.count), right = left
        var dot = 0.0, leftSquares = 0.0, rightSquares = 0.0
        func add(_ t: [Int], toLeft: Bool, _ sign: Double) {
            for k in t {
                if toLeft {
                    let old = left[k]
                    left[k] = old + sign
                    leftSquares += left[k] * left[k] - old * old
                    dot += sign * right[k]
                } else {
                    let old = right[k]
                    right[k] = old + sign
                    rightSquares += right[k] * right[k] - old * old
                    dot += sign * left[k]
                }
            }
        }
        for i in 0..<min(block, n) { add(terms[i], toLeft: false, 1) }
        var similarity = Array(repeating: 0.0, count: n)
        for g in 1..<n {
            add(terms[g - 1], toLeft: true, 1)
            if g - 1 - block >= 0 { add(terms[g - 1 - block], toLeft: true, -1) }
            add(terms[g - 1], toLeft: false, -1)
            if g - 1 + block < n { add(terms[g - 1 + block], toLeft: false, 1) }
            let (na, nb) = (sqrt(leftSquares), sqrt(rightSquares))
            similarity[g] = na > 0 && nb > 0 ? dot / (na * nb) : 0
        }
        // Smoothed over three gaps.
        var smooth = similarity
        for g in 1..<n {
            let window = [g - 1, g, g + 1].filter { $0 >= 1 && $0 < n }
            smooth[g] = window.reduce(0) { $0 + similarity[$1] } / Double(window.count)
        }
        var depth = Array(repeating: 0.0, count: n)
        for g in 1..<n {
            var l = g
            while l > 1, smooth[l - 1] >= smooth[l] { l -= 1 }
            var r = g
            while r < n - 1, smooth[r + 1] >= smooth[r] { r += 1 }
            depth[g] = (smooth[l] - smooth[g]) + (smooth[r] - smooth[g])
        }
        let valleys = (1..<n).filter { depth[$0] > 0 }
        guard !valleys.isEmpty else { return [] }
        let mean = valleys.reduce(0) { $0 + depth[$1] } / Double(valleys.count)
        let sd = sqrt(valleys.reduce(0) { $0 + (depth[$1] - mean) * (depth[$1] - mean) } / Double(valleys.count))
        // An agenda cue makes its gap (or one within two sentences) a valley at least one deviation deep.
        for g in 1..<n where Self.opensWithAgendaCue(texts[g]) {
            let nearest = (max(1, g - 2)...min(n - 1, g + 2)).max { depth[$0] < depth[$1] } ?? g
            let at = depth[nearest] > depth[g] ? nearest : g
            depth[at] = max(depth[at], 0) + mean + sd
        }
        let threshold = mean + cutoff * sd
        var chosen: [Int] = []
        for g in (1..<n).filter({ depth[$0] >= threshold }).sorted(by: { (depth[$0], -$0) > (depth[$1], -$1) }) {
            guard g >= minPart, n - g >= minPart, chosen.allSatisfy({ abs($0 - g) >= minPart }) else { continue }
            chosen.append(g)
        }
        return chosen.sorted()
    }

    /// Whether a sentence opens with an agenda cue, after at most two opening words ("Okay, so moving on to …").
    static func opensWithAgendaCue(_ text: String) -> Bool {
        let words = Self.asciiWords(text, limit: 7, apostrophes: true)
            ?? text.lowercased().split(whereSeparator: { !($0.isLetter || $0 == "'") }).prefix(7).map(String.init)
        for skip in 0...2 where skip < words.count {
            let rest = Array(words.dropFirst(skip))
            if agendaCues.contains(where: { cue in rest.count >= cue.count && Array(rest.prefix(cue.count)) == cue }) { return true }
        }
        return false
    }

    /// The content words of a sentence, singular.
    static func terms(_ text: String) -> [String] {
        (asciiWords(text, limit: .max, apostrophes: false) ?? text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)).compactMap { raw in
            raw.count >= 3 && !Stopwords.isStop(String(raw)) ? QuantityParser.singular(String(raw)) : nil
        }
    }

    /// The first `limit` words of an ASCII text, lower-cased: runs of letters (and apostrophes, when asked), as
    /// the general split makes them, read byte by byte; nil for other text.
    static func asciiWords(_ text: String, limit: Int, apostrophes: Bool) -> [String]? {
        guard text.isASCII else { return nil }
        var out: [String] = []
        var current: [UInt8] = []
        for b in text.utf8 {
            let letter = (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
            if letter || (apostrophes && b == 39) {
                current.append(letter && b <= 90 ? b + 32 : b)
            } else if !current.isEmpty {
                out.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
                if out.count >= limit { return out }
            }
        }
        if !current.isEmpty, out.count < limit { out.append(String(decoding: current, as: UTF8.self)) }
        return out
    }
}
