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
        // Document headers at once (each document is decoded when first shown); the corpus-wide
        // analysis in the background, arriving as an event.
        // New and changed documents are read before the reader opens: say how far along that is, on stderr
        // (one line, rewritten in place and cleared), so a large cold folder does not look hung.
        let stderrIsTerminal = isatty(STDERR_FILENO) == 1
        var shown = false
        let shelved = try corpus.shelve(progress: stderrIsTerminal ? { done, total in
            guard total >= 50 else { return }
            shown = true
            FileHandle.standardError.write(Data("\rbriefing: reading documents \(done) of \(total)…".utf8))
        } : nil)
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let (shelf, warnings, index, fingerprint) = (shelved.shelf, shelved.warnings, shelved.index, shelved.fingerprint)
        let noColorEnv = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let backend: NcursesBackend
        do {
            backend = try NcursesBackend(wantColors: !(noColor || noColorEnv))
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        var state = AppState(shelf: shelf, width: backend.size.width, height: backend.size.height, colors: backend.colors)
        state.apply(config)
        state.analysing = true
        if let first = warnings.first {
            state.message = warnings.count == 1 ? first : "\(first) (and \(warnings.count - 1) more warnings)"
        }
        let crashTest = ProcessInfo.processInfo.environment["BRIEFING_TEST_CRASH"] == "1"
        let paths = shelf.headers.map(\.absolutePath)
        let folders = corpus.resolvedPaths
        var search: (@Sendable (String) -> [SearchHit])?
        if let ix = index {
            search = { @Sendable q in (try? ix.search(q, filter: .init(paths: paths))) ?? [] }
        }
        switch RunLoop.run(&state, backend: crashTest ? CrashTestBackend(backend) : backend, search: search,
                           background: { publish in
                               let extras = ReaderExtras.load(shelf, index: index, fingerprint: fingerprint) { publish(.analysed($0)) }
                               publish(.analysed(extras))
                           },
                           export: { request in ReaderExport.write(request, shelf: shelf, title: "Briefing: " + folders.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")) }) {
        case .quit: return
        case .signal(let s): throw ExitCode(128 + s)
        }
    }
}
