/// A calendar day, as the documents give it (no time of day, no time zone).
public struct Day: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// A range's bound from `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the first day of the year or month it names, or
    /// (`end`) the last; nil when it is none of these.
    public init?(bound text: String, end: Bool) {
        let q = text.trimmingCharacters(in: .whitespaces)
        let parts = q.split(separator: "-", omittingEmptySubsequences: false)
        let f = parts.compactMap { Int($0) }
        guard (1...3).contains(f.count), f.count == parts.count, parts[0].count == 4 else { return nil }
        let y = f[0]
        let m = f.count > 1 ? f[1] : (end ? 12 : 1)
        guard (1...12).contains(m), (1...9999).contains(y) else { return nil }
        self.init(year: y, month: m, day: f.count > 2 ? f[2] : (end ? Day.daysIn(month: m, year: y) : 1))
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var iso: String {
        func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let d = Day(iso: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(s)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
