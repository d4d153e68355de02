@testable import BriefingUI
import Testing

/// Width is measured per grapheme cluster in cells.
@Suite struct CellWidthTests {
    @Test func widths() {
        #expect(CellWidth.of("abc") == 3)
        #expect(CellWidth.of("中文") == 4)
        #expect(CellWidth.of("e\u{301}") == 1) // e + combining acute
        #expect(CellWidth.of("🙂") == 2)
        #expect(CellWidth.of("👩‍👩‍👧") == 2)
        #expect(CellWidth.of("한국") == 4)
        #expect(CellWidth.of("\u{200B}") == 0)
    }

    @Test func putTruncatesWithAMarkerAndNeverSplitsAWideCharacter() {
        var b = ScreenBuffer(width: 6, height: 1)
        b.put("中文中文", x: 0, y: 0)
        #expect(b.lines()[0] == "中文… ")
        var c = ScreenBuffer(width: 5, height: 1)
        c.put("abcdefgh", x: 0, y: 0)
        #expect(c.lines()[0] == "abcd…")
        var d = ScreenBuffer(width: 5, height: 1)
        d.put("ab中", x: 0, y: 0, ellipsis: false)
        #expect(d.lines()[0] == "ab中 ")
        #expect(CellWidth.of(d.lines()[0]) == 5)
    }

    @Test func wrapMeasuresCells() {
        let chars = Array("中文中文中文 abc")
        let lines = ReaderLayout.wrap(chars, width: 5)
        #expect(lines.allSatisfy { r in CellWidth.of(String(chars[r.0..<r.1])) <= 5 })
    }
}
