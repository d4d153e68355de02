@testable import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

/// The take-away briefing: what a scope keeps, links back to the passages, and text from the documents that
/// cannot turn into markup in Markdown or HTML.
@Suite struct BriefingExportTests {
    static let harbour = """
    Harbour council briefing
    Date: 2024-03-12

    MS. REED: Good morning. On 4 March 2024 the council approved the new harbour wall, at a cost of 12 million dollars.
    MR. KANE: The harbour wall will take two years to build. Work begins in May 2024.
    MS. REED: The ferry service resumed on 1 February 2024 after the storm.
    Q: Is the cost still 12 million dollars?
    MR. KANE: Yes, the harbour wall costs 12 million dollars, and the ferry fares stay the same.
    """

    static let hostile = """
    Notes <script>alert(1)</script>
    Date: 2024-03-20

    MS. REED: The [harbour wall](javascript:alert(1)) approved on 4 March 2024 costs **12 million** dollars <b>now</b>.
    MR. KANE: # Not a heading. The ferry returned on 1 February 2024 and \u{1B}]0;pwned\u{07} fares are the same.
    """

    func export(_ scope: BriefingExport.Scope = .init()) -> BriefingExport {
        let docs = [DocumentParser.parse(SourceText(Self.harbour), path: "/tmp/briefing-export/harbour.txt"),
                    DocumentParser.parse(SourceText(Self.hostile), path: "/tmp/briefing-export/notes.txt")]
        let analyses = docs.map { TurnBuilder.analyze($0) }
        let t = TimelineBuilder().build(docs, analyses: analyses)
        let (claims, threads) = ClaimBuilder().buildWithThreads(docs, analyses: analyses, timeline: t)
        let topics = TopicExtractor(docs, analyses: analyses).allTopics(documentLimit: 15, corpusLimit: 0).documents
        return BriefingExport(title: "Harbour", scope: scope, documents: docs, analyses: analyses, timeline: t.entries,
                              claims: claims, threads: threads, topics: topics,
                              candidates: Summarizer.candidates(docs, analyses: analyses))
    }

    @Test func everythingWithSourcesThatPointAtThePassage() throws {
        let e = export()
        #expect(e.documents.count == 2)
        #expect(!e.events.isEmpty && !e.speakers.isEmpty && !e.topics.isEmpty)
        let march = try #require(e.events.first { $0.date.contains("2024-03-04") })
        #expect(march.documents == Set(march.mentions.map(\.source.path)).count)
        let m = march.mentions[0]
        let text = Array(Self.harbour.unicodeScalars)
        let passage = String(String.UnicodeScalarView(text[m.source.start..<m.source.end]))
        #expect(passage.contains("4 March 2024"))
        #expect(m.source.uri == "file:///tmp/briefing-export/harbour.txt#char=\(m.source.start),\(m.source.end)")
        #expect(m.source.href(from: nil) == "/tmp/briefing-export/harbour.txt#char=\(m.source.start),\(m.source.end)")
        #expect(m.source.href(from: "/tmp/briefing-export") == "harbour.txt#char=\(m.source.start),\(m.source.end)")
        #expect(m.source.href(from: "/tmp/out/deep/") == "../../briefing-export/harbour.txt#char=\(m.source.start),\(m.source.end)")
        let spaced = BriefingExport.Source(document: "a b#1.txt", path: "/x/a b#1.txt", start: 0, end: 1)
        #expect(spaced.href(from: "/x") == "a%20b%231.txt#char=0,1")
        // Entries in date order.
        #expect(e.events.map(\.date) == e.events.map(\.date).sorted())
    }

    @Test func scopeKeepsOneSpeakerAndDates() {
        let kane = export(.init(speaker: "MR. KANE"))
        #expect(kane.speakers.map(\.name) == ["MR. KANE"])
        #expect(kane.events.allSatisfy { $0.mentions.allSatisfy { $0.speaker == "MR. KANE" } })
        #expect(kane.threads.allSatisfy { t in t.claims.contains { $0.claimant == "MR. KANE" } })
        let feb = export(.init(from: Day(bound: "2024-02", end: false), to: Day(bound: "2024-02", end: true)))
        #expect(!feb.events.isEmpty && feb.events.allSatisfy { $0.date.hasPrefix("2024-02") })
        #expect(feb.scope.description == "dates 2024-02-01 to 2024-02-29")
        let topic = export(.init(topic: "ferry"))
        #expect(topic.events.allSatisfy { $0.label.lowercased().contains("ferry") })
    }

    @Test func markdownCannotBeInjected() {
        let md = ExportWriter.markdown(export())
        #expect(md.contains("\\[harbour wall\\](javascript:"))
        // The only links are ours, to the documents: every unescaped "](" opens a file link.
        let parts = md.components(separatedBy: "](")
        for (before, after) in zip(parts, parts.dropFirst()) where !before.hasSuffix("\\") {
            #expect(after.hasPrefix("</tmp/briefing-export/"), "\(after.prefix(40))")
        }
        #expect(!md.contains("<script>") && md.contains("\\<script\\>"))
        #expect(!md.contains("**12 million**"))
        #expect(!md.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        // No line of document text opens a block: every line is ours (heading, list item, or plain words).
        for line in md.split(separator: "\n") {
            #expect(line.hasPrefix("#") || line.hasPrefix("- ") || line.hasPrefix("  - ") || line.first?.isLetter == true
                    || line.first?.isNumber == true || line.hasPrefix("_"), "\(line)")
        }
        #expect(ExportWriter.md("# x") == "\\# x" && ExportWriter.md("1. x") == "1\\. x" && ExportWriter.md("- x") == "\\- x")
    }

    @Test func htmlIsEscapedAndSelfContained() {
        let html = ExportWriter.html(export())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script") && html.contains("&lt;script&gt;"))
        #expect(!html.contains("<b>now</b>") && !html.contains("href=\"javascript"))
        #expect(!html.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        // Nothing is fetched: no external stylesheet, script, image or font.
        #expect(!html.contains("<link") && !html.contains("src=") && !html.contains("http://") && !html.contains("https://"))
        for id in ["timeline", "claims", "speakers", "topics", "documents"] { #expect(html.contains("<section id=\"\(id)\">")) }
    }

    @Test func exportFileNeverOverwrites() throws {
        let dir = TemporaryFolder()
        let path = dir.path + "/out.md"
        try ExportFile.writeNew("first\n", to: path)
        #expect(throws: ExportFile.Failure.self) { try ExportFile.writeNew("second\n", to: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\n")
        // A link planted where the export goes is not followed.
        let target = dir.path + "/target.txt"
        try "keep\n".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/link.md", withDestinationPath: target)
        #expect(throws: ExportFile.Failure.self) { try ExportFile.writeNew("x\n", to: dir.path + "/link.md") }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep\n")
    }
}
