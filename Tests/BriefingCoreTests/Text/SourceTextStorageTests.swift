@testable import BriefingCore
import Testing

/// A text is held in two bytes a scalar when it can be and in four when not: either way it reads back scalar for
/// scalar as written, and its spans give the same strings.
@Suite struct SourceTextStorageTests {
    /// ASCII, Latin-1, typographic punctuation, CJK, a combining mark, the replacement character and a byte-order
    /// mark; the wide alphabet adds emoji and other scalars beyond the Basic Multilingual Plane.
    static let narrow = "abc XYZ 019.,\n\téßñ\u{00A0}\u{2019}\u{201C}\u{2014}\u{2026}中文\u{0301}\u{FFFD}\u{FEFF}"
    static let wide = narrow + "😀\u{1F1FA}\u{10FFFF}𝔸"

    @Test func readsBackAsWrittenEitherWay() {
        for string in FastTextPathTests.randomTexts(Self.narrow, count: 200, length: 200)
            + FastTextPathTests.randomTexts(Self.wide, count: 200, length: 200) {
            let scalars = Array(string.unicodeScalars)
            for text in [SourceText(string), SourceText(scalars: scalars)] {
                #expect(text.count == scalars.count, "\(string.debugDescription)")
                #expect(Array(text) == scalars, "\(string.debugDescription)")
                #expect(text.scalars == scalars)
                #expect(text.string(text.whole) == string)
                if scalars.count >= 2 {
                    let a = Int.random(in: 0..<scalars.count), b = Int.random(in: 0..<scalars.count)
                    let span = TextSpan(min(a, b), max(a, b))
                    #expect(text.string(span) == String(String.UnicodeScalarView(scalars[span.start..<span.end])), "\(string.debugDescription) \(span)")
                }
            }
        }
    }

    @Test func anEmptyTextIsEmpty() {
        #expect(SourceText("").isEmpty && SourceText("").count == 0 && SourceText(scalars: []).whole == TextSpan(0, 0))
    }
}
