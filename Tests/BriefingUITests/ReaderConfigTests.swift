@testable import BriefingUI
import BriefingCore
import BriefingTestSupport
import Testing

/// The configuration file: keys by action name, colours, pane widths, the default folder, and errors that
/// name their line.
@Suite struct ReaderConfigTests {
    func parse(_ text: String) throws(ReaderConfig.Problem) -> ReaderConfig { try ReaderConfig(toml: text, path: "config.toml") }

    func problem(_ text: String) -> ReaderConfig.Problem? {
        do { _ = try parse(text); return nil } catch { return error }
    }

    @Test func emptyFileGivesTheDefaults() throws {
        let c = try parse("# nothing set\n")
        #expect(c.keyMap == KeyMap.standard && c.palette == Palette() && c.widths == Layout.Widths() && c.folder == nil)
    }

    @Test func everySetting() throws {
        let c = try parse("""
        folder = "~/briefings"
        [keys]
        quit = "x"
        down = ["j", "C-n", "Down"]
        timeline = "T"
        [colors]
        theme = "light"
        match = "black on green bold"
        [panes]
        left = 30
        timeline = 50
        """)
        #expect(c.folder == "~/briefings")
        #expect(c.keyMap.action(for: .char("x")) == .quit && c.keyMap.action(for: .char("q")) == nil)
        #expect(c.keyMap.action(for: .ctrl("n")) == .down)
        // Ctrl-N was historyForward's: the configured binding takes it.
        #expect(c.keyMap.bindings.first { $0.action == .historyForward }?.keys.isEmpty == true)
        #expect(c.keyMap.action(for: .char("T")) == .timeline && c.keyMap.action(for: .char("t")) == nil)
        #expect(try parse("[keys]\nsummary = []\n").keyMap.action(for: .char("s")) == nil)
        #expect(c.palette.name == .light)
        #expect(c.palette.overrides[.match] == Style(fg: .black, bg: .green, bold: true))
        #expect(c.widths == Layout.Widths(left: 30, timeline: 50))
    }

    @Test func errorsNameTheirLine() {
        #expect(problem("[keys]\nquit = \"x\"\njump = \"y\"\n")?.description == "config.toml, line 3: unknown action 'jump' (see briefing config --print)")
        #expect(problem("[keys]\nquit = \"x\"\ndown = \"x\"\n")?.line == 3)
        #expect(problem("[keys]\nquit = \"Hyper-Q\"\n")?.line == 2)
        #expect(problem("[keys]\nquit = 3\n")?.line == 2)
        #expect(problem("\n\ncolour = 3\n")?.line == 3)
        #expect(problem("[panes]\nleft = 5\n")?.line == 2)
        #expect(problem("[panes]\n\nwidth = 50\n")?.line == 3)
        #expect(problem("[colors]\ntheme = \"neon\"\n")?.line == 2)
        #expect(problem("[colors]\nmatch = \"plaid on tartan\"\n")?.line == 2)
        #expect(problem("[colors]\nsparkles = \"red\"\n")?.line == 2)
        #expect(problem("a = 1\nb = \n")?.line == 2)
        #expect(problem("folder = 3\n")?.line == 1)
        #expect(problem("keys = 3\n")?.line == 1)
    }

    @Test func keyNames() {
        for (name, key) in [("j", Key.char("j")), ("C-o", .ctrl("o")), ("Ctrl-O", .ctrl("o")), ("^x", .ctrl("x")),
                            ("Enter", .enter), ("return", .enter), ("Esc", .escape), ("PgDn", .pageDown),
                            ("PageUp", .pageUp), ("Space", .char(" ")), ("S-Tab", .backTab), ("Down", .down), ("↑", .up)] {
            #expect(Key(name: name) == key, "\(name)")
        }
        for bad in ["", "jk", "Hyper-Q", "C-", "C-1", "\u{1B}", "\t"] { #expect(Key(name: bad) == nil, "\(bad)") }
        // What config --print writes reads back as the same key.
        for b in KeyMap.standard.bindings { for k in b.keys { #expect(Key(name: k.configName) == k, "\(k)") } }
    }

    @Test func styleSpecsReadBack() {
        for e in ThemeElement.allCases {
            for name in Palette.Name.allCases {
                let style = Theme(colors: true, palette: Palette(name: name)).style(e)
                #expect(Style(spec: style.spec) == style, "\(e) \(name)")
            }
        }
        #expect(Style(spec: "on") == nil && Style(spec: "red on") == nil && Style(spec: "") == nil)
    }

    @Test func printedSettingsParseToTheSameConfig() throws {
        let c = try parse("folder = \"/srv/a \\\"b\\\"\"\n[keys]\nquit = [\"x\", \"Q\"]\n[colors]\ntheme = \"mono\"\n[panes]\ntimeline = 44\n")
        var again = try parse(c.printed)
        again.path = c.path
        // The printed file sets every element's style explicitly; the look is the same.
        for e in ThemeElement.allCases {
            #expect(Theme(colors: true, palette: again.palette).style(e) == Theme(colors: true, palette: c.palette).style(e))
        }
        #expect(again.keyMap == c.keyMap && again.widths == c.widths && again.folder == c.folder)
    }

    @Test func helpHintsAndMessagesFollowTheConfiguredKeys() throws {
        var s = try Fixtures.seedState(width: 200, height: 50)
        s.apply(try parse("[keys]\nquit = \"x\"\nhelp = \"H\"\ntimeline = \"T\"\n"))
        #expect(Renderer.render(s).lines().last?.contains("x quit") == true)
        s.update(.key(.char("H")))
        let help = Renderer.render(s).text
        #expect(help.contains("x, Esc or H closes this help"))
        #expect(help.contains("  T ") && !help.contains("  t "))
        s.update(.key(.char("x")))
        #expect(s.overlay == nil && !s.shouldQuit)
        s.update(.key(.char("q")))
        #expect(!s.shouldQuit)
        var narrow = try Fixtures.seedState(width: 80, height: 24)
        narrow.apply(try parse("[keys]\ntimeline = \"T\"\n"))
        narrow.update(.key(.char("m")))
        #expect(narrow.message?.contains("T opens it") == true)
        s.update(.key(.char("x")))
        #expect(s.shouldQuit)
    }

    @Test func monoPaletteDropsColours() throws {
        var s = try Fixtures.seedState(width: 120, height: 40)
        s.apply(try parse("[colors]\ntheme = \"mono\"\n"))
        let frame = Renderer.render(s)
        #expect(frame.cells.allSatisfy { $0.style.fg == .default && $0.style.bg == .default })
        s.apply(try parse("[colors]\ntitle = \"red on white\"\n"))
        #expect(Renderer.render(s).cells.first?.style == Style(fg: .red, bg: .white))
    }
}
