/// Draws a scrolling list of one-line rows with a selection: the documents, speakers, topics and timeline panes use it.
struct ListPane {
    struct Row {
        var text: String
        var style: Style = .plain
        /// Drawn right-aligned (a count, a share).
        var trailing: String = ""
        /// A one-cell mark in the first column (the current document, an event of it).
        var mark: Bool = false
    }

    var title: String
    var rows: [Row]
    var position: ListPosition
    var focused: Bool
    var emptyText: String
    /// The count shown in the header (rows by default; headings are not counted).
    var count: Int?

    func draw(in rect: Rect, theme: Theme, into buf: inout ScreenBuffer) {
        PaneChrome.header("\(title) (\(count ?? rows.count))", in: rect, focused: focused, theme: theme, into: &buf)
        let body = rect.dropTop(1)
        guard !body.isEmpty else { return }
        if rows.isEmpty { return PaneChrome.empty(emptyText, in: body, theme: theme, into: &buf) }
        for r in 0..<body.height {
            let i = position.top + r
            guard i < rows.count else { break }
            let row = rows[i]
            let y = body.y + r
            let isSelected = i == position.selected
            var style = row.style
            if isSelected { style = focused ? theme.selected : theme.selectedUnfocused }
            if isSelected { buf.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: style) }
            buf.put(row.mark ? "▸" : " ", x: body.x, y: y, maxWidth: 1, style: isSelected ? style : theme.marker)
            let trailingWidth = row.trailing.isEmpty ? 0 : CellWidth.of(row.trailing) + 1
            let textWidth = body.width - 1 - trailingWidth
            buf.put(row.text, x: body.x + 1, y: y, maxWidth: max(0, textWidth), style: style)
            if trailingWidth > 0, body.width > trailingWidth + 4 {
                buf.put(row.trailing, x: body.maxX - trailingWidth + 1, y: y, maxWidth: trailingWidth - 1, style: style)
            }
        }
    }
}
