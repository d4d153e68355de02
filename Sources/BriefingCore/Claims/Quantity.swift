/// A figure a claim puts on something: a value or a range, what it counts, who it is about.
public struct Quantity: Sendable, Hashable, Codable {
    public var low: Double
    public var high: Double
    /// The counted noun as written, singular ("troop", "round"), or nil when the text does not say.
    public var unit: String?
    /// The kind of thing counted: `personnel`, `casualty`, `munition`, `money`, `percent`, `time`, … or the unit itself.
    public var unitClass: String?
    /// Whose figure: the named group it counts ("north korean", "russian"), when the text says.
    public var actor: String?
    /// The actor was named at the figure (before it, or as its modifier), not guessed from around it.
    public var actorConfident = false
    /// `about`, `at least`, `as many as`, `over`, `some`…
    public var qualifier: String?
    /// `per day`, `per year`.
    public var rate: String?
    /// The figure as written.
    public var text: String
    public var span: TextSpan

    public var isRange: Bool { low != high }

    /// The same figure within 5%, or overlapping ranges.
    public func agrees(with o: Quantity) -> Bool {
        guard (rate == nil) == (o.rate == nil) else { return false }
        if isRange || o.isRange { return low <= o.high * 1.05 && o.low <= high * 1.05 }
        return abs(low - o.low) <= 0.05 * max(low, o.low)
    }

    /// Units that can be compared: the same class, or one of them unknown.
    public func comparable(with o: Quantity) -> Bool {
        guard let a = unitClass, let b = o.unitClass else { return true }
        return a == b
    }

    /// `10,000`, `10,000–12,000`, `1.2 million`.
    public var display: String {
        func f(_ v: Double) -> String {
            if v >= 1_000_000, v.truncatingRemainder(dividingBy: 100_000) == 0 {
                let m = v / 1_000_000
                return (m == m.rounded() ? String(Int(m)) : String(m)) + " million"
            }
            let n = Int(v.rounded())
            var s = String(n), out = ""
            while s.count > 3 { out = "," + s.suffix(3) + out; s = String(s.dropLast(3)) }
            return s + out
        }
        return isRange ? "\(f(low))–\(f(high))" : f(low)
    }
}
