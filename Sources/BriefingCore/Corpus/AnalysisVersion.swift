import Foundation

/// Which analysis code made what the index stores. Derived, never typed by hand: a hash of BriefingCore's
/// sources made at build time (`analysisSourceHash`, by `AnalysisVersionPlugin`: its algorithms, word lists and
/// fitted weights are all sources) and of the WordNet files it reads (name, size and time of change). A change
/// to any of them gives a new version, and the index analyses its documents again and rebuilds the corpus
/// analysis instead of serving results of other code. The reader, the benchmarks and the tests built from
/// the same sources share one version.
public enum AnalysisVersion {
    /// This process's version (computed once).
    public static let current: String = {
        var h = Hasher64()
        h.add(Data(analysisSourceHash.utf8))
        for line in WordNetLexicon.sourceFiles() { h.add(Data(line.utf8)) }
        return String(h.value, radix: 16)
    }()
}

/// FNV-1a over 64-bit words (and the tail bytes), then the length: cheap, and the same in every run.
struct Hasher64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ data: Data) {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var h = value
            let words = raw.count / 8
            for k in 0..<words {
                h = (h ^ raw.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self)) &* 0x0000_0100_0000_01B3
            }
            for k in (words * 8)..<raw.count { h = (h ^ UInt64(raw[k])) &* 0x0000_0100_0000_01B3 }
            value = (h ^ UInt64(raw.count)) &* 0x0000_0100_0000_01B3
        }
    }
}
