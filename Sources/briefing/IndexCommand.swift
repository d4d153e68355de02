import ArgumentParser
import BriefingCore
import Foundation

/// `briefing index`: builds or refreshes the index for the documents, and says what it did.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "index", abstract: "Build or refresh the index of the documents.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let start = Date()
        let loaded = try corpus.load()
        guard let index = loaded.index else { throw ExitCode(1) }
        let bytes = loaded.documents.reduce(0) { $0 + $1.text.count }
        Console.out("\(loaded.documents.count) documents (\(String(format: "%.1f", Double(bytes) / 1_048_576)) M characters), "
                    + "\(index.analysedCount) analysed, \(loaded.documents.count - index.analysedCount) from the index, "
                    + String(format: "%.2f s", Date().timeIntervalSince(start)) + " · \(index.path)")
    }
}
