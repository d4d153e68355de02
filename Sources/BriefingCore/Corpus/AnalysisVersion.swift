import Foundation

/// Which analysis code made what the index stores. Derived, never typed by hand: a hash of BriefingCore's
/// sources made at build time (`analysisSourceHash`, by `AnalysisVersionPlugin`: its algorithms, word lists and
/// fitted weights are all sources) and of the WordNet files it reads (name, size and time of change). A change
/// to any of them gives a new version, and the index analyses its documents again and rebuilds the corpus
/// analysis instead of serving results of other code. The reader, the benchmarks and the tests built from
/// the same sources share one version.
public enum AnalysisVersion {
    /// This process's version (computed once).
    public static let current: String =
        CorpusIndex.hash(SourceText(([analysisSourceHash] + WordNetLexicon.sourceFiles()).joined(separator: "\n")))
}
