import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

/// Corrections go to briefing.yaml and apply on the next load; the document is never touched.
@Suite struct CorrectionTests {
    let transcript = "ROE: Hello there.\nORTIZ: Hi.\nQ: A question?\nROE: An answer.\n"

    @Test func renameMergeAndRoleApplyOnTheNextLoad() throws {
        let f = TemporaryFolder()
        let path = f.write("call.txt", transcript)
        f.write("briefing.yaml", "# notes\ndocuments:\n  other.txt:\n    title: Kept\n")
        try Correction(documentPath: path, speaker: "ROE", kind: .rename(to: "Jane Roe")).save()
        try Correction(documentPath: path, speaker: "Q", kind: .rename(to: "ORTIZ")).save() // merge
        try Correction(documentPath: path, speaker: "Jane Roe", kind: .role("chair")).save()
        let doc = try CorpusLoader().load([f.path]).documents[0]
        let report = TurnsReport(doc, analysis: TurnBuilder.analyze(doc))
        #expect(report.speakers.map(\.name) == ["Jane Roe", "ORTIZ"])
        #expect(report.speakers.map(\.turns) == [2, 1]) // ORTIZ and the merged questioner are one turn
        #expect(report.speakers[0].role == "chair")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == transcript)
        let yaml = try String(contentsOfFile: f.path + "/briefing.yaml", encoding: .utf8)
        #expect(yaml.contains("other.txt") && yaml.contains("Kept"))
    }

    @Test func aBrokenMetadataFileIsNotOverwritten() throws {
        let f = TemporaryFolder()
        let path = f.write("call.txt", transcript)
        f.write("briefing.yaml", "- just\n- a list\n")
        #expect(throws: CorrectionError.notAMapping(f.path + "/briefing.yaml")) {
            try Correction(documentPath: path, speaker: "ROE", kind: .rename(to: "Jane Roe")).save()
        }
        #expect(try String(contentsOfFile: f.path + "/briefing.yaml", encoding: .utf8) == "- just\n- a list\n")
    }
}
