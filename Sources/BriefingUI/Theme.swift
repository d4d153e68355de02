/// The reader's styles: a named palette with the configuration's overrides. With colours off (`NO_COLOR`, a
/// terminal without colours, or the `mono` palette) only attributes remain: bold, underline, reverse.
public struct Theme: Sendable {
    public var colors: Bool
    public var palette: Palette

    public init(colors: Bool, palette: Palette = Palette()) {
        self.colors = colors && palette.name != .mono
        self.palette = palette
    }

    func c(_ s: Style) -> Style {
        guard !colors else { return s }
        var m = s
        m.fg = .default
        m.bg = .default
        return m
    }

    /// An element's style: the configured one, else the palette's.
    func style(_ e: ThemeElement) -> Style {
        if let o = palette.overrides[e] { return c(o) }
        let light = palette.name == .light
        switch e {
        case .title: return c(Style(fg: light ? .white : .black, bg: light ? .blue : .cyan, bold: true, reverse: !colors))
        case .status: return c(Style(reverse: true))
        case .header: return c(Style(bold: true, underline: true))
        case .focused: return c(Style(fg: light ? .white : .black, bg: light ? .magenta : .yellow, bold: true, reverse: !colors))
        case .selected: return c(Style(reverse: true))
        case .selectedUnfocused: return c(Style(bold: true, underline: true))
        case .dim, .separator: return c(Style(dim: true))
        case .match: return c(Style(fg: .black, bg: .yellow, reverse: !colors))
        case .currentMatch: return c(Style(fg: .black, bg: .red, bold: true, reverse: true))
        case .passage: return c(Style(fg: light ? .blue : .cyan, bold: true, underline: !colors))
        case .topic: return c(Style(fg: .magenta, bold: true, underline: true))
        case .marker: return c(Style(fg: light ? .blue : .green, bold: true))
        }
    }

    var titleBar: Style { style(.title) }
    var statusBar: Style { style(.status) }
    var header: Style { style(.header) }
    var focusedHeader: Style { style(.focused) }
    var selected: Style { style(.selected) }
    var selectedUnfocused: Style { style(.selectedUnfocused) }
    var dim: Style { style(.dim) }
    var separator: Style { style(.separator) }
    var match: Style { style(.match) }
    var currentMatch: Style { style(.currentMatch) }
    /// The passage a jump landed on.
    var passage: Style { style(.passage) }
    /// A passage of the active topic.
    var topic: Style { style(.topic) }
    var marker: Style { style(.marker) }

    static let speakerPalette: [Color] = [.cyan, .green, .yellow, .magenta, .blue, .red]

    func speaker(_ index: Int) -> Style {
        c(Style(fg: Theme.speakerPalette[index % Theme.speakerPalette.count], bold: true))
    }
}

/// The parts of the screen a theme styles, by the names the configuration file uses.
public enum ThemeElement: String, Sendable, CaseIterable {
    case title, status, header, focused, selected
    case selectedUnfocused = "selected-unfocused"
    case dim, separator, match
    case currentMatch = "current-match"
    case passage, topic, marker
}

/// A named palette and the configuration's styles for single elements.
public struct Palette: Sendable, Equatable {
    /// `dark` for dark terminal backgrounds (the default), `light` for light ones, `mono` for attributes only.
    public enum Name: String, Sendable, CaseIterable { case dark, light, mono }
    public var name: Name = .dark
    public var overrides: [ThemeElement: Style] = [:]
    public init(name: Name = .dark, overrides: [ThemeElement: Style] = [:]) { self.name = name; self.overrides = overrides }
}

extension Style {
    /// A style written as words: colours (`yellow`, `black on cyan`) and attributes (`bold`, `underline`,
    /// `reverse`, `dim`), e.g. `"black on yellow bold"`. Nil when a word is neither.
    public init?(spec: String) {
        self.init()
        let words = spec.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard !words.isEmpty else { return nil }
        var i = 0, background = false
        while i < words.count {
            let w = words[i]
            if w == "on" { background = true; i += 1; continue }
            if let color = Color.named(w) {
                if background { bg = color; background = false } else { fg = color }
            } else {
                switch w {
                case "bold": bold = true
                case "underline": underline = true
                case "reverse": reverse = true
                case "dim": dim = true
                default: return nil
                }
            }
            i += 1
        }
        if background { return nil }
    }

    /// The words `init(spec:)` reads.
    public var spec: String {
        var words: [String] = []
        if fg != .default || bg != .default { words.append(fg.name) }
        if bg != .default { words += ["on", bg.name] }
        if bold { words.append("bold") }
        if underline { words.append("underline") }
        if reverse { words.append("reverse") }
        if dim { words.append("dim") }
        return words.isEmpty ? "default" : words.joined(separator: " ")
    }
}

extension Color {
    var name: String { self == .default ? "default" : String(describing: self) }
    static func named(_ w: String) -> Color? { allCases.first { $0.name == w } }
}
