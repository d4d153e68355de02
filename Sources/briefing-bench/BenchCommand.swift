import BriefingCore
import BriefingTerminal
import BriefingUI
import Foundation

/// `briefing-bench`: in-process measurements printed as a table. Run by `make bench`.
@main
struct BenchCommand {
    static func main() throws {
        let args = Array(CommandLine.arguments.dropFirst())
        // briefing-bench first-frame CORPUS INDEX [--timeline] | extras CORPUS INDEX | linking CORPUS INDEX [DOCUMENTS] | search INDEX | keys CORPUS | [CORPUS]
        if args.first == "first-frame", args.count == 3 || args.count == 4 && args[3] == "--timeline" {
            return try ScaleBench.firstFrame(corpus: args[1], index: args[2], withTimeline: args.count == 4)
        }
        if args.first == "extras", args.count == 3 { return try ScaleBench.extras(corpus: args[1], index: args[2]) }
        if args.first == "linking", args.count == 3 || args.count == 4 {
            return try ScaleBench.linking(corpus: args[1], index: args[2], documents: args.count == 4 ? Int(args[3]) ?? 100 : 100)
        }
        if args.first == "salience-features", args.count >= 2 { return try SalienceDump.run(Array(args.dropFirst())) }
        if args.first == "segments", args.count >= 2 { return try SegmentDump.run(Array(args.dropFirst())) }
        if args.first == "search", args.count == 2 { return try ScaleBench.search(index: args[1], queries: 200) }
        if args.first == "keys", args.count == 2 {
            try KeyToFrameBench.run(corpus: args[1], keys: 1_000, width: 200, height: 50)
            return
        }
        let corpus = args.first { !$0.hasPrefix("-") } ?? "seeds"
        try KeyToFrameBench.run(corpus: corpus, keys: 1_000, width: 200, height: 50)
        try ThroughputBench.run(corpus: corpus)
        print(String(format: "peak RSS: %.1f MB", Measure.peakRSSMegabytes()))
    }
}
