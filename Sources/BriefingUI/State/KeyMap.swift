/// The one table from keys to actions. The help overlay and the status-line hints are generated from it.
public struct KeyMap: Sendable, Equatable {
    /// The keys for one action.
    public struct Binding: Sendable, Equatable {
        public var keys: [Key]
        public var action: Action
        /// Shown in the status line where it applies.
        public var hinted: Bool
    }

    public var bindings: [Binding]

    public static let standard = KeyMap(bindings: [
        Binding(keys: [.char("j"), .down], action: .down, hinted: false),
        Binding(keys: [.char("k"), .up], action: .up, hinted: false),
        Binding(keys: [.pageDown, .char(" "), .ctrl("f")], action: .pageDown, hinted: false),
        Binding(keys: [.pageUp, .char("b"), .ctrl("b")], action: .pageUp, hinted: false),
        Binding(keys: [.char("g"), .home], action: .top, hinted: false),
        Binding(keys: [.char("G"), .end], action: .bottom, hinted: false),
        Binding(keys: [.tab, .char("l")], action: .nextPane, hinted: true),
        Binding(keys: [.backTab, .char("h")], action: .prevPane, hinted: false),
        Binding(keys: [.enter], action: .select, hinted: true),
        Binding(keys: [.char("/")], action: .search, hinted: true),
        Binding(keys: [.char("n")], action: .nextMatch, hinted: true),
        Binding(keys: [.char("N")], action: .prevMatch, hinted: false),
        Binding(keys: [.char("s")], action: .summary, hinted: true),
        Binding(keys: [.ctrl("o"), .backspace], action: .historyBack, hinted: true),
        Binding(keys: [.ctrl("n")], action: .historyForward, hinted: false),
        Binding(keys: [.char("]")], action: .nextClaim, hinted: false),
        Binding(keys: [.char("[")], action: .prevClaim, hinted: false),
        Binding(keys: [.char("r")], action: .relatedClaims, hinted: true),
        Binding(keys: [.char("t")], action: .timeline, hinted: false),
        Binding(keys: [.char("m")], action: .nextMention, hinted: false),
        Binding(keys: [.char("F")], action: .filterTimeline, hinted: false),
        Binding(keys: [.char("x")], action: .export, hinted: false),
        Binding(keys: [.char("R")], action: .renameSpeaker, hinted: false),
        Binding(keys: [.char("E")], action: .setRole, hinted: false),
        Binding(keys: [.escape], action: .back, hinted: false),
        Binding(keys: [.char("?")], action: .help, hinted: true),
        Binding(keys: [.char("q")], action: .quit, hinted: true),
        Binding(keys: [.ctrl("c")], action: .interrupt, hinted: false),
        Binding(keys: [.ctrl("z")], action: .suspend, hinted: false),
    ])

    /// Gives `action` these keys; another action that had one of them loses it (an action left with no key
    /// can still be bound again).
    public mutating func rebind(_ action: Action, to keys: [Key]) {
        for i in bindings.indices { bindings[i].keys.removeAll { keys.contains($0) } }
        if let i = bindings.firstIndex(where: { $0.action == action }) { bindings[i].keys = keys }
    }

    /// The first key of an action, as help writes it (for messages that name a key).
    public func label(_ action: Action) -> String {
        bindings.first { $0.action == action }?.keys.first?.label ?? "(unbound: \(action.rawValue))"
    }

    private var index: [Key: Action] {
        var m: [Key: Action] = [:]
        for b in bindings { for k in b.keys where m[k] == nil { m[k] = b.action } }
        return m
    }

    public func action(for key: Key) -> Action? { index[key] }

    /// `key label … action help`, one line per binding, for the help overlay.
    public var helpLines: [(keys: String, help: String)] {
        bindings.filter { !$0.keys.isEmpty }.map { ($0.keys.map(\.label).joined(separator: " "), $0.action.help) }
    }

    /// The key table of the README, made from this map (a test keeps the README's copy the same).
    public var markdownTable: String {
        var rows = ["| keys | action | what it does |", "| --- | --- | --- |"]
        for b in bindings where !b.keys.isEmpty {
            let keys = b.keys.map { k -> String in
                let l = k.label
                return l == "|" ? "`\\|`" : "`\(l)`"
            }.joined(separator: " ")
            rows.append("| \(keys) | \(b.action.rawValue) | \(b.action.help.replacingOccurrences(of: "|", with: "\\|")) |")
        }
        return rows.joined(separator: "\n")
    }

    /// `Enter open  / search …` for the status line.
    public var hints: [(key: String, word: String)] {
        bindings.filter { $0.hinted && !$0.keys.isEmpty }.map { ($0.keys[0].label, $0.action.hint) }
    }
}
