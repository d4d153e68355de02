import BriefingCore
import BriefingTestSupport
import Testing

/// Each case marks the sentences it expects; the segmenter must find exactly those.
@Suite struct SentenceSegmenterTests {
    func check(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let m = MarkedText(marked)
        let text = m.source
        let paragraphs = ParagraphSplitter.paragraphs(text, in: text.whole)
        let found = SentenceSegmenter().sentences(text, paragraphs: paragraphs).map(\.span)
        #expect(MarkedText.mark(m.text, found) == marked, sourceLocation: sourceLocation)
    }

    @Test func aLongTextScannedInStretchesGivesTheSameSentences() {
        // Paragraphs of every kind the scan decides on, many times over, cut into stretches of a few dozen scalars.
        let kinds = [
            "Maj. Gen. Jo Park spoke on Nov. 21 in the U.S. capital. He said \"No.\" Then he left...",
            "The rate was 3.5 percent! Was it? yes it was, they said.",
            "A page that stops without punctuation and goes on at some length before the break comes here and",
            "continues in the next paragraph. It ends here.",
            "会议结束了。大家都走了！为什么？",
            "so we went there and then we kept going and nobody stopped us and we kept going for hours and hours",
            "(Item No. 3.) “Quoted.” ‘Single.’ Done",
        ]
        let body = (0..<60).map { kinds[$0 % kinds.count] }.joined(separator: "\n\n")
        let text = SourceText(body)
        let paragraphs = ParagraphSplitter.paragraphs(text, in: text.whole)
        var whole = SentenceSegmenter()
        whole.stretchLength = .max
        var stretched = SentenceSegmenter()
        stretched.stretchLength = 40
        let expected = whole.sentences(text, paragraphs: paragraphs).map(\.span)
        #expect(expected.count > 100)
        #expect(stretched.sentences(text, paragraphs: paragraphs).map(\.span) == expected)
    }

    @Test func titlesAndRanks() {
        check("⟦On Monday, Pentagon spokesman Maj. Gen. Jo Park acknowledged it.⟧ ⟦Lt. Gen. Ann Lee disagreed.⟧")
        check("⟦Col. (Ret.) Sam Ortiz served 30 years as an officer.⟧ ⟦Mr. Ortiz and Dr. Ng met Mrs. Ng.⟧")
    }

    @Test func initialisms() {
        check("⟦The U.S. Army and the U.N. agreed.⟧ ⟦It happened in the U.S.⟧ ⟦The next day was calm.⟧")
        check("⟦Forces in the U.K. Parliament debated it.⟧")
    }

    @Test func datesAndNumbers() {
        check("⟦It was first used on Nov. 21 against the city.⟧ ⟦Come Jan. 20 it changes.⟧")
        check("⟦Item No. 3 is on the list.⟧ ⟦The rate was 3.5 percent and 10,000 people left.⟧ ⟦Prices rose.⟧")
        check("⟦They tested it in 2013.⟧ ⟦9 million rounds were sent.⟧")
    }

    @Test func quotes() {
        check("⟦He said, “We will win.”⟧ ⟦Then he left.⟧")
        check("⟦“Are you sure?” she asked.⟧ ⟦He nodded.⟧")
        check("⟦They said it would “run out of steam soon”.⟧ ⟦“In our view, it is hard,” the chief said.⟧")
    }

    @Test func ellipses() {
        check("⟦I mean, there is...⟧ ⟦As you know, it works.⟧")
        check("⟦Well... maybe not.⟧ ⟦Right…⟧ ⟦Okay.⟧")
    }

    @Test func questionsAndExclamations() {
        check("⟦Why is it doing this?⟧ ⟦Well, thanks for the question!⟧ ⟦So it is big.⟧")
    }

    @Test func hardWrappedLinesStayOneParagraph() {
        check("""
        ⟦This is a sentence that runs across a line break in a text that was
        wrapped at a fixed width by whoever saved it.⟧ ⟦Another sentence follows on the
        same wrapped paragraph and ends here.⟧
        """)
    }

    @Test func pageBreakContinuesTheSentence() {
        check("""
        ⟦The speaker went on for a long while about the railway crossing and the fuel cars that were seen on both sides of it, and then said there is

        Nothing more to add on that point.⟧ ⟦Next question.⟧
        """)
    }

    @Test func headlineParagraphsAreSentences() {
        check("""
        ⟦Experts doubt the figures⟧

        ⟦The report could not be verified.⟧ ⟦Officials declined to comment.⟧
        """)
    }

    @Test func runOnsAreSplitAtClauseBoundaries() {
        let words = "we are talking about the numbers on the ground um the estimates are at ten now but others have said twelve even and we do not know what kind of troops they are or how they might be used so we cannot say much yet because nobody has told us and the reports are thin"
        let text = SourceText(words + " " + words + " " + words)
        let sentences = SentenceSegmenter().sentences(text, pieces: [text.whole])
        #expect(sentences.count >= 3)
        #expect(sentences.allSatisfy { $0.span.length <= 280 })
        // Together they cover every word, in order, without overlap.
        #expect(sentences.first?.span.start == 0 && sentences.last?.span.end == text.count)
        for (a, b) in zip(sentences, sentences.dropFirst()) { #expect(a.span.end < b.span.start) }
        // Cuts fall before a clause opener or after a comma, not mid-phrase.
        let openers: Set<String> = ["so", "and", "but", "because", "um", "or", "we", "now", "then", "which", "i", "you", "they", "uh", "well"]
        for s in sentences.dropFirst() {
            let first = text.string(s.span).split(separator: " ").first.map(String.init) ?? ""
            #expect(openers.contains(first), "cut before '\(first)'")
        }
    }

    @Test func offsetsCountUnicodeScalars() {
        // A CJK sentence and an emoji before an English one: offsets are scalar offsets.
        check("⟦这是一个句子。⟧⟦第二句。⟧ ⟦Smile 🙂 now.⟧ ⟦Done.⟧")
    }
}
