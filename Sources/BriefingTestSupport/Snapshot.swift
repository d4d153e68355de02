import Foundation
import Testing

/// Compares text (a rendered frame, a report) with a stored snapshot under `__Snapshots__/` beside the test file.
/// Set `BRIEFING_RECORD_SNAPSHOTS=1` to write snapshots anew; a missing snapshot is written and the test fails,
/// so a new snapshot is always looked at once before it counts.
public func assertSnapshot(_ actual: String, named name: String, filePath: String = #filePath,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    let dir = (filePath as NSString).deletingLastPathComponent + "/__Snapshots__"
    let path = dir + "/" + name + ".txt"
    let record = ProcessInfo.processInfo.environment["BRIEFING_RECORD_SNAPSHOTS"] == "1"
    let stored = try? String(contentsOfFile: path, encoding: .utf8)
    if record || stored == nil {
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try? (actual + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        if !record {
            Issue.record("snapshot \(name) did not exist; recorded it at \(path)", sourceLocation: sourceLocation)
        }
        return
    }
    let expected = String(stored!.dropLast(stored!.hasSuffix("\n") ? 1 : 0))
    if expected != actual {
        let a = actual.components(separatedBy: "\n"), e = expected.components(separatedBy: "\n")
        let firstDiff = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
        let got = firstDiff < a.count ? a[firstDiff] : "<none>"
        let want = firstDiff < e.count ? e[firstDiff] : "<none>"
        Issue.record("snapshot \(name) differs at line \(firstDiff + 1):\n  expected: \(want)\n  actual:   \(got)\n(re-record with BRIEFING_RECORD_SNAPSHOTS=1)",
                     sourceLocation: sourceLocation)
    }
}
