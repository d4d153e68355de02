import BriefingCore

/// A key press, as the backend decodes it.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace

    /// How the key is written in help and hints.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        }
    }
}

extension Key {
    /// How the configuration file writes the key (the label, with arrows spelt out).
    public var configName: String {
        switch self {
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        default: return label
        }
    }

    /// The key a configuration file names: the labels help shows (`j`, `Enter`, `Ctrl-O`, `PgDn`, `S-Tab`)
    /// and the usual spellings (`C-o`, `^O`, `Down`, `PageDown`, `Escape`, `Return`, `BackTab`), any case for
    /// named keys. Nil for anything else.
    public init?(name raw: String) {
        let name = raw.trimmingCharacters(in: .whitespaces)
        if let arrow = ["↑": Key.up, "↓": .down, "←": .left, "→": .right][name] { self = arrow; return }
        if name.count == 1, let c = name.first, !c.isWhitespace, !(c.asciiValue.map { $0 < 32 || $0 == 127 } ?? false) {
            self = .char(c)
            return
        }
        let lower = name.lowercased()
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.first, c.isASCII, c.isLetter else { return nil }
            self = .ctrl(c)
            return
        }
        let named: [String: Key] = [
            "space": .char(" "), "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
            "home": .home, "end": .end, "tab": .tab, "s-tab": .backTab, "backtab": .backTab, "shift-tab": .backTab,
            "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "backspace": .backspace,
        ]
        guard let key = named[lower] else { return nil }
        self = key
    }
}

/// A mouse report: a click, or a wheel turn, at a cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(kind: Kind, x: Int, y: Int) { self.kind = kind; self.x = x; self.y = y }
}

/// Everything that can happen to the reader.
public enum Event: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// The answer to a corpus search asked for with `Effect.searchCorpus`.
    case searchResults(query: String, hits: [SearchHit])
    /// The corpus-wide analysis, made in the background, has arrived.
    case analysed(CorpusAnalysis)
    /// A line for the status bar from work done off the loop (an export written, or why not).
    case notice(String)
    /// Documents read so far while the folder is brought into the index, of how many.
    case reading(done: Int, total: Int)
    /// The folder's documents, read (with the warnings to show once).
    case shelved(DocumentShelf, warnings: [String])
    /// Reading the folder failed: the reader closes and the command reports this with the exit status.
    case failed(String, status: Int32)
    /// Document `i`'s model was made off the loop (`AppState.documentToLoad`), or found unreadable.
    case documentLoaded(Int)
}
