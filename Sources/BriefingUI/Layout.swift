/// Where every pane goes for a terminal size. Recomputed every frame; panes collapse on narrow
/// terminals (the timeline first), and below `minimum` the reader shows a "too small" message.
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

    public init(width: Int, height: Int) {
        guard width >= Layout.minimumWidth, height >= Layout.minimumHeight else {
            tooSmall = true
            return
        }
        title = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let bodyY = 1, bodyH = height - 2
        let left = width >= 160 ? 32 : (width >= 100 ? 28 : 24)
        let right = width >= 110 ? (width >= 160 ? 40 : 32) : 0
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
