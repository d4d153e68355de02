import ArgumentParser
import BriefingCore

/// `briefing turns FILE`: who speaks where.
struct TurnsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "turns", abstract: "Print a document's speakers and turns with their offsets.")

    @Argument(help: "The document.") var file: String
    @Flag(help: "Print JSON.") var json = false
    @Flag(help: "For a transcript without labels: every unit with its cues and the speaker it went to.") var explain = false

    func run() throws {
        let (doc, analysis) = try SingleDocument.loadAnalysed(file)
        if explain {
            guard !doc.hasSpeakerLabels else {
                Console.out("\(doc.name) has speaker labels; its turns come from them.")
                return
            }
            if doc.format == .article {
                let verdict = ConversationDetector.assess(doc, sentences: doc.sentences())
                Console.out(TextSanitizer.clean(verdict.reason))
                guard verdict.isConversation else { return }
                let a = FloorAttributor.attribute(doc)
                Console.out("shape: \(a.shape)")
                Console.out(TextSanitizer.clean("decoded: \(a.method)"))
                for (name, role) in a.roles.sorted(by: { $0.key < $1.key }) { Console.out(TextSanitizer.clean("person: \(name) — \(role)")) }
                for u in a.units {
                    let text = TextSanitizer.clean(String(u.unit.text.prefix(80)))
                    Console.out(TextSanitizer.clean("\(u.unit.span.start)\t\(u.speaker)\t\(u.side)\t\(u.cues.summary)\t") + text)
                }
                return
            }
            let a = SpeakerAttributor.attribute(doc)
            let names = a.people.map(\.name)
            Console.out("host: \(a.host)")
            for p in a.people { Console.out("person: \(p.name)\(p.role.map { " — \($0)" } ?? "")") }
            for u in a.units {
                let text = TextSanitizer.clean(String(u.unit.text.prefix(80)))
                Console.out("\(u.unit.span.start)\t\(u.speaker)\t\(u.cues.summary(names))\t\(text)")
            }
            return
        }
        let report = TurnsReport(doc, analysis: analysis)
        if json {
            try Console.json(report)
            return
        }
        Console.out(Table.render(header: ["SPEAKER", "ROLE", "WORDS", "TURNS"],
                                 rows: report.speakers.map { [TextSanitizer.clean($0.name), TextSanitizer.clean($0.role ?? ""), String($0.words), String($0.turns)] },
                                 rightAligned: [2, 3]))
        Console.out("")
        for t in report.turns {
            let preview = TextSanitizer.clean(doc.text.joined([TextSpan(t.start, min(t.end, t.start + 60))]))
            Console.out("\(t.start)-\(t.end)  \(TextSanitizer.clean(t.speaker)): \(preview)…")
        }
    }
}
