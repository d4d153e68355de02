/// Where every pane goes for a terminal size. Recomputed every frame; panes collapse on narrow
/// terminals (the timeline first: below `sidebarWidth` it is a full-screen view on a key), side panes grow
/// on wide ones, and below `minimum` the reader shows a "too small" message.
public struct Layout: Sendable, Equatable {
    public static let minimumWidth = 60
    public static let minimumHeight = 15

    public var title = Rect.zero
    public var status = Rect.zero
    public var documents = Rect.zero
    public var speakers = Rect.zero
    public var topics = Rect.zero
    public var reader = Rect.zero
    public var timeline = Rect.zero
    /// Columns where a vertical separator is drawn, with the rows they span.
    public var separators: [Rect] = []
    public var tooSmall = false

    /// The narrowest terminal that has room for the timeline beside the reader.
    public static let sidebarWidth = 110

    /// Pane widths a configuration asks for (nil: chosen from the terminal's width).
    public struct Widths: Sendable, Equatable {
        public var left: Int?
        public var timeline: Int?
        public init(left: Int? = nil, timeline: Int? = nil) { self.left = left; self.timeline = timeline }
    }

    /// The left column's and the timeline's widths for a terminal width: fixed steps up to 200 columns, then a
    /// share of the screen, so that a wide terminal gives the lists room rather than only longer reader lines.
    static func sideWidths(_ width: Int, _ asked: Widths) -> (left: Int, right: Int) {
        var left = width >= 160 ? 32 : (width >= 100 ? 28 : 24)
        var right = width >= sidebarWidth ? (width >= 160 ? 40 : 32) : 0
        if width >= 200 {
            left = max(left, width * 16 / 100)
            right = max(right, width / 5)
        }
        // The reader keeps at least 40 columns whatever is asked for.
        if let l = asked.left { left = min(max(16, l), max(16, width - 41)) }
        if right > 0, let r = asked.timeline { right = max(20, r) }
        // Asked-for widths that leave the reader too little drop the sidebar (t then shows the timeline).
        if right > 0, width - left - right - 2 < 40 {
            right = width - left - 42
            if right < 20 { right = 0 }
        }
        return (left, right)
    }

    /// `timelineView`: the timeline fills the body (the full-screen view `t` opens on narrow terminals).
    public init(width: Int, height: Int, timelineView: Bool = false, widths: Widths = Widths()) {
        guard width >= Layout.minimumWidth, height >= Layout.minimumHeight else {
            tooSmall = true
            return
        }
        title = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let bodyY = 1, bodyH = height - 2
        if timelineView {
            timeline = Rect(x: 0, y: bodyY, width: width, height: bodyH)
            return
        }
        let (left, right) = Layout.sideWidths(width, widths)
        let column = Rect(x: 0, y: bodyY, width: left, height: bodyH)
        let parts = column.splitRows([40, 30, 30])
        documents = parts[0]
        speakers = parts[1]
        topics = parts[2]
        separators.append(Rect(x: left, y: bodyY, width: 1, height: bodyH))
        let readerX = left + 1
        let readerW = width - readerX - (right > 0 ? right + 1 : 0)
        reader = Rect(x: readerX, y: bodyY, width: readerW, height: bodyH)
        if right > 0 {
            separators.append(Rect(x: reader.maxX, y: bodyY, width: 1, height: bodyH))
            timeline = Rect(x: reader.maxX + 1, y: bodyY, width: right, height: bodyH)
        }
    }

    public func rect(for pane: Pane) -> Rect {
        switch pane {
        case .documents: return documents
        case .speakers: return speakers
        case .topics: return topics
        case .reader: return reader
        case .timeline: return timeline
        }
    }

    /// Panes that are on screen, in Tab order.
    public var visiblePanes: [Pane] { Pane.allCases.filter { !rect(for: $0).isEmpty } }

    /// The rows of a pane below its one-line header.
    public func content(of pane: Pane) -> Rect { rect(for: pane).dropTop(1) }
}
