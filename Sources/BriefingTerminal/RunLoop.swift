import BriefingUI
import CSignals

/// Draws, waits for an event, updates, until the state asks to quit or a terminating signal arrives.
/// The terminal is restored on every way out.
public enum RunLoop {
    /// Why the loop ended.
    public enum Exit: Equatable, Sendable {
        case quit
        case signal(Int32)
    }

    public static func run(_ state: inout AppState, backend: TerminalBackend) -> Exit {
        defer { backend.restore() }
        let (w, h) = backend.size
        state.update(.resize(width: w, height: h))
        while true {
            backend.draw(Renderer.render(state))
            let sig = briefing_pending_signal()
            if sig != 0 { return .signal(sig) }
            guard let event = backend.nextEvent(timeoutMilliseconds: 200) else { continue }
            if state.update(event).contains(.quit) { return .quit }
        }
    }
}
