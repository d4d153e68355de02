import Foundation

/// Which analysis code made what the index stores. Derived, never typed by hand: a hash of the running
/// executable (its algorithms, word lists and fitted weights are compiled into it) and of the WordNet files
/// it reads (name, size and time of change). Any rebuild or lexicon upgrade gives a new version, and the index
/// analyses its documents again and rebuilds the corpus analysis instead of serving results of other code.
public enum AnalysisVersion {
    /// This process's version (computed once: about 40 ms for a 36 MB executable in a release build).
    public static let current: String = {
        var h = Hasher64()
        if let exe = executableBytes() {
            h.add(exe)
        } else {
            // No executable to read (an unusual platform): the process's start makes every run its own
            // version, which is always correct, only slower.
            h.add(Data("\(getpid()) \(Date().timeIntervalSince1970)".utf8))
        }
        for line in WordNetLexicon.sourceFiles() { h.add(Data(line.utf8)) }
        return String(h.value, radix: 16)
    }()

    static func executableBytes() -> Data? {
        for path in ["/proc/self/exe", Bundle.main.executablePath].compactMap({ $0 }) {
            if let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped), !data.isEmpty { return data }
        }
        return nil
    }
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
