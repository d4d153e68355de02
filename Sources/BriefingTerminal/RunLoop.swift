import BriefingCore
import BriefingUI
import Foundation
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
            for effect in state.update(event) {
                switch effect {
                case .quit: return .quit
                case .save(let correction):
                    do {
                        try correction.save()
                        state.message = "saved in \(correction.metadataPath)"
                    } catch {
                        state.message = "could not save: \(error.localizedDescription)"
                    }
                }
            }
        }
    }
}
