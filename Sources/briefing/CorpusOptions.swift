import Foundation
import ArgumentParser
import BriefingCore
import BriefingUI

/// The paths to read, shared by every subcommand, and how to reach the index.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files and folders to read (folders recursively). Default: the current directory.")
    var paths: [String] = []

    @Option(name: .long, help: "Refuse files larger than this many megabytes.")
    var maxSize: Int = FileReader.defaultMaxBytes / 1_048_576

    @Option(name: .long, help: "The index file (default: $XDG_CACHE_HOME/briefing/index.sqlite).")
    var index: String?

    @Flag(name: .long, help: "Analyse everything afresh, without the index.")
    var noIndex = false

    var resolvedPaths: [String] { paths.isEmpty ? ["."] : paths }

    func validate() throws {
        guard maxSize > 0 else { throw ValidationError("--max-size takes a positive number of megabytes, not \(maxSize)") }
    }

    /// Documents with their speaker analysis: through the index when it can be used.
    struct Loaded {
        var documents: [Document]
        var analyses: [SpeakerAnalysis]
        var warnings: [String]
        var index: CorpusIndex?
        /// The key of these documents' corpus analysis in the index (nil without the index).
        var fingerprint: String?

        /// The corpus analysis of these documents: from the index when it keeps it, else made now and kept.
        func corpusAnalysis() -> CorpusAnalysis {
            CorpusAnalysis.load(index: index, fingerprint: fingerprint, documents: { Array(zip(documents, analyses)) })
        }
    }

    /// Loads the corpus; prints warnings; exits 2 on a missing path and 1 when nothing could be read.
    func load() throws -> Loaded {
        var warnings: [String] = []
        let index = try openIndex(&warnings)
        return try reporting(&warnings) { (warnings: inout [String]) throws(IngestError) in
            let result: CorpusLoader.Result
            if let index { result = try index.load(resolvedPaths, loader: loader) } else { result = try loader.load(resolvedPaths) }
            warnings += result.warnings
            try result.requireDocuments()
            for w in warnings { Console.warn(w) }
            let analyses = index?.analyses(for: result.documents) ?? result.documents.map { TurnBuilder.analyze($0) }
            return Loaded(documents: result.documents, analyses: analyses, warnings: warnings, index: index,
                          fingerprint: index?.lastFingerprint)
        }
    }

    /// With the index, when it keeps these parts of the documents' corpus analysis: the documents' headers and
    /// those parts, decoding no document (warnings printed as `load` prints them); else nil, and the command
    /// loads the documents. `relating` false: the claims come without their related claims (`Claim.related`).
    func stored(_ parts: Set<CorpusAnalysis.Part>, relating: Bool = true) throws -> (headers: [DocumentHeader], analysis: CorpusAnalysis)? {
        var warnings: [String] = []
        guard let index = try openIndex(&warnings) else { return nil }
        let catalog = try refresh(index, warnings: &warnings)
        guard let analysis = CorpusAnalysis.stored(index: index, fingerprint: catalog.fingerprint, parts: parts, relating: relating) else { return nil }
        for w in warnings { Console.warn(w) }
        return (catalog.headers, analysis)
    }

    /// For the reader: with the index, the documents' headers now and each document when first shown;
    /// without it, everything read now. Warnings are returned, not printed (the reader shows them).
    func shelve() throws -> Shelved {
        var warnings: [String] = []
        guard let index = try openIndex(&warnings) else {
            let loaded = try load()
            return Shelved(shelf: DocumentShelf(zip(loaded.documents, loaded.analyses).map { DocumentModel($0, analysis: $1) }),
                           warnings: loaded.warnings, index: nil, fingerprint: nil)
        }
        let catalog = try refresh(index, warnings: &warnings)
        return Shelved(shelf: DocumentShelf(headers: catalog.headers, source: index), warnings: warnings, index: index,
                       fingerprint: catalog.fingerprint)
    }

    /// What the reader opens: its documents, the warnings to show, and the index with the key of these
    /// documents' corpus-wide analysis in it.
    struct Shelved {
        var shelf: DocumentShelf
        var warnings: [String]
        var index: CorpusIndex?
        var fingerprint: String?
    }

    /// Brings the index up to date and reads the documents' headers; exits as `load` does when nothing is readable.
    func refresh(_ index: CorpusIndex, warnings: inout [String]) throws -> CorpusIndex.Catalog {
        try reporting(&warnings) { (warnings: inout [String]) throws(IngestError) in
            let catalog = try index.refresh(resolvedPaths, loader: loader)
            warnings += catalog.warnings
            if catalog.headers.isEmpty { throw .nothingReadable(catalog.paths) }
            return catalog
        }
    }

    var loader: CorpusLoader { CorpusLoader(reader: FileReader(maxBytes: maxSize * 1_048_576)) }

    /// The index, unless `--no-index`; when it cannot be opened, a warning and nil. A file that is not a
    /// briefing index is refused: one line, exit 1, the file untouched.
    func openIndex(_ warnings: inout [String]) throws -> CorpusIndex? {
        guard !noIndex else { return nil }
        // BRIEFING_INDEX_CHECKED_SIZE: the size up to which an index is checked page by page on open (for tests
        // of what happens to larger ones).
        let checked = ProcessInfo.processInfo.environment["BRIEFING_INDEX_CHECKED_SIZE"].flatMap(Int.init) ?? CorpusIndex.checkedSize
        do {
            return try CorpusIndex(path: IndexLocation.resolve(self.index), warnings: &warnings, checkedSize: checked)
        } catch let refusal as IndexRefusal {
            for w in warnings { Console.warn(w) }
            Console.error(refusal.localizedDescription)
            throw ExitCode(1)
        } catch {
            warnings.append("index unavailable (\(error)); analysing without it")
            return nil
        }
    }

    /// Runs `body`; on an ingest error prints the warnings so far and the error, and exits with its code.
    private func reporting<T>(_ warnings: inout [String], _ body: (inout [String]) throws(IngestError) -> T) throws -> T {
        do throws(IngestError) {
            return try body(&warnings)
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
