/// The panes that can take focus, in Tab order.
public enum Pane: Int, Sendable, CaseIterable {
    case documents, speakers, topics, reader, timeline

    public var title: String {
        switch self {
        case .documents: return "Documents"
        case .speakers: return "Speakers"
        case .topics: return "Topics"
        case .reader: return "Reader"
        case .timeline: return "Timeline"
        }
    }
}

/// A list's selected row and first visible row.
public struct ListPosition: Sendable, Equatable {
    public var selected = 0
    public var top = 0

    /// Moves the selection by `delta` within `count` rows and keeps it inside a window of `height` rows.
    public mutating func move(_ delta: Int, count: Int, height: Int) {
        guard count > 0 else { selected = 0; top = 0; return }
        selected = min(max(0, selected + delta), count - 1)
        follow(height: height)
    }

    public mutating func follow(height: Int) {
        let h = max(1, height)
        if selected < top { top = selected }
        if selected >= top + h { top = selected - h + 1 }
        top = max(0, top)
    }
}
