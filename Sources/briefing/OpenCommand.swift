import ArgumentParser
import BriefingCore
import BriefingTerminal
import BriefingUI
import Foundation

/// `briefing [PATH...]`: opens the reader when stdin and stdout are a terminal.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Open the reader on the documents (the default).")

    @OptionGroup var corpus: CorpusOptions
    @Flag(name: .long, help: "No colours (also when NO_COLOR is set).") var noColor = false

    func run() throws {
        guard Console.stdoutIsTerminal, isatty(STDIN_FILENO) == 1 else {
            Console.error("standard output is not a terminal; use a subcommand such as 'briefing list' (see --help)")
            throw ExitCode(2)
        }
        // Settings first: a bad configuration file is reported before the terminal is taken.
        let config = try ReaderConfig.loadOrExit()
        var corpus = corpus
        if corpus.paths.isEmpty, let folder = config.folder {
            corpus.paths = [NSString(string: folder).expandingTildeInPath]
        }
        // With the index (the usual case), the reader opens at once: the folder is read into the index in the
        // background, the status line counting documents, then the corpus-wide analysis arrives part by part.
        // Whatever can stop the command (a missing path, an index that is not ours) is checked first.
        var early: [String] = []
        guard let index = try corpus.openIndex(&early) else { return try runWithoutIndex(corpus, config: config, warnings: early) }
        for p in corpus.resolvedPaths where !FileManager.default.fileExists(atPath: p) {
            Console.error(IngestError.notFound(p).localizedDescription)
            throw ExitCode(2)
        }
        let backend = try openBackend()
        var state = AppState(shelf: DocumentShelf([]), width: backend.size.width, height: backend.size.height, colors: backend.colors)
        state.apply(config)
        state.analysing = true
        state.reading = (0, 0)
        let box = ShelfBox()
        let search: @Sendable (String) -> [SearchHit] = { q in
            guard let paths = box.paths, !paths.isEmpty else { return [] }
            return (try? index.search(q, filter: .init(paths: paths))) ?? []
        }
        let options = corpus
        let opening = early // the index's own warnings (kept in memory, or damaged and started afresh)
        let exit = RunLoop.run(&state, backend: wrap(backend), search: search, background: { publish in
            let catalog: CorpusIndex.Catalog
            do throws(IngestError) {
                catalog = try index.refresh(options.resolvedPaths, loader: options.loader) { publish(.reading(done: $0, total: $1)) }
            } catch {
                return publish(.failed(error.localizedDescription, status: error.exitCode))
            }
            guard !catalog.headers.isEmpty else {
                let none = IngestError.nothingReadable(catalog.paths)
                return publish(.failed(((opening + catalog.warnings) + [none.localizedDescription]).joined(separator: "\n"), status: none.exitCode))
            }
            let shelf = DocumentShelf(headers: catalog.headers, source: index, decodesInBackground: true)
            box.set(shelf)
            publish(.shelved(shelf, warnings: opening + catalog.warnings))
            let extras = CorpusAnalysis.load(index: index, fingerprint: catalog.fingerprint, documents: { shelf.all() }) { publish(.analysed($0)) }
            publish(.analysed(extras))
        }, export: { request in
            guard let shelf = box.shelf else { return "the documents are still being read" }
            return ReaderExport.write(request, shelf: shelf, title: title(options))
        })
        if let failure = state.failure {
            for line in failure.message.split(separator: "\n") { Console.error(String(line)) }
            throw ExitCode(failure.status)
        }
        if case .signal(let s) = exit { throw ExitCode(128 + s) }
    }

    /// `--no-index`: everything read and analysed before the reader opens (warnings shown in it).
    func runWithoutIndex(_ corpus: CorpusOptions, config: ReaderConfig, warnings early: [String]) throws {
        let shelved = try corpus.shelve()
        let shelf = shelved.shelf
        let backend = try openBackend()
        var state = AppState(shelf: shelf, width: backend.size.width, height: backend.size.height, colors: backend.colors)
        state.apply(config)
        state.analysing = true
        state.show(warnings: early + shelved.warnings)
        switch RunLoop.run(&state, backend: wrap(backend), background: { publish in
            let extras = CorpusAnalysis.load(index: nil, fingerprint: nil, documents: { shelf.all() }) { publish(.analysed($0)) }
            publish(.analysed(extras))
        }, export: { request in ReaderExport.write(request, shelf: shelf, title: title(corpus)) }) {
        case .quit: return
        case .signal(let s): throw ExitCode(128 + s)
        }
    }

    func openBackend() throws -> NcursesBackend {
        let noColorEnv = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        do {
            return try NcursesBackend(wantColors: !(noColor || noColorEnv))
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }

    /// The real backend, or the crash-test one under `BRIEFING_TEST_CRASH=1`.
    func wrap(_ backend: NcursesBackend) -> TerminalBackend {
        ProcessInfo.processInfo.environment["BRIEFING_TEST_CRASH"] == "1" ? CrashTestBackend(backend) : backend
    }

    func title(_ corpus: CorpusOptions) -> String {
        "Briefing: " + corpus.resolvedPaths.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
    }
}

/// The shelf once the background has read the folder, for the search and export closures (which run on
/// other threads).
final class ShelfBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: DocumentShelf?
    private var storedPaths: [String]?
    func set(_ shelf: DocumentShelf) {
        lock.lock(); stored = shelf; storedPaths = shelf.headers.map(\.absolutePath); lock.unlock()
    }
    var shelf: DocumentShelf? { lock.lock(); defer { lock.unlock() }; return stored }
    var paths: [String]? { lock.lock(); defer { lock.unlock() }; return storedPaths }
}
