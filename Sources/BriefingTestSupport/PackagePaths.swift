import Foundation

/// Where the package, its seeds and the built binary are, for tests that use them.
public enum PackagePaths {
    /// The package root, found from this source file's location.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static var seeds: String { root + "/seeds" }

    /// The debug binary that `swift build` made (the tests run after it).
    public static var binary: String { root + "/.build/debug/briefing" }

    /// The seed whose name starts with a prefix (`000`).
    public static func seed(_ prefix: String) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds)) ?? []
        return seeds + "/" + (names.sorted().first { $0.hasPrefix(prefix) } ?? prefix)
    }
}
