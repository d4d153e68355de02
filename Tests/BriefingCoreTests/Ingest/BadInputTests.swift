import BriefingCore
import BriefingTestSupport
import Foundation
import Testing

/// Every kind of bad input gets a clear message, and the rest of the folder still loads.
@Suite struct BadInputTests {
    let good = "The council met today. It voted to close the bridge.\n"

    @Test func missingPathIsAnError() {
        #expect(throws: IngestError.notFound("/no/such/place")) { try CorpusLoader().load(["/no/such/place"]) }
    }

    @Test func folderWithNothingReadable() throws {
        let f = TemporaryFolder()
        f.write("image.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        f.write("empty.txt", "")
        let r = try CorpusLoader().load([f.path])
        #expect(r.documents.isEmpty)
        #expect(r.warnings.count == 2)
        #expect(throws: IngestError.nothingReadable([f.path])) { try r.requireDocuments() }
    }

    @Test func binaryFilesAreSkippedAndNamed() throws {
        let f = TemporaryFolder()
        f.write("a.txt", good)
        let bin = f.write("b.dat", bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 3])
        let r = try CorpusLoader().load([f.path])
        #expect(r.documents.count == 1)
        #expect(r.warnings == ["\(bin): binary file, skipped"])
    }

    @Test func invalidUTF8IsDecodedWithReplacementAndWarned() throws {
        let f = TemporaryFolder()
        let p = f.write("latin1.txt", bytes: Array("Caf".utf8) + [0xE9] + Array(" au lait. It is good.\n".utf8))
        let r = try CorpusLoader().load([f.path])
        #expect(r.documents.count == 1)
        #expect(r.documents[0].text.string(r.documents[0].text.whole).hasPrefix("Caf\u{FFFD} au lait"))
        #expect(r.warnings == ["\(p): not valid UTF-8; bad bytes shown as \u{FFFD}"])
    }

    @Test func emptyFilesAreSkipped() throws {
        let f = TemporaryFolder()
        f.write("a.txt", good)
        let e = f.write("blank.txt", "  \n\n")
        let r = try CorpusLoader().load([f.path])
        #expect(r.documents.count == 1)
        #expect(r.warnings == ["\(e): empty file, skipped"])
    }

    @Test func hugeFilesAreRefusedBeforeReading() throws {
        let f = TemporaryFolder()
        f.write("a.txt", good)
        let big = f.path + "/huge.txt"
        _ = FileManager.default.createFile(atPath: big, contents: nil)
        let h = FileHandle(forWritingAtPath: big)!
        try h.truncate(atOffset: 200 * 1_048_576) // sparse: nothing is written
        try h.close()
        let r = try CorpusLoader().load([f.path])
        #expect(r.documents.map(\.name) == ["a.txt"])
        #expect(r.warnings == ["\(big): too large (200 MB; the limit is 64 MB, see --max-size), skipped"])
    }

    @Test func largeTextUnderTheLimitLoads() throws {
        let f = TemporaryFolder()
        let line = "The committee heard from witnesses about the budget, and Mr. Ortiz asked about No. 3 on the list.\n"
        f.write("big.txt", String(repeating: line, count: 30_000)) // about 3 MB, one paragraph per line
        let r = try CorpusLoader().load([f.path])
        #expect(r.documents.count == 1)
        #expect(r.documents[0].blocks.count == 30_000)
    }

    @Test func permissionDeniedMapsToAClearMessage() throws {
        #expect(IngestError.permissionDenied("x.txt").localizedDescription == "x.txt: permission denied")
        // As root every file is readable; the end-to-end test runs this case as an unprivileged user.
        guard getuid() != 0 else { return }
        let f = TemporaryFolder()
        f.write("a.txt", good)
        let p = f.write("secret.txt", good)
        chmod(p, 0)
        let r = try CorpusLoader().load([f.path])
        #expect(r.warnings == ["\(p): permission denied"])
    }

    @Test func symlinkLoopsAreReportedNotFollowed() throws {
        let f = TemporaryFolder()
        f.write("sub/a.txt", good)
        f.symlink("sub/again", to: f.path + "/sub")
        f.symlink("self", to: f.path + "/self")
        let r = try CorpusLoader().load([f.path])
        #expect(r.documents.map(\.name) == ["a.txt"])
        #expect(r.warnings.contains("\(f.path)/self: symbolic link loop, skipped"))
        #expect(r.warnings.contains("\(f.path)/sub/again: symbolic link loop, skipped"))
    }

    @Test func utf16WithAByteOrderMarkIsText() throws {
        let f = TemporaryFolder()
        let text = "HOST: Welcome, Amara — 北朝鲜 and ünïcode.\nAMARA: Thanks. The council met today.\n"
        let units = Array(text.utf16)
        f.write("le.txt", bytes: [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        f.write("be.txt", bytes: [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        let r = try CorpusLoader().load([f.path])
        #expect(r.warnings.isEmpty, "\(r.warnings)")
        #expect(r.documents.count == 2)
        for d in r.documents { #expect(d.text.string(d.body).contains("北朝鲜 and ünïcode") && d.text.string(d.body).contains("council met")) }
        // A broken surrogate is replaced and said, not a reason to skip the file.
        f.write("bad.txt", bytes: [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00, 0x43, 0x00, 0x44, 0x00, 0x45, 0x00])
        let bad = try FileReader().decode(Array(try Data(contentsOf: URL(fileURLWithPath: f.path + "/bad.txt"))), path: "bad.txt")
        #expect(bad.warning?.contains("not valid UTF-16") == true && bad.text.hasPrefix("A\u{FFFD}"))
    }

    @Test func looksBinaryHeuristics() {
        #expect(FileReader.looksBinary([0x41, 0, 0x42]))
        #expect(!FileReader.looksBinary(Array("plain text\twith tabs\r\n".utf8)))
        #expect(FileReader.looksBinary([UInt8](repeating: 0x01, count: 100)))
    }
}
