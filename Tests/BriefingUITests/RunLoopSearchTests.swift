import BriefingCore
import BriefingTerminal
import BriefingTestSupport
import BriefingUI
import Foundation
import Testing

/// A search of all documents runs beside the loop: keys keep working, and Esc drops it.
@Suite struct RunLoopSearchTests {
    /// Events from a script whose steps may also run code (release a search) or pass a turn with no key.
    final class ScriptedBackend: TerminalBackend {
        enum Step { case key(Key), run(() -> Void), idle }
        var size: (width: Int, height: Int) = (120, 40)
        var frames: [String] = []
        var steps: [Step]
        init(_ steps: [Step]) { self.steps = steps }
        func draw(_ frame: ScreenBuffer) { frames.append(frame.text) }
        func nextEvent(timeoutMilliseconds: Int) -> Event? {
            guard !steps.isEmpty else { return .key(.char("q")) }
            switch steps.removeFirst() {
            case .key(let k): return .key(k)
            case .run(let body): body(); return nil
            case .idle: Thread.sleep(forTimeInterval: 0.05); return nil
            }
        }
        func restore() {}
        func suspend() {}
    }

    func typing(_ s: String) -> [ScriptedBackend.Step] { s.map { .key(.char($0)) } }

    @Test func escDropsASearchStillRunningAndKeysKeepWorking() {
        let release = DispatchSemaphore(value: 0)
        let backend = ScriptedBackend([.key(.char("/"))] + typing("ports") + [.key(.enter), .key(.char("?")), .key(.escape)]
            + [.key(.escape), .run { release.signal() }] + Array(repeating: .idle, count: 10))
        var state = AppState(documents: [Fixtures.briefingModel()], width: 120, height: 40)
        let exit = RunLoop.run(&state, backend: backend, search: { _ in release.wait(); return [] })
        #expect(exit == .quit)
        #expect(backend.frames.contains { $0.contains("searching all documents for ports… (Esc cancels)") })
        #expect(backend.frames.contains { $0.contains("jump back") }, "the help opened while the search ran")
        #expect(backend.frames.contains { $0.contains("search cancelled") })
        #expect(!backend.frames.contains { $0.contains("no matches for ports") }, "a cancelled search's answer is dropped")
    }

    @Test func anAnswerArrivesWhileTheLoopWaitsForKeys() {
        let backend = ScriptedBackend([.key(.char("/"))] + typing("ports") + [.key(.enter)] + Array(repeating: .idle, count: 20))
        var state = AppState(documents: [Fixtures.briefingModel()], width: 120, height: 40)
        _ = RunLoop.run(&state, backend: backend, search: { _ in Thread.sleep(forTimeInterval: 0.1); return [] })
        #expect(backend.frames.contains { $0.contains("no matches for ports in any document") })
    }
}
