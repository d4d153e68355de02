import ArgumentParser
import BriefingCore

/// `--from` and `--to` as the reader's `F` takes them: a year, a month or a day; `--from` a month starts on
/// its first day, `--to` a month ends on its last.
enum DayRangeOptions {
    static func validate(from: String?, to: String?) throws {
        for (name, v, end) in [("--from", from, false), ("--to", to, true)] {
            if let v, Day(bound: v, end: end) == nil { throw ValidationError("\(name) takes YYYY, YYYY-MM or YYYY-MM-DD, not '\(v)'") }
        }
        if let from, let to, let a = Day(bound: from, end: false), let b = Day(bound: to, end: true), a > b {
            throw ValidationError("--from \(from) is after --to \(to)")
        }
    }
}
