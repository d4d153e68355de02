@testable import BriefingCore
import Testing

/// A text is held in two bytes a scalar when it can be and in four when not: either way it reads back scalar for
/// scalar as written, and its spans give the same strings.
@Suite struct SourceTextStorageTests {
    /// Texts drawn from ASCII, Latin-1, curly quotes and dashes, CJK, combining marks, and (when `wide`) emoji
    /// and other scalars beyond the Basic Multilingual Plane.
    func randomText(_ rng: inout SplitMix, wide: Bool) -> String {
        let pools: [[Unicode.Scalar]] = [Array("abc XYZ 019.,\n\t".unicodeScalars), ["é", "ß", "\u{00A0}", "ñ"], ["\u{2019}", "\u{201C}", "\u{2014}", "\u{2026}"],
                                         ["中", "文", "\u{0301}", "\u{FFFD}", "\u{FEFF}"], ["😀", "\u{1F1FA}", "\u{10FFFF}", "𝔸"]]
        var s = String.UnicodeScalarView()
        for _ in 0..<Int(rng.next() % 200) {
            let pool = pools[Int(rng.next() % UInt64(wide ? 5 : 4))]
            s.append(pool[Int(rng.next() % UInt64(pool.count))])
        }
        return String(s)
    }

    @Test func readsBackAsWrittenEitherWay() {
        var rng = SplitMix(seed: 7)
        for k in 0..<400 {
            let string = randomText(&rng, wide: k % 2 == 1)
            let scalars = Array(string.unicodeScalars)
            for text in [SourceText(string), SourceText(scalars: scalars)] {
                #expect(text.count == scalars.count)
                #expect(Array(text) == scalars)
                #expect(text.scalars == scalars)
                #expect(text.string(text.whole) == string)
                if scalars.count >= 2 {
                    let a = Int(rng.next() % UInt64(scalars.count)), b = Int(rng.next() % UInt64(scalars.count))
                    let span = TextSpan(min(a, b), max(a, b))
                    #expect(text.string(span) == String(String.UnicodeScalarView(scalars[span.start..<span.end])))
                }
            }
        }
    }

    @Test func anEmptyTextIsEmpty() {
        #expect(SourceText("").isEmpty && SourceText("").count == 0 && SourceText(scalars: []).whole == TextSpan(0, 0))
    }

    /// A small deterministic generator (SplitMix64), so that a failure can be replayed.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }
}
