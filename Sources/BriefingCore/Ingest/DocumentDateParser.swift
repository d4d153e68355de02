import Foundation

/// Reads a document's own date from a header line or a metadata value:
/// `2024/11/1`, `2024-11-01`, `2024-11-01T09:00:00Z`, `11/1/2024`, `November 1, 2024`, `Nov. 1, 2024`, `1 November 2024`.
/// This is for dates that stand alone as metadata; dates inside running text are the temporal tagger's job.
public enum DocumentDateParser {
    public static func parse(_ raw: String) -> Day? {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !s.isEmpty, s.count <= 40 else { return nil }
        if let d = numeric(s) { return d }
        return written(s)
    }

    private static func numeric(_ s: String) -> Day? {
        var head = Substring(s)
        if let t = head.firstIndex(where: { $0 == "T" || $0 == " " }), head.prefix(upTo: t).contains(where: { $0 == "-" || $0 == "/" }) {
            head = head.prefix(upTo: t)
        }
        let parts = head.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) && !$0.isEmpty }) else { return nil }
        let n = parts.compactMap { Int($0) }
        if parts[0].count == 4 { return Day(year: n[0], month: n[1], day: n[2]) }
        if parts[2].count == 4 { return Day(year: n[2], month: n[0], day: n[1]) ?? Day(year: n[2], month: n[1], day: n[0]) }
        return nil
    }

    private static func written(_ s: String) -> Day? {
        let words = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        guard (2...4).contains(words.count) else { return nil }
        var month: Int?, day: Int?, year: Int?
        for w in words {
            if month == nil, let m = MonthNames.number(w) { month = m; continue }
            let digits = w.lowercased().replacingOccurrences(of: "st", with: "").replacingOccurrences(of: "nd", with: "")
                .replacingOccurrences(of: "rd", with: "").replacingOccurrences(of: "th", with: "")
            guard let v = Int(digits) else {
                // A weekday name in front ("Monday, October 28, 2024") is fine; anything else is not a date line.
                if ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(w.lowercased()) { continue }
                return nil
            }
            if digits.count == 4 { year = v } else if day == nil { day = v } else { return nil }
        }
        guard let y = year, let m = month else { return nil }
        return Day(year: y, month: m, day: day ?? 1).flatMap { day == nil ? nil : $0 }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
