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

    /// `search` answers corpus searches (nil when there is no index).
    /// `background` is slow work started at once whose result arrives as an event (the corpus-wide analysis).
    public static func run(_ state: inout AppState, backend: TerminalBackend, search: ((String) -> [SearchHit])? = nil,
                           background: (@Sendable () -> Event)? = nil) -> Exit {
        defer { backend.restore() }
        let pending = PendingEvent()
        if let background {
            Thread.detachNewThread { pending.set(background()) }
        }
        let (w, h) = backend.size
        state.update(.resize(width: w, height: h))
        while true {
            backend.draw(Renderer.render(state))
            let sig = briefing_pending_signal()
            if sig != 0 { return .signal(sig) }
            if let ready = pending.take() { _ = state.update(ready); continue }
            guard let event = backend.nextEvent(timeoutMilliseconds: 200) else { continue }
            var effects = state.update(event)
            while !effects.isEmpty {
              let effect = effects.removeFirst()
                switch effect {
                case .quit: return .quit
                case .save(let correction):
                    do {
                        try correction.save()
                        state.message = "saved in \(correction.metadataPath)"
                    } catch {
                        state.message = "could not save: \(error.localizedDescription)"
                    }
                case .searchCorpus(let query):
                    guard let search else { state.message = "searching all documents needs the index"; continue }
                    effects += state.update(.searchResults(query: query, hits: search(query)))
                    if CorpusIndex.queryIsCut(query) {
                        state.message = "searched for the first \(CorpusIndex.maxQueryTerms) different words of the query"
                    }
                }
            }
        }
    }
}

/// An event produced on another thread, handed to the loop once.
final class PendingEvent: @unchecked Sendable {
    private let lock = NSLock()
    private var event: Event?
    func set(_ e: Event) { lock.lock(); event = e; lock.unlock() }
    func take() -> Event? { lock.lock(); defer { event = nil; lock.unlock() }; return event }
}
