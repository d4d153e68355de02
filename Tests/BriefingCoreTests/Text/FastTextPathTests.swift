@testable import BriefingCore
import Foundation
import Testing

/// The fast paths for plain text give exactly what the general paths give.
@Suite struct FastTextPathTests {
    /// `count` random texts of up to `length` characters drawn from `alphabet`.
    static func randomTexts(_ alphabet: String, count: Int, length: Int) -> [String] {
        let letters = Array(alphabet)
        return (0..<count).map { _ in String((0..<Int.random(in: 0...length)).map { _ in letters.randomElement()! }) }
    }

    /// The general word split, as `MeaningLexicon.words` makes it for any text.
    static func generalWords(_ text: String) -> [String] {
        text.lowercased().replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "-") })
            .compactMap { piece -> String? in
                var s = Substring(piece)
                while let f = s.first, f == "'" || f == "-" { s = s.dropFirst() }
                while let l = s.last, l == "'" || l == "-" { s = s.dropLast() }
                return s.isEmpty ? nil : String(s)
            }
    }

    @Test func asciiWordsAreTheGeneralWords() {
        let samples = ["", "   ", "-'-", "Don't stop -- it's 10,000 troops' worth.", "'em well- -known \"North Korea\"\r\nU.S.-led",
                       "A\tB\nc--d''e x-y-z 3rd", "ALL CAPS: WHO'S THERE?"]
        for text in samples {
            #expect(MeaningLexicon.asciiWords(text) == Self.generalWords(text), "\(text)")
            #expect(MeaningLexicon.words(text) == Self.generalWords(text), "\(text)")
        }
        // Random ASCII, letters and the characters the split treats specially weighted up.
        for text in Self.randomTexts("aZq'-  ,.\n\t\r09!?\"", count: 500, length: 40) {
            #expect(MeaningLexicon.asciiWords(text) == Self.generalWords(text), "\(text.debugDescription)")
        }
        // With typographic quotes, dashes, the ellipsis and the no-break space, which the byte path reads too.
        for text in Self.randomTexts("aZq'-  ,.\n\r’‘“”–—…\u{00A0}", count: 1000, length: 40) {
            #expect(MeaningLexicon.asciiWords(text) == Self.generalWords(text), "\(text.debugDescription)")
        }
    }

    /// A text's words joined by spaces, as the claims' copies are told apart, whichever path reads it.
    @Test func normalisedTextsAreTheGeneralWordsJoined() {
        let samples = ["", "   ", "-'-", "Don't stop -- it's 10,000 troops' worth.", "café au lait", "naïve co-operation — “quoted”"]
        for text in samples + Self.randomTexts("aZq'-  ,.\n\r’‘“”–—…\u{00A0}é", count: 1000, length: 40) {
            #expect(MeaningLexicon.normalised(text) == Self.generalWords(text).joined(separator: " "), "\(text.debugDescription)")
        }
    }

    @Test func otherTextsTakeTheGeneralPath() {
        #expect(MeaningLexicon.asciiWords("café") == nil)
        #expect(MeaningLexicon.asciiWords("a ‰ b") == nil && MeaningLexicon.asciiWords("x\u{2028}y") == nil)
        for text in ["Russia’s troops", "naïve co-operation — “quoted”", "Ünïcödé’s –dash"] {
            #expect(MeaningLexicon.words(text) == Self.generalWords(text), "\(text)")
        }
    }

    @Test func replacingAScalarIsFoundationsReplacement() {
        for text in ["", "no match", "it’s ’’ ’", "1,000,000", "a_b_c"] {
            #expect(text.replacingScalar("’", with: "'") == text.replacingOccurrences(of: "’", with: "'"))
            #expect(text.replacingScalar(",", with: nil) == text.replacingOccurrences(of: ",", with: ""))
            #expect(text.replacingScalar("_", with: " ") == text.replacingOccurrences(of: "_", with: " "))
        }
    }

    @Test func questionsAndPunctuationAreFoundationsAnswers() {
        for text in ["", " ", "Really?", "Really? \n\t", "Why?\u{00A0}\u{2028}", "No?!", "¿Qué?", "?", "It is. ", "Is it?)", "\"Is it?\""] {
            #expect(text.endsWithQuestionMark == text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("?"), "\(text.debugDescription)")
        }
        for text in ["", "...", "(word)", "«mot»", "don't.", "--well--", "“quoted”,", "a.b", "¡hola!"] {
            #expect(text.trimmingPunctuation() == text.trimmingCharacters(in: .punctuationCharacters), "\(text)")
        }
    }

    @Test func aSentenceWithoutACueWordIsNoMatch() {
        // Every sentence either expression matches holds one of its cue words.
        let matches = ["They said it was over.", "According to the ministry, 40 died.", "Estimates are rising.",
                       "I disagree with Mark.", "As Ann noted, it failed.", "I wouldn't say that.", "That's not true."]
        for text in matches {
            let range = NSRange(text.startIndex..., in: text)
            let cue = ClaimExtractor.Cues(text)
            if ClaimExtractor.reported.firstMatch(in: text, range: range) != nil { #expect(cue.mayHold(ClaimExtractor.reportedWords), "\(text)") }
            if ClaimExtractor.stance.firstMatch(in: text, range: range) != nil { #expect(cue.mayHold(ClaimExtractor.stanceWords), "\(text)") }
        }
        #expect(!ClaimExtractor.Cues("The bridge was built in 1990.").mayHold(ClaimExtractor.reportedWords))
        #expect(ClaimExtractor.Cues("Ils ont déclaré la guerre.").mayHold(ClaimExtractor.reportedWords))
    }

    @Test func aSharedMemoAnswersAsTheFunctionDoesOnEveryThread() {
        let memo = SharedMemo<Int, String>()
        let answers = parallelMap(count: 4000, minimumChunk: 1) { k in memo.value(for: k % 97) { String(k % 97 * 3) } }
        #expect(answers == (0..<4000).map { String($0 % 97 * 3) })
        // A key already answered is not made again.
        #expect(memo.value(for: 5) { "made again" } == "15")
    }

    @Test func wordsBetweenSpacesAndDigitsAreTheGeneralAnswers() {
        let samples = ["", " ", "one two  three", "\r\nlead and trail\r\n", "a\u{0B}b\u{0C}c", "ünïcode\u{00A0}words\u{2003}here", "٣ and 3"] + Self.randomTexts("ab C1 \t\n\r\u{0B}\u{0C},.", count: 300, length: 30)
        for text in samples {
            #expect(text.splitAtWhitespace() == text.split(whereSeparator: { $0.isWhitespace }), "\(text.debugDescription)")
            #expect(text.hasDecimalDigit == text.unicodeScalars.contains { $0.properties.numericType == .decimal }, "\(text.debugDescription)")
        }
    }

    @Test func segmenterWordsAreTheGeneralSplit() {
        let samples = ["", "Okay, so moving on to the next item.", "'Let's' move -- on", "one two three four five six seven eight nine"] + Self.randomTexts("aB'x- ,.\n9", count: 300, length: 40)
        for text in samples {
            let withApostrophes = text.lowercased().split(whereSeparator: { !($0.isLetter || $0 == "'") }).prefix(7).map(String.init)
            #expect(TopicSegmenter.asciiWords(text, limit: 7, apostrophes: true) == withApostrophes, "\(text.debugDescription)")
            let letters = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            #expect(TopicSegmenter.asciiWords(text, limit: .max, apostrophes: false) == letters, "\(text.debugDescription)")
        }
        #expect(TopicSegmenter.asciiWords("café au lait", limit: 7, apostrophes: true) == nil)
    }

    @Test func includesIsFoundationsContains() {
        let pairs = [("north korean troops", "korean"), (" a b ", " b "), ("abc", ""), ("", "a"), ("aaab", "aab"), ("short", "longer text"),
                     ("naïve plan", "naïve"), ("said so", "said so!"), ("x", "x")]
        for (text, part) in pairs { #expect(text.includes(part) == text.contains(part), "\(text) / \(part)") }
        // Matches at the start, at the end, after a false start, overlapping; random texts and parts of a small alphabet.
        let more = [("abcabd", "abd"), ("ends in match", "match"), ("match first", "match"), ("aaaa", "aaaa"), ("xyz", "xyz!"), ("abab", "bab")]
        for (text, part) in more { #expect(text.includes(part) == text.contains(part), "\(text) / \(part)") }
        let parts = Self.randomTexts("ab ", count: 200, length: 3).filter { !$0.isEmpty }
        for (text, part) in zip(Self.randomTexts("ab c", count: 200, length: 12), parts) {
            #expect(text.includes(part) == text.contains(part), "\(text.debugDescription) / \(part.debugDescription)")
        }
    }

    @Test func checkWorthinessTokensOfASCIIAreTheGeneralTokens() {
        let samples = ["", "Russia's GDP grew 3.6% in 2023, didn't it?", "'quoted' words' end", "A1B2 c'3 ''x"] + Self.randomTexts("aZ09' -,.?$%\n", count: 300, length: 30)
        for text in samples {
            // The general path, as the fitting script reads a sentence: here through a non-ASCII suffix that adds no token.
            let general = CheckWorthiness.tokens(text + " \u{00A0}")
            #expect(CheckWorthiness.asciiTokens(text) == general, "\(text.debugDescription)")
        }
        #expect(CheckWorthiness.asciiTokens("naïve") == nil)
    }

    /// `SourceText.joined` as it was written first, a scalar at a time into a String.
    static func joinedScalarByScalar(_ text: SourceText, _ spans: [TextSpan]) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var previousEnd: Int?
        for span in spans {
            let s = text.clamped(span)
            if let p = previousEnd, !out.isEmpty, text.separatesWords(from: p, to: s.start) { pendingSpace = true }
            previousEnd = s.end
            guard s.start < s.end else { continue }
            for i in s.start..<s.end {
                let c = text[i]
                if c.isSpace {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(" ") }
                    pendingSpace = false
                    out.append(c)
                }
            }
        }
        return String(out)
    }

    @Test func joinedPiecesAreTheTextJoinedScalarByScalar() {
        let texts = ["", "Plain words, two lines\nand a tab\there.", "naïve café — “quoted” 東京 😀 e\u{301}", "**bold** and *soft*\n\n  spaces   "]
            + Self.randomTexts("aé 東\n😀*-", count: 200, length: 24)
        for string in texts {
            let text = SourceText(string)
            let n = text.count
            let spanSets: [[TextSpan]] = [[text.whole], [TextSpan(0, n / 2), TextSpan(n / 2, n)], [TextSpan(0, n / 3), TextSpan(2 * n / 3, n)], []]
            for spans in spanSets {
                #expect(text.joined(spans) == Self.joinedScalarByScalar(text, spans), "\(string.debugDescription) \(spans)")
            }
        }
    }

    @Test func capitalCountsOfASCIIAreTheGeneralCounts() {
        func plain(_ c: [String: (upper: Int, lower: Int)]) -> [String: [Int]] { c.mapValues { [$0.upper, $0.lower] } }
        let samples = ["", "The North Korean units moved, and North Korean envoys spoke.\nNorth Korean", "a\tTab Word, Then\n\n  Two  spaces",
                       "(Quoted) 'Words' --Dash-- $Money +Plus ~Tilde |Bar", "x, Yes, YES. no"]
            + Self.randomTexts("aBcD e,.'!$(-\n\t_+", count: 400, length: 40)
        for text in samples {
            let fast = ClaimBuilder.asciiCapitalCounts(text)
            #expect(fast != nil, "\(text.debugDescription)")
            #expect(fast.map(plain) == plain(ClaimBuilder.generalCapitalCounts(text)), "\(text.debugDescription)")
        }
        // Text with a carriage return or beyond ASCII takes the general path.
        #expect(ClaimBuilder.asciiCapitalCounts("One\r\nTwo") == nil && ClaimBuilder.asciiCapitalCounts("Café Noir") == nil)
    }

    /// `TextSanitizer.clean` as it was before texts with nothing to replace were handed back unread: every
    /// scalar through `placeholder`.
    static func scalarClean(_ s: String, keepLayout: Bool) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if keepLayout, c == "\n" || c == "\t" { out.append(c); continue }
            out.append(TextSanitizer.placeholder(c))
        }
        return String(out)
    }

    @Test func cleaningPlainTextGivesWhatTheScalarPathGives() {
        // ASCII with and without controls, C1 controls, bidirectional marks and overrides, accents, emoji.
        let alphabets = ["aZ .,09", "aZ \n\t\r", "aZ\u{1B}[31m\u{7F}\u{0}", "aé ñ—…\u{85}\u{9B}", "a\u{202E}b\u{2066}\u{200F}\u{61C}👍\n"]
        for alphabet in alphabets {
            for text in Self.randomTexts(alphabet, count: 300, length: 30) {
                for layout in [false, true] {
                    #expect(Array(TextSanitizer.clean(text, keepLayout: layout).unicodeScalars) == Array(Self.scalarClean(text, keepLayout: layout).unicodeScalars),
                            "\(text.debugDescription)")
                }
            }
        }
    }

    @Test func aPathsNameIsItsLastPartAsSplittingGaveIt() {
        let samples = ["", "/", "//", "a", "a/b", "a/b/", "/a/b//", "seeds/one.txt", "x/é/ñ.md"]
        for path in samples + Self.randomTexts("ab/ é.\u{301}", count: 500, length: 12) {
            let split = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
            #expect(Document.name(of: path) == split, "\(path.debugDescription)")
        }
    }
}
