import Foundation
import TOMLKit

/// The reader's settings from `$XDG_CONFIG_HOME/briefing/config.toml`: key bindings (every action of the key
/// map by name), a colour palette and styles, pane widths and the default folder. Parsing is strict: an
/// unknown key or a bad value is an error that names its line.
///
/// ```toml
/// folder = "~/briefings"       # opened when `briefing` is run without paths
/// [keys]
/// quit = "x"                   # one key, or a list: down = ["j", "Down", "C-n"]; [] unbinds
/// [colors]
/// theme = "light"              # dark (the default), light or mono
/// match = "black on green bold"
/// [panes]
/// left = 30                    # the documents, speakers and topics column
/// timeline = 44                # the timeline sidebar
/// ```
public struct ReaderConfig: Sendable, Equatable {
    public var keyMap = KeyMap.standard
    public var palette = Palette()
    public var widths = Layout.Widths()
    public var folder: String?
    /// The file the settings came from (nil: the defaults).
    public var path: String?

    public init() {}

    /// A bad configuration: the file, the line (when known) and what is wrong, for a one-line error.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var line: Int?
        public var message: String
        public var description: String { "\(path)\(line.map { ", line \($0)" } ?? ""): \(message)" }
    }

    /// Reads the settings from TOML text; `path` names the file in errors.
    public init(toml text: String, path: String) throws(Problem) {
        self.path = path
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        func fail(_ message: String, key: String? = nil, table: String? = nil) -> Problem {
            Problem(path: path, line: key.flatMap { ReaderConfig.line(of: $0, in: table, lines: lines) }, message: message)
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            throw Problem(path: path, line: e.source.begin.line, message: "not valid TOML: \(e.description)")
        } catch {
            throw Problem(path: path, line: nil, message: "not valid TOML")
        }
        for (key, value) in root {
            switch key {
            case "folder":
                guard let s = value.string, !s.isEmpty else { throw fail("folder takes a path in quotes", key: key) }
                folder = s
            case "keys":
                guard let t = value.table else { throw fail("keys is a table: [keys]", key: key) }
                try readKeys(t, order: { ReaderConfig.line(of: $0, in: "keys", lines: lines) ?? Int.max }, fail)
            case "colors", "colours":
                guard let t = value.table else { throw fail("\(key) is a table: [\(key)]", key: key) }
                try readColors(t, table: key, fail)
            case "panes":
                guard let t = value.table else { throw fail("panes is a table: [panes]", key: key) }
                for (name, v) in t {
                    guard name == "left" || name == "timeline" else {
                        throw fail("unknown setting panes.\(name) (known: left, timeline)", key: name, table: "panes")
                    }
                    guard let n = v.int, (16...200).contains(n) else {
                        throw fail("panes.\(name) takes a number of columns from 16 to 200", key: name, table: "panes")
                    }
                    if name == "left" { widths.left = n } else { widths.timeline = n }
                }
            default:
                throw fail("unknown setting '\(key)' (known: folder, [keys], [colors], [panes])", key: key)
            }
        }
    }

    private mutating func readKeys(_ table: TOMLTable, order: (String) -> Int, _ fail: (String, String?, String?) -> Problem) throws(Problem) {
        var claimed: [Key: String] = [:]
        // In file order, so that a clash names the later line.
        let names = table.keys.sorted { (order($0), $0) < (order($1), $1) }
        for name in names {
            guard let action = Action.allCases.first(where: { $0.rawValue == name }) else {
                throw fail("unknown action '\(name)' (see briefing config --print)", name, "keys")
            }
            let value = table[name]!
            let spelled: [String]
            if let s = value.string { spelled = [s] } else if let a = value.array, a.allSatisfy({ $0.string != nil }) {
                spelled = a.compactMap(\.string)
            } else {
                throw fail("keys.\(name) takes a key in quotes or a list of them", name, "keys")
            }
            var keys: [Key] = []
            for s in spelled {
                guard let k = Key(name: s) else {
                    throw fail("'\(s)' is not a key (a character, Ctrl-X, Enter, Esc, Tab, Space, Up, PgDn…)", name, "keys")
                }
                if let other = claimed[k], other != name { throw fail("\(k.label) is bound to both \(other) and \(name)", name, "keys") }
                claimed[k] = name
                if !keys.contains(k) { keys.append(k) }
            }
            keyMap.rebind(action, to: keys)
        }
    }

    private mutating func readColors(_ table: TOMLTable, table name: String, _ fail: (String, String?, String?) -> Problem) throws(Problem) {
        for (key, v) in table {
            if key == "theme" {
                guard let s = v.string, let n = Palette.Name(rawValue: s) else {
                    throw fail("\(name).theme is one of \(Palette.Name.allCases.map(\.rawValue).joined(separator: ", "))", key, name)
                }
                palette.name = n
                continue
            }
            guard let e = ThemeElement(rawValue: key) else {
                throw fail("unknown element \(name).\(key) (known: theme, \(ThemeElement.allCases.map(\.rawValue).joined(separator: ", ")))", key, name)
            }
            guard let s = v.string, let style = Style(spec: s) else {
                throw fail("\(name).\(key) takes colours and attributes in quotes, e.g. \"black on yellow bold\"", key, name)
            }
            palette.overrides[e] = style
        }
    }

    /// The line (from 1) where `key` is set inside `[table]` (top level when nil), for error messages.
    static func line(of key: String, in table: String?, lines: [String]) -> Int? {
        var current: String?
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                current = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] \t"))
                if current == key, table == nil { return i + 1 }
                continue
            }
            guard current == table else { continue }
            let name = line.split(separator: "=", maxSplits: 1).first.map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
            }
            if name == key { return i + 1 }
        }
        return nil
    }

    /// The effective settings as TOML, for `briefing config --print`.
    public var printed: String {
        var out = ["# briefing settings: \(path ?? "defaults (no config file)")"]
        out.append(folder.map { "folder = \(ReaderConfig.quoted($0))" } ?? "# folder = \"PATH\"  (opened when no path is given)")
        out += ["", "[keys]"]
        for b in keyMap.bindings {
            let keys = b.keys.map { ReaderConfig.quoted($0.configName) }
            out.append("\(b.action.rawValue) = \(keys.count == 1 ? keys[0] : "[" + keys.joined(separator: ", ") + "]")  # \(b.action.help)")
        }
        out += ["", "[colors]", "theme = \(ReaderConfig.quoted(palette.name.rawValue))"]
        let theme = Theme(colors: true, palette: palette)
        for e in ThemeElement.allCases { out.append("\(e.rawValue) = \(ReaderConfig.quoted(theme.style(e).spec))") }
        out += ["", "[panes]"]
        out.append(widths.left.map { "left = \($0)" } ?? "# left = 28  (chosen from the terminal's width)")
        out.append(widths.timeline.map { "timeline = \($0)" } ?? "# timeline = 40  (chosen from the terminal's width)")
        return out.joined(separator: "\n")
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Where the configuration file is: `$XDG_CONFIG_HOME/briefing/config.toml`, else `~/.config/…`.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let x = environment["XDG_CONFIG_HOME"], x.hasPrefix("/") { return x + "/briefing/config.toml" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/briefing/config.toml"
    }

    /// Reads the file when it exists; the defaults when it does not.
    public static func load(path: String?) throws(Problem) -> ReaderConfig {
        guard let path, FileManager.default.fileExists(atPath: path) else { return ReaderConfig() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem(path: path, line: nil, message: "cannot be read")
        }
        guard data.count <= 1_000_000, let text = String(data: data, encoding: .utf8) else {
            throw Problem(path: path, line: nil, message: "is not a UTF-8 text file of reasonable size")
        }
        return try ReaderConfig(toml: text, path: path)
    }
}
