import BriefingUI
import CNcursesw
import CSignals
#if canImport(Glibc)
import Glibc
#endif

/// The ncursesw terminal: set-up and teardown in one place, changed cells written, keys and mouse decoded.
public final class NcursesBackend: TerminalBackend {
    /// Why the terminal could not be opened.
    public enum OpenError: Error, Equatable, CustomStringConvertible {
        case noTerm
        case unknownTerm(String)
        public var description: String {
            switch self {
            case .noTerm: return "TERM is not set; cannot open the reader (use a subcommand such as 'briefing list')"
            case .unknownTerm(let t): return "unknown terminal type '\(t)'; set TERM to one your system knows (e.g. xterm-256color)"
            }
        }
    }

    private var screen: OpaquePointer?
    private var previous: ScreenBuffer?
    private var pairs: [PairKey: Int16] = [:]
    public private(set) var colors = false
    private var open = false

    struct PairKey: Hashable { var fg: Color; var bg: Color }

    /// Opens the terminal. `wantColors` is false under `NO_COLOR`.
    public init(wantColors: Bool) throws {
        guard let term = getenv("TERM"), term.pointee != 0 else { throw OpenError.noTerm }
        setlocale(LC_ALL, "")
        setenv("ESCDELAY", "25", 0)
        let name = String(cString: term)
        guard let scr = briefing_newterm() else { throw OpenError.unknownTerm(name) }
        screen = scr
        open = true
        NcursesBackend.active = self
        briefing_install_signal_handlers(ncursesCrashCleanup)
        raw()
        noecho()
        nonl()
        keypad(briefing_stdscr(), true)
        curs_set(0)
        colors = false
        if wantColors, has_colors() {
            start_color()
            use_default_colors()
            colors = true
        }
        mousemask(briefing_mouse_mask_all(), nil)
        mouseinterval(0)
        // Ask for the mouse in SGR mode so that clicks beyond column 223 work.
        briefing_write_control("\u{1B}[?1006h")
    }

    /// The instance the crash handler restores.
    nonisolated(unsafe) static weak var active: NcursesBackend?

    public var size: (width: Int, height: Int) { (Int(briefing_cols()), Int(briefing_lines())) }

    public func draw(_ frame: ScreenBuffer) {
        guard open else { return }
        let full = previous == nil || previous!.width != frame.width || previous!.height != frame.height
        if full { erase() }
        for y in 0..<frame.height {
            var first = -1, last = -1
            for x in 0..<frame.width where full || previous![x, y] != frame[x, y] {
                if first < 0 { first = x }
                last = x
            }
            guard first >= 0 else { continue }
            while first > 0, frame[first, y].isContinuation { first -= 1 }
            if last + 1 < frame.width, frame[last + 1, y].isContinuation { last += 1 }
            writeRun(frame, y: y, from: first, to: last)
        }
        previous = frame
        refresh()
    }

    /// Writes cells [from, to] of a row, one style run at a time.
    private func writeRun(_ frame: ScreenBuffer, y: Int, from: Int, to: Int) {
        var x = from
        while x <= to {
            let style = frame[x, y].style
            var text = ""
            let start = x
            while x <= to, frame[x, y].style == style {
                text += frame[x, y].text
                x += 1
            }
            _ = briefing_attrset(attributes(style))
            _ = mvaddstr(Int32(y), Int32(start), text)
        }
        _ = briefing_attrset(briefing_a_normal())
    }

    private func attributes(_ s: Style) -> Int32 {
        var a = briefing_a_normal()
        if s.bold { a |= briefing_a_bold() }
        if s.underline { a |= briefing_a_underline() }
        if s.reverse { a |= briefing_a_reverse() }
        if s.dim { a |= briefing_a_dim() }
        if colors, s.fg != .default || s.bg != .default, let p = pair(s.fg, s.bg) { a |= briefing_color_pair(Int32(p)) }
        return Int32(a)
    }

    private func pair(_ fg: Color, _ bg: Color) -> Int16? {
        let key = PairKey(fg: fg, bg: bg)
        if let p = pairs[key] { return p }
        let n = Int16(pairs.count + 1)
        guard Int32(n) < briefing_color_pairs() else { return nil }
        init_pair(n, Int16(fg.rawValue), Int16(bg.rawValue))
        pairs[key] = n
        return n
    }

    public func nextEvent(timeoutMilliseconds: Int) -> Event? {
        guard open else { return nil }
        timeout(Int32(timeoutMilliseconds))
        var ch: wint_t = 0
        let r = get_wch(&ch)
        if r == ERR { return nil }
        if r == KEY_CODE_YES { return functionKey(Int32(ch)) }
        switch ch {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(UInt8(ch) + 96))))
        default:
            guard let u = Unicode.Scalar(UInt32(ch)) else { return nil }
            return .key(.char(Character(u)))
        }
    }

    private func functionKey(_ k: Int32) -> Event? {
        switch k {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_RESIZE:
            previous = nil
            return .resize(width: Int(briefing_cols()), height: Int(briefing_lines()))
        case KEY_MOUSE:
            var m = MEVENT()
            guard getmouse(&m) == OK else { return nil }
            let kind: MouseEvent.Kind
            if briefing_is_wheel_up(m.bstate) != 0 { kind = .wheelUp }
            else if briefing_is_wheel_down(m.bstate) != 0 { kind = .wheelDown }
            else if briefing_is_button1(m.bstate) != 0 { kind = .press }
            else { return nil }
            return .mouse(MouseEvent(kind: kind, x: Int(m.x), y: Int(m.y)))
        default: return nil
        }
    }

    public func suspend() {
        guard open else { return }
        briefing_write_control("\u{1B}[?1006l")
        endwin()
        briefing_stop_self()
        // Continued: take the terminal again and draw everything anew (the shell has written over it).
        briefing_write_control("\u{1B}[?1006h")
        previous = nil
        refresh()
    }

    public func restore() {
        guard open else { return }
        open = false
        briefing_write_control("\u{1B}[?1006l")
        endwin()
        if let s = screen { delscreen(s) }
        screen = nil
        briefing_reset_signal_handlers()
        NcursesBackend.active = nil
    }

    /// Called from the crash handler: only ends curses mode (no allocation, no Swift runtime work beyond the call).
    static func emergencyRestore() {
        endwin()
    }
}

/// A C function pointer for the crash handler.
private func ncursesCrashCleanup() {
    NcursesBackend.emergencyRestore()
}
