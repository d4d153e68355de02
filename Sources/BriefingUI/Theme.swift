/// The reader's styles. With colours off (`NO_COLOR`, or a terminal without colours) only
/// attributes remain: bold, underline, reverse.
public struct Theme: Sendable {
    public var colors: Bool

    public init(colors: Bool) { self.colors = colors }

    func c(_ s: Style) -> Style {
        guard !colors else { return s }
        var m = s
        m.fg = .default
        m.bg = .default
        return m
    }

    var titleBar: Style { c(Style(fg: .black, bg: .cyan, bold: true, reverse: !colors)) }
    var statusBar: Style { c(Style(reverse: true)) }
    var header: Style { c(Style(bold: true, underline: true)) }
    var focusedHeader: Style { c(Style(fg: .black, bg: .yellow, bold: true, reverse: !colors)) }
    var selected: Style { c(Style(reverse: true)) }
    var selectedUnfocused: Style { c(Style(bold: true, underline: true)) }
    var dim: Style { c(Style(dim: true)) }
    var separator: Style { c(Style(dim: true)) }
    var match: Style { c(Style(fg: .black, bg: .yellow, reverse: !colors)) }
    var currentMatch: Style { c(Style(fg: .black, bg: .red, bold: true, reverse: true)) }
    /// The passage a jump landed on.
    var passage: Style { c(Style(fg: .cyan, bold: true, underline: !colors)) }
    /// A passage of the active topic.
    var topic: Style { c(Style(fg: .magenta, bold: true, underline: true)) }
    var marker: Style { c(Style(fg: .green, bold: true)) }

    static let speakerPalette: [Color] = [.cyan, .green, .yellow, .magenta, .blue, .red]

    func speaker(_ index: Int) -> Style {
        c(Style(fg: Theme.speakerPalette[index % Theme.speakerPalette.count], bold: true))
    }
}
