/// The one-line header every pane has: its title, reverse when the pane has focus.
enum PaneChrome {
    static func header(_ title: String, in rect: Rect, focused: Bool, theme: Theme, into buf: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let style = focused ? theme.focusedHeader : theme.header
        buf.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: focused ? style : .plain)
        buf.put(" " + title, x: rect.x, y: rect.y, maxWidth: rect.width, style: style)
    }

    /// A dimmed message in the middle of an empty pane ("none yet").
    static func empty(_ text: String, in rect: Rect, theme: Theme, into buf: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        buf.put(" " + text, x: rect.x, y: rect.y, maxWidth: rect.width, style: theme.dim)
    }
}
