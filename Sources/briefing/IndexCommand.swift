import ArgumentParser
import BriefingCore
import Foundation

/// `briefing index`: builds or refreshes the index for the documents, and says what it did.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "index", abstract: "Build or refresh the index of the documents.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let start = Date()
        var warnings: [String] = []
        guard let index = try corpus.openIndex(&warnings) else {
            for w in warnings { Console.warn(w) }
            Console.error(corpus.noIndex ? "--no-index: there is no index to build" : "the index cannot be opened")
            throw ExitCode(1)
        }
        let catalog = try corpus.refresh(index, warnings: &warnings)
        for w in warnings { Console.warn(w) }
        // The corpus analysis too, so that timeline, claims and topics answer from the index afterwards.
        let kept = index.hasStoredAnalysis(catalog.fingerprint)
        if !kept { try? CorpusAnalysis.store(index: index, fingerprint: catalog.fingerprint, documents: index.reader(catalog.headers)) }
        let count = catalog.headers.count
        Console.out("\(count) documents (\(String(format: "%.1f", Double(catalog.bytes) / 1_048_576)) MB), "
                    + "\(index.analysedCount) analysed, \(count - index.analysedCount) from the index, "
                    + (kept ? "corpus analysis from the index, " : "corpus analysis made, ")
                    + String(format: "%.2f s", Date().timeIntervalSince(start)) + " · \(index.path)")
    }
}
