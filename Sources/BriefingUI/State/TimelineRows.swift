import BriefingCore

/// The timeline sidebar's rows: a heading per month (or per year, decade, season for coarser dates),
/// then one row per event in date order.
public struct TimelineRow: Sendable, Equatable {
    public var text: String
    /// The entry this row shows; nil for a heading.
    public var entry: Int?
}

public enum TimelineRows {
    /// Rows for the entries that meet the range.
    public static func rows(_ entries: [TimelineEntry], range: DateRange?) -> [TimelineRow] {
        var rows: [TimelineRow] = []
        var group: String?
        for (i, e) in entries.enumerated() {
            if let r = range, !r.overlaps(e.date) { continue }
            let g = heading(e.date)
            if g != group {
                rows.append(TimelineRow(text: g, entry: nil))
                group = g
            }
            rows.append(TimelineRow(text: short(e.date) + " " + e.label, entry: i))
        }
        return rows
    }

    /// The group an event sits in: its month when known to a month or better, else its own label.
    static func heading(_ d: DateRange) -> String {
        if d.precision <= .month, d.earliest.year == d.latest.year, d.earliest.month == d.latest.month {
            return "\(MonthNames.name(d.earliest.month)) \(d.earliest.year)"
        }
        if d.precision == .week || d.precision == .range && d.days <= 14 {
            return "\(MonthNames.name(d.earliest.month)) \(d.earliest.year)"
        }
        return d.label
    }

    /// The date within its group: the day for day precision, the label otherwise.
    static func short(_ d: DateRange) -> String {
        if d.precision == .day, d.days == 1 { return d.earliest.iso }
        if d.precision == .month { return String(d.earliest.iso.prefix(7)) }
        return d.label
    }

    /// Parses a range typed by the user: `2024`, `2024-06..2024-12`, `..2024-10`, `2024-10-01..`.
    public static func parseRange(_ s: String) -> DateRange?? {
        let t = s.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return .some(nil) }
        let parts = t.components(separatedBy: "..")
        func bound(_ p: String, end: Bool) -> Day?? {
            if p.trimmingCharacters(in: .whitespaces).isEmpty { return .some(nil) }
            return Day(bound: p, end: end).map { .some($0) }
        }
        if parts.count == 1 {
            guard let a = bound(parts[0], end: false), let b = bound(parts[0], end: true), let a0 = a, let b0 = b else { return nil }
            return .some(DateRange(a0, b0, .range))
        }
        guard parts.count == 2, let a = bound(parts[0], end: false), let b = bound(parts[1], end: true) else { return nil }
        let lo = a ?? Day(year: 1, month: 1, day: 1)!, hi = b ?? Day(year: 9999, month: 12, day: 31)!
        return .some(DateRange(lo, hi, .range))
    }
}

import Foundation
