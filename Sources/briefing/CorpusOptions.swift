import ArgumentParser
import BriefingCore

/// The paths to read, shared by every subcommand, and how to reach the index.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files and folders to read (folders recursively). Default: seeds/")
    var paths: [String] = []

    @Option(name: .long, help: "Refuse files larger than this many megabytes.")
    var maxSize: Int = FileReader.defaultMaxBytes / 1_048_576

    @Option(name: .long, help: "The index file (default: $XDG_CACHE_HOME/briefing/index.sqlite).")
    var index: String?

    @Flag(name: .long, help: "Analyse everything afresh, without the index.")
    var noIndex = false

    var resolvedPaths: [String] { paths.isEmpty ? ["seeds"] : paths }

    /// Documents with their speaker analysis: through the index when it can be used.
    struct Loaded {
        var documents: [Document]
        var analyses: [SpeakerAnalysis]
        var warnings: [String]
        var index: CorpusIndex?
    }

    /// Loads the corpus; prints warnings; exits 2 on a missing path and 1 when nothing could be read.
    func load() throws -> Loaded {
        let loader = CorpusLoader(reader: FileReader(maxBytes: maxSize * 1_048_576))
        var warnings: [String] = []
        var index: CorpusIndex?
        if !noIndex {
            do { index = try CorpusIndex(path: IndexLocation.resolve(self.index), warnings: &warnings) } catch {
                warnings.append("index unavailable (\(error)); analysing without it")
            }
        }
        do throws(IngestError) {
            let result: CorpusLoader.Result
            if let index { result = try index.load(resolvedPaths, loader: loader) } else { result = try loader.load(resolvedPaths) }
            warnings += result.warnings
            for w in warnings { Console.warn(w) }
            try result.requireDocuments()
            let analyses = index?.analyses(for: result.documents) ?? result.documents.map(TurnBuilder.analyze)
            return Loaded(documents: result.documents, analyses: analyses, warnings: warnings, index: index)
        } catch {
            for w in warnings { Console.warn(w) }
            Console.error(error.localizedDescription)
            throw ExitCode(error.exitCode)
        }
    }
}

extension IngestError {
    /// 2 for a path that is not there (a usage error), 1 for everything else.
    var exitCode: Int32 {
        switch self {
        case .notFound: return 2
        default: return 1
        }
    }
}
