/// A named thing the user can do; keys map to actions through `KeyMap`, and help comes from the same table.
public enum Action: String, Sendable, CaseIterable {
    case down, up, pageDown, pageUp, top, bottom
    case nextPane, prevPane, select, back, quit, help, interrupt, suspend
    case timeline, export
    case search, nextMatch, prevMatch, summary, historyBack, historyForward
    case renameSpeaker, setRole
    case nextMention, filterTimeline
    case nextClaim, prevClaim, relatedClaims

    /// One line of help.
    public var help: String {
        switch self {
        case .down: return "move down / scroll down"
        case .up: return "move up / scroll up"
        case .pageDown: return "page down"
        case .pageUp: return "page up"
        case .top: return "go to the top"
        case .bottom: return "go to the bottom"
        case .nextPane: return "next pane"
        case .prevPane: return "previous pane"
        case .select: return "open document / filter by speaker / jump to event"
        case .back: return "cancel: close overlay, clear search and filter"
        case .quit: return "quit (or close the overlay)"
        case .help: return "show this help"
        case .interrupt: return "quit, after asking (a second press quits); cancels a prompt"
        case .suspend: return "suspend to the shell (fg comes back)"
        case .timeline: return "the timeline: its pane, or a full-screen view on narrow terminals"
        case .export: return "export what the view shows (speaker, topic, dates) as Markdown or HTML"
        case .search: return "search the current document"
        case .nextMatch: return "next match / passage"
        case .prevMatch: return "previous match / passage"
        case .summary: return "summary of the document, speaker or topic"
        case .historyBack: return "jump back"
        case .historyForward: return "jump forward"
        case .nextClaim: return "next claim that other claims take up"
        case .prevClaim: return "previous claim"
        case .relatedClaims: return "the claim's thread and related claims (] [ step, Enter jumps)"
        case .nextMention: return "next mention of the selected timeline event (in any document)"
        case .filterTimeline: return "filter the timeline to a range (2024, 2024-06..2024-12, ..2024-10)"
        case .renameSpeaker: return "rename (or merge) the selected speaker; saved in briefing.yaml"
        case .setRole: return "set the selected speaker's role; saved in briefing.yaml"
        }
    }

    /// A short word for the status line.
    public var hint: String {
        switch self {
        case .select: return "open"
        case .search: return "search"
        case .nextMatch: return "next"
        case .nextPane: return "pane"
        case .help: return "help"
        case .quit: return "quit"
        case .summary: return "summary"
        case .historyBack: return "back"
        case .relatedClaims: return "related"
        default: return rawValue
        }
    }
}
