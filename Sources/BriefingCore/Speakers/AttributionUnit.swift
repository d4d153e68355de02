/// The smallest stretch of an unlabelled transcript that is given one speaker: a sentence, or a part of
/// one where speakers may change without punctuation (an ASR run-on, a dash interjection).
public struct AttributionUnit: Sendable, Equatable {
    public var span: TextSpan
    /// The words, white space folded.
    public var text: String
    /// Set off by a spaced dash (`- Thanks. -`), which marks a change of speaker in some transcripts.
    public var dashMarked: Bool
    /// Opens a paragraph with a capital letter after a paragraph that ended a sentence.
    public var startsParagraph = false
    /// Opens a paragraph in the middle of a sentence begun in the one before ("… like "Ms." / "Hall, as a
    /// lawyer, …"): a line break, not a new speaker's first words, so its first words address no one.
    public var continuesSentence = false

    /// Units of a document body. Sentences are cut further at every sentence mark whatever case follows,
    /// at spaced dashes, and before reply words inside unpunctuated run-ons.
    public static func units(_ text: SourceText, paragraphs: [[TextSpan]], sentences: [Sentence]? = nil) -> [AttributionUnit] {
        // Pieces with the paragraph they belong to: a unit never crosses a paragraph break, since in a
        // transcript a new paragraph often means a new speaker even where the sentence runs on.
        let pieces = paragraphs.enumerated().flatMap { k, para in para.map { (k, $0) } }
        let all = sentences ?? SentenceSegmenter().sentences(text, paragraphs: paragraphs)
        // Each sentence on its own, on all cores: the first piece it may hold is found by binary search.
        return parallelMap(count: all.count, minimumChunk: 512) { n -> [AttributionUnit] in
            let sentence = all[n]
            var q = pieces.firstIndex(endingAfter: sentence.span.start) { $0.1.end }
            var parts: [(Int, TextSpan)] = []
            while q < pieces.count, pieces[q].1.start < sentence.span.end {
                let s = max(pieces[q].1.start, sentence.span.start), e = min(pieces[q].1.end, sentence.span.end)
                if s < e { parts.append((pieces[q].0, TextSpan(s, e))) }
                q += 1
            }
            var units: [AttributionUnit] = []
            var k = 0
            while k < parts.count {
                var j = k
                while j + 1 < parts.count, parts[j + 1].0 == parts[k].0 { j += 1 }
                var piece = split(text, parts[k...j].map(\.1))
                let para = parts[k].0
                if k > 0, !piece.isEmpty {
                    piece[0].continuesSentence = true
                } else if !piece.isEmpty, parts[k].1.start == paragraphs[para].first?.start, text[parts[k].1.start].isUpper,
                   para > 0, let prevEnd = paragraphs[para - 1].last?.end, prevEnd > 0, ".?!\u{201D}\"".unicodeScalars.contains(text[prevEnd - 1]) {
                    piece[0].startsParagraph = true
                }
                units += piece
                k = j + 1
            }
            return units
        }.flatMap { $0 }
    }

    /// Reply words that start a new speaker's words inside a run-on with no punctuation.
    static let runOnOpeners: Set<String> = ["well", "yeah", "yep", "okay", "correct"]
    static let longestRunOnOpener = runOnOpeners.map(\.count).max() ?? 0
    static let longestSentenceOpener = Abbreviations.sentenceOpeners.map(\.count).max() ?? 0
    /// What follows a reply word that opens a clause ("well the russians", not "well trained").
    static let clauseStarts: Set<String> = ["the", "they", "i", "we", "it", "you", "that", "there", "so", "he", "she", "this", "a", "and", "but", "um", "uh", "no", "yes", "yeah", "what", "if"]

    static func nextWord(_ chars: [Unicode.Scalar], from i: Int) -> String {
        var j = i
        while j < chars.count, chars[j].isLetter { j += 1 }
        return String(scalars: chars[min(i, j)..<j]).lowercased()
    }

    /// `Mr.`, `Gen.`, `etc.`: a full stop that does not end anything.
    static func isAbbreviation(_ chars: [Unicode.Scalar], before i: Int) -> Bool {
        var s = i
        while s > 0, chars[s - 1].isLetter { s -= 1 }
        let w = String(scalars: chars[s..<i]).lowercased()
        return Abbreviations.titles.contains(w) || Abbreviations.beforeNumbers.contains(w) || Abbreviations.neverFinal.contains(w)
    }

    static func split(_ text: SourceText, _ parts: [TextSpan]) -> [AttributionUnit] {
        // The sentence as one stream of scalars with their offsets, pieces joined by a space.
        var chars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        let size = parts.reduce(0) { $0 + $1.length + 1 }
        chars.reserveCapacity(size)
        offsets.reserveCapacity(size)
        for part in parts {
            if !chars.isEmpty { chars.append(" "); offsets.append(part.start) }
            chars.append(contentsOf: text[part.start..<part.end])
            offsets.append(contentsOf: part.start..<part.end)
        }
        var cuts: [(at: Int, dash: Bool)] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "?" || c == "!" || (c == "." && i > 1 && (chars[i - 1].isLower || chars[i - 1].isDigit) && !isAbbreviation(chars, before: i)),
               i + 1 < chars.count, chars[i + 1].isSpace {
                var j = i + 1
                while j < chars.count, chars[j].isSpace { j += 1 }
                if j < chars.count, !(chars[j].isDigit) { cuts.append((j, false)) }
            } else if c.isDash, i > 0, chars[i - 1].isSpace, i + 1 < chars.count, chars[i + 1].isSpace {
                cuts.append((i, true))
                cuts.append((i + 1, true))
            } else if c.isSpace, i > 0, chars[i - 1].isLetter || chars[i - 1].isDigit {
                var j = i + 1
                while j < chars.count, chars[j].isLetter { j += 1 }
                // The next word is spelled out only when it is short enough to be one of the words looked for.
                let length = j - i - 1
                let capitalisedAfterLower = chars[i - 1].isLower && i + 1 < chars.count && chars[i + 1].isUpper
                if length > 0, (i > 40 && length <= Self.longestRunOnOpener) || (capitalisedAfterLower && length <= Self.longestSentenceOpener) {
                    let word = String(scalars: chars[(i + 1)..<j])
                    if runOnOpeners.contains(word), j < chars.count, chars[j].isSpace, i > 40,
                       clauseStarts.contains(nextWord(chars, from: j + 1)) { cuts.append((i + 1, false)) }
                    // A page break that capitalised a new sentence's first word: "… maybe How badly do you …".
                    else if capitalisedAfterLower, word != "I",
                            Abbreviations.sentenceOpeners.contains(word.lowercased()) { cuts.append((i + 1, false)) }
                }
            }
            i += 1
        }
        var units: [AttributionUnit] = []
        var start = 0
        var dash = false
        for cut in cuts + [(chars.count, false)] where cut.at > start || cut.at == chars.count {
            var s = start, e = cut.at
            while s < e, chars[s].isSpace || chars[s].isDash { s += 1 }
            // A dash set off by spaces goes; one on the word before it stays ("Mis-": a word broken off).
            while e > s, chars[e - 1].isSpace || (chars[e - 1].isDash && (e - 1 == s || chars[e - 2].isSpace || chars[e - 2].isDash)) { e -= 1 }
            if s < e {
                let words = String(foldingSpaces: chars[s..<e])
                units.append(AttributionUnit(span: TextSpan(offsets[s], offsets[e - 1] + 1), text: words, dashMarked: dash))
            }
            dash = cut.dash
            start = cut.at
        }
        return units
    }
}
