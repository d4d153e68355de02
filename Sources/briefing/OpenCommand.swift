import ArgumentParser
import BriefingCore

/// `briefing [PATH...]`: opens the reader when stdout is a terminal.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Open the reader on the documents (the default).")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        guard Console.stdoutIsTerminal else {
            Console.error("standard output is not a terminal; use a subcommand such as 'briefing list' (see --help)")
            throw ExitCode(2)
        }
        let result = try corpus.load()
        for doc in result.documents { Console.out("\(doc.path)  \(doc.format.rawValue)  \(doc.title)") }
    }
}
