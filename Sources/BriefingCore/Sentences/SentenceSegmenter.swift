import Foundation

/// Splits text into sentences in a way that survives briefing text: titles and ranks (`Maj. Gen.`,
/// `Col. (Ret.)`), initialisms (`U.S.`), dates (`Nov. 21`), `No. 3`, decimals and `10,000`, quotes,
/// ellipses, hard-wrapped lines, paragraphs cut by page breaks, and unpunctuated ASR run-ons
/// (split at clause boundaries once they grow past `maxLength`).
public struct SentenceSegmenter: Sendable {
    /// A sentence longer than this (in scalars) is split at clause boundaries.
    public var maxLength: Int
    /// A paragraph at least this long that stops without punctuation is taken to continue in the next one.
    public var pageBreakMinLength: Int
    /// A text longer than this (in scalars) is scanned in stretches of about this length on all cores.
    public var stretchLength = 100_000

    public init(maxLength: Int = 280, pageBreakMinLength: Int = 120) {
        self.maxLength = maxLength
        self.pageBreakMinLength = pageBreakMinLength
    }

    /// Sentences of a single paragraph given as pieces (lines) of the original text.
    public func sentences(_ text: SourceText, pieces: [TextSpan]) -> [Sentence] {
        sentences(text, paragraphs: [pieces])
    }

    /// Sentences of consecutive paragraphs; a sentence may run on from one paragraph into the next.
    public func sentences(_ text: SourceText, paragraphs: [[TextSpan]]) -> [Sentence] {
        let stream = Stream(text, paragraphs)
        guard !stream.chars.isEmpty else { return [] }
        var cuts = boundaries(stream)
        cuts = splitRunOns(stream, cuts)
        var result: [Sentence] = []
        var start = 0
        for cut in cuts + [stream.chars.count] {
            if let span = stream.originalSpan(start, cut) { result.append(Sentence(span)) }
            start = cut
        }
        return result
    }

    /// The parts of the pieces that fall inside a sentence's span.
    /// `pieces` must be in text order (as a document's blocks are); found by binary search.
    public static func pieces(of sentence: Sentence, in pieces: [TextSpan]) -> [TextSpan] {
        var out: [TextSpan] = []
        var k = pieces.firstIndex(endingAfter: sentence.span.start) { $0.end }
        while k < pieces.count, pieces[k].start < sentence.span.end {
            let s = max(pieces[k].start, sentence.span.start), e = min(pieces[k].end, sentence.span.end)
            if s < e { out.append(TextSpan(s, e)) }
            k += 1
        }
        return out
    }

    // MARK: - The joined stream

    /// The pieces laid end to end: a space between lines, a paragraph mark between paragraphs.
    struct Stream {
        static let paragraphMark: Unicode.Scalar = "\u{2029}"
        var chars: [Unicode.Scalar] = []
        /// Original offset of each char, or -1 for inserted separators.
        var origin: [Int] = []
        /// Length of the paragraph that each paragraph mark closes.
        var paragraphLength: [Int: Int] = [:]

        init(_ text: SourceText, _ paragraphs: [[TextSpan]]) {
            // Room for every piece and a separator after each, so that the arrays grow once.
            let size = paragraphs.reduce(0) { total, para in para.reduce(total) { $0 + $1.length + 1 } }
            chars.reserveCapacity(size)
            origin.reserveCapacity(size)
            for (k, para) in paragraphs.enumerated() where !para.isEmpty {
                if k > 0, !chars.isEmpty {
                    paragraphLength[chars.count] = para.isEmpty ? 0 : lastParagraphLength
                    chars.append(Stream.paragraphMark); origin.append(-1)
                }
                var length = 0
                for (j, piece) in para.enumerated() {
                    if j > 0 { chars.append(" "); origin.append(-1); length += 1 }
                    chars.append(contentsOf: text[piece.start..<piece.end])
                    origin.append(contentsOf: piece.start..<piece.end)
                    length += piece.length
                }
                lastParagraphLength = length
            }
        }
        private var lastParagraphLength = 0

        func originalSpan(_ a: Int, _ b: Int) -> TextSpan? {
            var s = a, e = b
            while s < e, origin[s] < 0 || chars[s].isSpace { s += 1 }
            while e > s, origin[e - 1] < 0 || chars[e - 1].isSpace { e -= 1 }
            guard s < e else { return nil }
            return TextSpan(origin[s], origin[e - 1] + 1)
        }
    }

    // MARK: - Boundaries

    func boundaries(_ st: Stream) -> [Int] {
        // A long text in stretches on all cores. Each stretch but the first starts at a paragraph mark: the scan
        // below looks at a paragraph mark on its own (no run of marks passes over one), so a scan that starts
        // there finds what a scan from the beginning finds from there on.
        let count = st.chars.count
        let stretches = min(ProcessInfo.processInfo.activeProcessorCount * 4, count / max(1, stretchLength))
        var starts = [0]
        for k in 1..<max(1, stretches) {
            var at = max(starts.last! + 1, count * k / stretches)
            while at < count, st.chars[at] != Stream.paragraphMark { at += 1 }
            if at < count { starts.append(at) }
        }
        guard starts.count > 1 else { return boundaries(st, from: 0, to: count) }
        let ranges = starts.indices.map { starts[$0]..<(starts.indices.contains($0 + 1) ? starts[$0 + 1] : count) }
        return parallelMap(ranges) { boundaries(st, from: $0.lowerBound, to: $0.upperBound) }.flatMap { $0 }
    }

    /// The cuts of the scan from `start` (0 or a paragraph mark) up to `end`.
    func boundaries(_ st: Stream, from start: Int, to end: Int) -> [Int] {
        let c = st.chars
        var cuts: [Int] = []
        var i = start
        while i < end {
            let ch = c[i]
            if ch == Stream.paragraphMark {
                if paragraphBreakEndsSentence(st, at: i) { cuts.append(i + 1) }
                i += 1
                continue
            }
            guard isTerminator(ch) else { i += 1; continue }
            // The run of terminators and closing quotes/brackets.
            var j = i
            while j < c.count, isTerminator(c[j]) { j += 1 }
            let terminatorRun = j - i
            while j < c.count, c[j].isClosingPunctuation, !(c[j] == "'" && j + 1 < c.count && c[j + 1].isLetter) { j += 1 }
            let atEnd = j >= c.count
            if c[i..<(i + terminatorRun)].contains(where: isWideTerminator) {
                if !atEnd { cuts.append(j) } // 。！？ end a sentence with no space after them
                i = j
                continue
            }
            guard atEnd || c[j].isSpace else { i = j; continue } // "U.S", "3.5", "e.g.x"
            if atEnd { break }
            let next = nextWord(c, from: j)
            if decide(c, terminatorAt: i, run: terminatorRun, next: next) {
                cuts.append(j)
            }
            i = j
        }
        return cuts
    }

    private func isWideTerminator(_ c: Unicode.Scalar) -> Bool { c == "\u{3002}" || c == "\u{FF01}" || c == "\u{FF1F}" }

    private func isTerminator(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" || c == "\u{2026}" || c == "\u{3002}" || c == "\u{FF01}" || c == "\u{FF1F}" }

    /// Whether the terminator run starting at `i` ends the sentence, given the following word.
    private func decide(_ c: [Unicode.Scalar], terminatorAt i: Int, run: Int, next: String) -> Bool {
        guard let first = next.unicodeScalars.first else { return true }
        let startsLower = first.isLower
        let startsUpper = first.isUpper || first.isOpeningPunctuation || first.isDash || first.isCJK
        let startsDigit = first.isDigit
        if c[i] == "?" || c[i] == "!" { return !startsLower }
        if c[i] == "\u{2026}" || run >= 3 { return startsUpper || startsDigit }
        // A single full stop: look at the word it ends.
        let word = previousWord(c, before: i)
        let lower = word.lowercased()
        if startsLower { return false }
        if Abbreviations.titles.contains(lower) { return !(startsUpper || startsDigit) }
        if Abbreviations.neverFinal.contains(lower) { return false }
        if Abbreviations.beforeNumbers.contains(lower), startsDigit { return false }
        let opener = Abbreviations.sentenceOpeners.contains(next.lowercased())
        if Abbreviations.sometimesFinal.contains(lower) { return opener }
        if isInitialism(word) { return opener || next == "I" }
        return true
    }

    /// `U.S`, `D.C`, `J` (a lone capital, as in `John F. Kennedy`).
    private func isInitialism(_ word: String) -> Bool {
        let u = Array(word.unicodeScalars)
        if u.count == 1 { return u[0].isUpper }
        guard u.contains(".") else { return false }
        return u.allSatisfy { $0 == "." || $0.isLetter } && u.filter({ $0.isLetter }).count <= 4
    }

    private func previousWord(_ c: [Unicode.Scalar], before i: Int) -> String {
        var s = i
        while s > 0, !(c[s - 1].isSpace || c[s - 1] == "(" || c[s - 1] == "[" || c[s - 1].isQuote && c[s - 1] != "'" || c[s - 1] == Stream.paragraphMark) { s -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: c[s..<i])
        return String(view)
    }

    private func nextWord(_ c: [Unicode.Scalar], from j: Int) -> String {
        var s = j
        while s < c.count, c[s].isSpace || c[s] == Stream.paragraphMark { s += 1 }
        if s < c.count, c[s].isOpeningPunctuation || c[s].isDash { return String(c[s]) }
        var e = s
        while e < c.count, c[e].isLetter || c[e].isDigit || c[e] == "'" || c[e] == "\u{2019}" { e += 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: c[s..<max(e, min(s + 1, c.count))])
        return String(view)
    }

    /// A paragraph break ends the sentence unless the paragraph stopped mid-sentence at a page break:
    /// a long paragraph with no final punctuation, or a next paragraph that starts in lower case.
    private func paragraphBreakEndsSentence(_ st: Stream, at i: Int) -> Bool {
        let c = st.chars
        var p = i - 1
        while p >= 0, c[p].isSpace { p -= 1 }
        guard p >= 0 else { return false }
        var q = p
        while q >= 0, c[q].isClosingPunctuation { q -= 1 }
        if q >= 0, isTerminator(c[q]) {
            // The terminator rule already ran; it left the sentence open (e.g. lower case follows).
            return false
        }
        let next = nextWord(c, from: i + 1)
        if let f = next.unicodeScalars.first, f.isLower { return false }
        if c[p] == "," || c[p] == ";" || c[p].isDash { return false }
        return (st.paragraphLength[i] ?? 0) < pageBreakMinLength
    }

    // MARK: - Run-ons

    /// Splits sentences longer than `maxLength` at the best clause boundary in reach.
    func splitRunOns(_ st: Stream, _ cuts: [Int]) -> [Int] {
        var out: [Int] = []
        var start = 0
        for cut in cuts + [st.chars.count] {
            var s = start
            while cut - s > maxLength {
                guard let k = clauseCut(st.chars, from: s, to: cut) else { break }
                out.append(k)
                s = k
            }
            if cut < st.chars.count { out.append(cut) }
            start = cut
        }
        return out
    }

    /// Words before which an unpunctuated run-on can be cut.
    static let clauseOpeners: Set<String> = ["so", "and", "but", "because", "well", "uh", "um", "now", "then", "which", "or", "i", "we", "you", "they", "yeah", "okay", "right"]

    private func clauseCut(_ c: [Unicode.Scalar], from s: Int, to e: Int) -> Int? {
        let target = s + maxLength * 2 / 3
        let lo = s + maxLength / 3, hi = min(e - 20, s + maxLength)
        guard lo < hi else { return nil }
        var best: (score: Int, pos: Int)?
        var k = lo
        while k < hi {
            if c[k].isSpace, k + 1 < c.count, !c[k + 1].isSpace {
                let w = nextWord(c, from: k + 1).lowercased()
                var score = 0
                if k > 0, c[k - 1] == "," || c[k - 1] == ";" || c[k - 1] == ":" || c[k - 1].isDash { score = 3 }
                if SentenceSegmenter.clauseOpeners.contains(w) { score += 2 }
                if score > 0 {
                    let candidate = (score * 1000 - abs(k - target), k + 1)
                    if best == nil || candidate.0 > best!.score { best = (candidate.0, candidate.1) }
                }
            }
            k += 1
        }
        if let best { return best.pos }
        // No clause boundary: cut at the last space before the limit.
        var p = hi
        while p > lo, !c[p].isSpace { p -= 1 }
        return p > lo ? p + 1 : nil
    }
}
