// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "briefing",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        .library(name: "BriefingCore", targets: ["BriefingCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "BriefingCore",
            dependencies: ["CHeap", .product(name: "Yams", package: "Yams"), .product(name: "GRDB", package: "GRDB.swift")],
            plugins: ["AnalysisVersionPlugin"]
        ),
        // The analysis version: a hash of BriefingCore's sources, made at build time (see AnalysisVersion).
        .plugin(name: "AnalysisVersionPlugin", capability: .buildTool()),
        .target(name: "BriefingUI", dependencies: ["BriefingCore", .product(name: "TOMLKit", package: "TOMLKit")]),
        .target(name: "CSignals"),
        // Hands freed heap memory back to the system between the corpus analysis's steps.
        .target(name: "CHeap"),
        .target(name: "BriefingTerminal", dependencies: ["BriefingUI", "CNcursesw", "CSignals"]),
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingCore", "BriefingUI", "BriefingTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "briefing-bench", dependencies: ["BriefingCore", "BriefingUI", "BriefingTerminal"]),
        .executableTarget(name: "briefing-fuzz", dependencies: ["BriefingCore", "BriefingUI"]),
        .target(name: "BriefingTestSupport", dependencies: ["BriefingCore", "BriefingUI", "BriefingTerminal"]),
        .testTarget(name: "BriefingCoreTests", dependencies: ["BriefingCore", "BriefingTestSupport"]),
        .testTarget(name: "BriefingUITests", dependencies: ["BriefingUI", "BriefingTerminal", "BriefingTestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "BriefingCLITests", dependencies: ["BriefingCore", "BriefingTestSupport"]),
    ]
)
