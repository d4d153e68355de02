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
        #expect(throws: CorrectionError.notAMapping(f.path + "/briefing.yaml", path: [])) {
            try Correction(documentPath: path, speaker: "ROE", kind: .rename(to: "Jane Roe")).save()
        }
        #expect(try String(contentsOfFile: f.path + "/briefing.yaml", encoding: .utf8) == "- just\n- a list\n")
    }

    @Test func aRenameKeepsCommentsOrderAndFormatting() throws {
        let f = TemporaryFolder()
        let path = f.write("call.txt", transcript)
        let before = """
        # Who is who in these calls.
        documents:
          call.txt:
            title: The call   # from the invitation
            speakers:
              Q: Reporter     # every questioner
            roles: { ROE: chair }

          zeta.txt:           # kept after call.txt
            title: Zeta

        """
        f.write("briefing.yaml", before)
        try Correction(documentPath: path, speaker: "ROE", kind: .rename(to: "Jane Roe")).save()
        try Correction(documentPath: path, speaker: "Jane Roe", kind: .role("the chair: acting")).save()
        let after = try String(contentsOfFile: f.path + "/briefing.yaml", encoding: .utf8)
        #expect(after == """
        # Who is who in these calls.
        documents:
          call.txt:
            title: The call   # from the invitation
            speakers:
              Q: Reporter     # every questioner
              ROE: Jane Roe
            roles: { ROE: chair, Jane Roe: "the chair: acting" }

          zeta.txt:           # kept after call.txt
            title: Zeta

        """)
        let doc = try CorpusLoader().load([f.path]).documents[0]
        #expect(doc.speakerAliases["ROE"] == "Jane Roe")
        #expect(doc.people.first { $0.name == "Jane Roe" }?.role == "the chair: acting")
    }

    @Test func aMalformedFileIsNeverWrittenAndTheErrorSaysWhatWasKept() throws {
        let f = TemporaryFolder()
        let path = f.write("call.txt", transcript)
        let broken = "documents:\n  call.txt:\n    speakers: { ROE: [unclosed\n"
        f.write("briefing.yaml", broken)
        do {
            try Correction(documentPath: path, speaker: "ROE", kind: .rename(to: "Jane Roe")).save()
            Issue.record("saved into a malformed file")
        } catch {
            let message = error.localizedDescription
            #expect(message.contains("not valid YAML") && message.contains("left as it was"))
            #expect(!message.contains("Yams") && !message.contains("Domain"))
        }
        #expect(try String(contentsOfFile: f.path + "/briefing.yaml", encoding: .utf8) == broken)
        // The load says so instead of ignoring it in silence.
        #expect(try CorpusLoader().load([f.path]).warnings.contains { $0.contains("briefing.yaml") && $0.contains("not valid YAML") })
    }

    @Test func anUnwritableFolderIsSaidInWordsAndLeavesNoTemporaryFile() throws {
        let f = TemporaryFolder()
        let missing = f.path + "/gone/call.txt" // its folder does not exist: nothing can be written there
        #expect(throws: CorrectionError.unwritable(f.path + "/gone/briefing.yaml", "no such file or directory")) {
            try Correction(documentPath: missing, speaker: "ROE", kind: .rename(to: "Jane Roe")).save()
        }
        let path = f.write("call.txt", transcript)
        f.write("briefing.yaml", "documents: {}\n")
        try Correction(documentPath: path, speaker: "ROE", kind: .rename(to: "Jane Roe")).save()
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.path).sorted() == ["briefing.yaml", "call.txt"])
        #expect(try String(contentsOfFile: f.path + "/briefing.yaml", encoding: .utf8) == "documents: {call.txt: { speakers: { ROE: Jane Roe } }}\n")
    }

    @Test func aLoneYmlFileIsTheOneEdited() throws {
        let f = TemporaryFolder()
        let path = f.write("call.txt", transcript)
        f.write("briefing.yml", "call.txt:\n  title: Top-level entries\n")
        try Correction(documentPath: path, speaker: "Q", kind: .rename(to: "Reporter")).save()
        #expect(!FileManager.default.fileExists(atPath: f.path + "/briefing.yaml"))
        #expect(try String(contentsOfFile: f.path + "/briefing.yml", encoding: .utf8)
                == "call.txt:\n  title: Top-level entries\n  speakers:\n    Q: Reporter\n")
    }
}
