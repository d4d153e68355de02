/// The eight basic terminal colours, plus the terminal's own default.
public enum Color: Int, Sendable, Hashable, CaseIterable {
    case `default` = -1, black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell looks: colours and attributes. With colour off, only the attributes remain.
public struct Style: Sendable, Hashable {
    public var fg: Color = .default
    public var bg: Color = .default
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false

    public init(fg: Color = .default, bg: Color = .default, bold: Bool = false, underline: Bool = false,
                reverse: Bool = false, dim: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    public static let plain = Style()
}
