import BriefingCore
import BriefingTerminal
import BriefingUI
import Foundation

/// `briefing-bench`: in-process measurements printed as a table. Run by `make bench`.
@main
struct BenchCommand {
    static func main() throws {
        let args = Array(CommandLine.arguments.dropFirst())
        let corpus = args.first { !$0.hasPrefix("-") } ?? "seeds"
        try KeyToFrameBench.run(corpus: corpus, keys: 1_000, width: 200, height: 50)
        try ThroughputBench.run(corpus: corpus)
        print(String(format: "peak RSS: %.1f MB", Measure.peakRSSMegabytes()))
    }
}
