import BriefingCore

/// One cell of the screen: a grapheme cluster (made safe for a terminal) and its style. A wide
/// character fills its own cell and leaves the next one as a continuation (empty text).
public struct Cell: Sendable, Hashable {
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
    static let continuation = Cell("")
    public var isContinuation: Bool { text.isEmpty }
}

/// The in-memory grid that panes draw into; a backend writes its changed cells to the terminal, and
/// tests read it back as plain text lines. Drawing outside the grid, or outside the given width, is clipped.
public struct ScreenBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Fills a rectangle with blanks of a style.
    public mutating func fill(_ rect: Rect, style: Style = .plain, with text: String = " ") {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { self[x, y] = Cell(text, style: style) }
        }
    }

    /// Writes text from (x, y) using at most `maxWidth` cells; returns the cells used. Unsafe characters
    /// are shown as placeholders; text that does not fit ends in `…` when `ellipsis` is set.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain, ellipsis: Bool = true) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0 else { return 0 }
        let total = CellWidth.of(text)
        let needsCut = total > limit
        let budget = needsCut && ellipsis ? limit - 1 : limit
        var col = x
        for ch in text {
            let shown = ScreenBuffer.safe(ch)
            let w = CellWidth.of(shown)
            if w == 0 {
                // A combining mark joins the previous cell's cluster.
                if col > x, col - 1 < width, col - 1 >= 0 { self[col - 1, y].text += String(shown) }
                continue
            }
            if col + w > x + budget { break }
            if col >= 0 {
                self[col, y] = Cell(String(shown), style: style)
                if w == 2, col + 1 < width { self[col + 1, y] = Cell(Cell.continuation.text, style: style) }
            }
            col += w
        }
        if needsCut && ellipsis, col < x + limit, col >= 0 {
            self[col, y] = Cell("…", style: style)
            col += 1
        }
        return col - x
    }

    /// Writes one character at (x, y) if it fits before `limit` (exclusive); returns the cells used.
    @inline(__always)
    public mutating func put(character ch: Character, x: Int, y: Int, limit: Int, style: Style) -> Int {
        let shown = ScreenBuffer.safe(ch)
        let w = CellWidth.of(shown)
        guard w > 0, x >= 0, y >= 0, y < height, x + w <= min(limit, width) else { return w == 0 ? 0 : -1 }
        self[x, y] = Cell(String(shown), style: style)
        if w == 2 { self[x + 1, y] = Cell(Cell.continuation.text, style: style) }
        return w
    }

    /// A character as it may be shown: controls, escapes and bidi overrides become one-cell placeholders.
    public static func safe(_ ch: Character) -> Character {
        if let a = ch.asciiValue, a >= 0x20, a != 0x7F { return ch }
        if ch == "\t" { return " " }
        guard ch.unicodeScalars.contains(where: TextSanitizer.isUnsafe) else { return ch }
        let first = ch.unicodeScalars.first { TextSanitizer.isUnsafe($0) }!
        return Character(TextSanitizer.placeholder(first))
    }

    /// The grid as plain text, one string per row, trailing spaces kept (continuations dropped).
    public func lines() -> [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width where !self[x, y].isContinuation { s += self[x, y].text }
            return s
        }
    }

    /// The rows as text with trailing spaces trimmed, joined by newlines: the form snapshots store.
    public var text: String {
        lines().map { line in
            var l = line
            while l.last == " " { l.removeLast() }
            return l
        }.joined(separator: "\n")
    }
}
