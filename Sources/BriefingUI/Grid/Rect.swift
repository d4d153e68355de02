/// A rectangle of cells: origin at the top left, sizes never negative.
public struct Rect: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }

    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

    /// The rectangle less `top` rows from its top.
    public func dropTop(_ n: Int) -> Rect { Rect(x: x, y: y + min(n, height), width: width, height: height - n) }

    /// Splits the rectangle's height in the given proportions (the last part takes what is left).
    public func splitRows(_ weights: [Int]) -> [Rect] {
        let total = max(1, weights.reduce(0, +))
        var out: [Rect] = []
        var top = y
        for (i, w) in weights.enumerated() {
            let h = i == weights.count - 1 ? maxY - top : height * w / total
            out.append(Rect(x: x, y: top, width: width, height: h))
            top += max(0, h)
        }
        return out
    }
}
