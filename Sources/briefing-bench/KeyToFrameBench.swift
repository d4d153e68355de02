import BriefingCore
import BriefingUI
import Foundation

/// Time to handle a key and render a frame (update + render + the backend's diff against the last frame),
/// over a scripted run of keys a reader would press.
enum KeyToFrameBench {
    static func script(count: Int) -> [Key] {
        let pattern: [Key] = [
            .char("j"), .char("j"), .char("k"), .tab, .char("j"), .enter, .tab, .tab, .pageDown, .pageDown,
            .char("j"), .pageUp, .char("G"), .char("g"), .char("/"), .char("t"), .char("r"), .char("o"),
            .char("o"), .char("p"), .char("s"), .enter, .char("n"), .char("n"), .char("N"), .ctrl("o"),
            .ctrl("n"), .escape, .backTab, .backTab, .backTab, .char("j"), .enter, .char("k"), .enter,
            .char("?"), .char("q"), .char("s"), .escape, .tab,
        ]
        return (0..<count).map { pattern[$0 % pattern.count] }
    }

    static func run(corpus: String, keys count: Int, width: Int, height: Int) throws {
        let loaded = try CorpusLoader().load([corpus])
        let reader = ReaderCorpus(loaded.documents)
        let models = reader.models
        var state = AppState(corpus: reader, width: width, height: height)
        var previous = Renderer.render(state)
        var times: [Double] = []
        var changed = 0
        var byKey: [String: [Double]] = [:]
        for key in script(count: count) {
            let before = times.count
            times.append(Measure.milliseconds {
                state.update(.key(key))
                let frame = Renderer.render(state)
                changed += zip(frame.cells, previous.cells).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) }
                previous = frame
            })
            if state.shouldQuit { state.shouldQuit = false }
            byKey[key.label + (state.search.editing ? "(typing)" : "") + "@\(state.focus)", default: []].append(times[before])
        }
        if ProcessInfo.processInfo.environment["BENCH_BY_KEY"] != nil {
            for (k, v) in byKey.sorted(by: { $0.value.max()! > $1.value.max()! }).prefix(8) {
                print(String(format: "  %-28@ n=%4d  max %.2f ms  mean %.2f ms", k as NSString, v.count, v.max()!, v.reduce(0, +) / Double(v.count)))
            }
        }
        times.sort()
        print("key-to-frame at \(width)x\(height) on \(corpus) (\(models.count) documents), \(count) keys:")
        print(String(format: "  median %.3f ms   p99 %.3f ms   max %.3f ms   mean cells changed per key %d",
                     Measure.percentile(times, 0.5), Measure.percentile(times, 0.99), times.last ?? 0, changed / max(1, count)))
    }
}
