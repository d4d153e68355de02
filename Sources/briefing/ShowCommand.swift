import ArgumentParser
import BriefingCore

/// `briefing show FILE`: the normalised text, turn by turn.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a document's normalised text, turn by turn.")

    @Argument(help: "The document to show.") var file: String
    @Flag(help: "Print JSON.") var json = false

    struct Output: Codable {
        var document: String
        var title: String
        var format: DocumentFormat
        var date: String?
        var turns: [Paragraph]
    }

    struct Paragraph: Codable {
        var speaker: String?
        var start: Int
        var end: Int
        var text: String
    }

    func run() throws {
        let doc = try SingleDocument.load(file)
        let turns = TurnBuilder.turns(doc)
        var paragraphs: [Paragraph]
        if turns.isEmpty {
            paragraphs = doc.blocks.map { Paragraph(speaker: nil, start: $0.span.start, end: $0.span.end, text: doc.text.joined($0.pieces)) }
        } else {
            paragraphs = turns.map { Paragraph(speaker: $0.speaker, start: $0.span.start, end: $0.span.end, text: doc.text.joined($0.pieces)) }
            // Text outside every turn (a dateline or an introduction before the first label) is kept, unattributed.
            paragraphs += doc.blocks(outside: turns).map { Paragraph(speaker: nil, start: $0.span.start, end: $0.span.end, text: doc.text.joined($0.pieces)) }
            paragraphs.sort { $0.start < $1.start }
        }
        if json {
            try Console.json(Output(document: doc.name, title: doc.title, format: doc.format, date: doc.date?.iso, turns: paragraphs))
            return
        }
        Console.out(TextSanitizer.clean(doc.title)) // one line, whatever the title holds
        Console.out("\(doc.format.rawValue) · \(doc.date?.iso ?? "undated")\n")
        for p in paragraphs {
            if let s = p.speaker { Console.out(TextSanitizer.clean(s.uppercased() + ":")) }
            Console.out(TextSanitizer.clean(p.text) + "\n")
        }
    }
}

/// Loads exactly one file for the commands that take one.
enum SingleDocument {
    static func load(_ path: String) throws -> Document {
        let options = try CorpusOptions.parse([path])
        let result = try options.load()
        guard let doc = result.documents.first else { throw ExitCode(1) }
        return doc
    }

    /// One file with its speaker analysis (from the index when it has it).
    static func loadAnalysed(_ path: String) throws -> (Document, SpeakerAnalysis) {
        let result = try CorpusOptions.parse([path]).load()
        guard let doc = result.documents.first else { throw ExitCode(1) }
        return (doc, result.analyses[0])
    }
}
