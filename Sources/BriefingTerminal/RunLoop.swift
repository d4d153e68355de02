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

    /// `search` answers corpus searches (nil when there is no index); it runs on its own thread, so that keys
    /// keep working meanwhile and Esc drops a search still running.
    /// `background` is slow work started at once whose results arrive as events, each as soon as it is ready
    /// (the corpus-wide analysis, part by part).
    /// `export` writes what `x` asks for, on its own thread, and says what it did (a line for the status bar).
    /// A document the shelf decodes in the background (`AppState.documentToLoad`) is decoded on its own thread
    /// and arrives as `.documentLoaded`; meanwhile the reader says it is being read and keys keep working.
    public static func run(_ state: inout AppState, backend: TerminalBackend, search: (@Sendable (String) -> [SearchHit])? = nil,
                           background: (@Sendable (_ publish: @escaping @Sendable (Event) -> Void) -> Void)? = nil,
                           export: (@Sendable (ExportRequest) -> String)? = nil) -> Exit {
        defer { backend.restore() }
        let pending = PendingEvents()
        if let background {
            Thread.detachNewThread { background { pending.push(.event($0)) } }
        }
        var searching: Int? // the number of the search running, whose answer is awaited
        var searches = 0
        var loading = Set<Int>() // documents being decoded off the loop
        let (w, h) = backend.size
        state.update(.resize(width: w, height: h))
        while true {
            if let i = state.documentToLoad, !loading.contains(i) {
                loading.insert(i)
                let shelf = state.documents
                Thread.detachNewThread { shelf.load(i); pending.push(.event(.documentLoaded(i))) }
            }
            backend.draw(Renderer.render(state))
            let sig = briefing_pending_signal()
            if sig != 0 { return .signal(sig) }
            if let ready = pending.take() {
                switch ready {
                case .event(let e):
                    if case .documentLoaded(let i) = e { loading.remove(i) }
                    // An event from other threads can end the reader (reading the folder failed).
                    if state.update(e).contains(.quit) { return .quit }
                case .searched(let number, let query, let hits):
                    guard number == searching else { continue } // cancelled, or overtaken by a newer search
                    searching = nil
                    _ = state.update(.searchResults(query: query, hits: hits))
                    if CorpusIndex.queryIsCut(query) {
                        state.message = "searched for the first \(CorpusIndex.maxQueryTerms) different words of the query"
                    }
                }
                continue
            }
            guard let event = backend.nextEvent(timeoutMilliseconds: 200) else { continue }
            if searching != nil, case .key(.escape) = event {
                searching = nil
                state.message = "search cancelled"
                continue
            }
            var effects = state.update(event)
            while !effects.isEmpty {
              let effect = effects.removeFirst()
                switch effect {
                case .quit: return .quit
                case .export(let request):
                    guard let export else { state.message = "export is not available here"; continue }
                    Thread.detachNewThread { pending.push(.event(.notice(export(request)))) }
                case .suspend:
                    backend.suspend()
                    let (w, h) = backend.size
                    _ = state.update(.resize(width: w, height: h))
                case .save(let correction):
                    do {
                        try correction.save()
                        state.message = "saved in \(correction.metadataPath)"
                    } catch {
                        state.message = "could not save: \(error.localizedDescription)"
                    }
                case .searchCorpus(let query):
                    guard let search else { state.message = "searching all documents needs the index"; continue }
                    searches += 1
                    let number = searches
                    searching = number
                    state.message = "searching all documents for \(query)… (Esc cancels)"
                    Thread.detachNewThread { pending.push(.searched(number, query, search(query))) }
                }
            }
        }
    }
}

/// What other threads hand to the loop, each once, in the order they arrive.
final class PendingEvents: @unchecked Sendable {
    enum Item {
        case event(Event)
        /// The answer of search number `n`.
        case searched(Int, String, [SearchHit])
    }

    private let lock = NSLock()
    private var items: [Item] = []
    func push(_ item: Item) {
        lock.lock(); defer { lock.unlock() }
        // A count of documents read replaces one not yet shown, so that a flood of counts cannot hold up keys.
        if case .event(.reading) = item, let last = items.indices.last, case .event(.reading) = items[last] {
            items[last] = item
            return
        }
        items.append(item)
    }
    func take() -> Item? { lock.lock(); defer { lock.unlock() }; return items.isEmpty ? nil : items.removeFirst() }
}
