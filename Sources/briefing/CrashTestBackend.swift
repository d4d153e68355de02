import BriefingTerminal
import BriefingUI

/// For the end-to-end test of crash recovery only: draws one frame through the real backend, then traps,
/// so the test can check that the crash handler gave the terminal back. Enabled by `BRIEFING_TEST_CRASH=1`.
final class CrashTestBackend: TerminalBackend {
    let inner: TerminalBackend
    init(_ inner: TerminalBackend) { self.inner = inner }
    var size: (width: Int, height: Int) { inner.size }
    func draw(_ frame: ScreenBuffer) {
        inner.draw(frame)
        fatalError("crash requested by BRIEFING_TEST_CRASH")
    }
    func nextEvent(timeoutMilliseconds: Int) -> Event? { inner.nextEvent(timeoutMilliseconds: timeoutMilliseconds) }
    func restore() { inner.restore() }
    func suspend() { inner.suspend() }
}
