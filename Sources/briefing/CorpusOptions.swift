import ArgumentParser
import BriefingCore

/// The paths to read, shared by every subcommand.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files and folders to read (folders recursively). Default: seeds/")
    var paths: [String] = []

    @Option(name: .long, help: "Refuse files larger than this many megabytes.")
    var maxSize: Int = FileReader.defaultMaxBytes / 1_048_576

    var resolvedPaths: [String] { paths.isEmpty ? ["seeds"] : paths }

    /// Loads the corpus; prints warnings; exits 2 on a missing path and 1 when nothing could be read.
    func load() throws -> CorpusLoader.Result {
        let loader = CorpusLoader(reader: FileReader(maxBytes: maxSize * 1_048_576))
        do {
            let result = try loader.load(resolvedPaths)
            for w in result.warnings { Console.warn(w) }
            try result.requireDocuments()
            return result
        } catch {
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
