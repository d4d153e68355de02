import BriefingUI

/// What the run loop needs from a terminal: its size, a way to show a frame, and the next event.
/// The ncursesw implementation is `NcursesBackend`; `MemoryBackend` drives the same loop in tests and benchmarks.
public protocol TerminalBackend: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// Shows a frame, writing only what differs from the last one.
    func draw(_ frame: ScreenBuffer)
    /// The next event, or nil when none came within `timeoutMilliseconds`.
    func nextEvent(timeoutMilliseconds: Int) -> Event?
    /// Gives the terminal back as it was. Safe to call more than once.
    func restore()
    /// Gives the terminal back, stops the process until the shell continues it, then takes the terminal again.
    func suspend()
}

/// A backend in memory: frames are kept, events come from a script.
public final class MemoryBackend: TerminalBackend {
    public var size: (width: Int, height: Int)
    public private(set) var frames: [ScreenBuffer] = []
    public private(set) var restored = false
    public private(set) var suspensions = 0
    private var script: [Event]

    public init(width: Int, height: Int, events: [Event]) {
        size = (width, height)
        script = events
    }

    public var lastFrame: ScreenBuffer? { frames.last }

    public func draw(_ frame: ScreenBuffer) { frames.append(frame) }

    public func nextEvent(timeoutMilliseconds: Int) -> Event? {
        guard !script.isEmpty else { return .key(.char("q")) }
        let e = script.removeFirst()
        if case .resize(let w, let h) = e { size = (w, h) }
        return e
    }

    public func restore() { restored = true }

    public func suspend() { suspensions += 1 }
}
