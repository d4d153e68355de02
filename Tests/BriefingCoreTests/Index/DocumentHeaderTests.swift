import BriefingCore
import Foundation
import Testing

/// Paths as the index keys them.
@Suite struct DocumentHeaderTests {
    @Test func pathsAreMadeAbsoluteAndStandard() {
        let cwd = FileManager.default.currentDirectoryPath
        #expect(DocumentHeader.absolute("a/./b/../c.txt") == (cwd == "/" ? "" : cwd) + "/a/c.txt")
        #expect(DocumentHeader.absolute("/x//y/./z.md") == "/x/y/z.md")
        #expect(DocumentHeader.absolute("/x/../../y") == "/y")
        #expect(DocumentHeader.absolute("/") == "/")
        // The same answer as Foundation's, which the index used before.
        for p in ["seeds/000.txt", "./seeds/../seeds/x.srt", "/tmp/a b/ç.txt"] {
            #expect(DocumentHeader.absolute(p) == URL(fileURLWithPath: p).standardizedFileURL.path)
        }
    }
}
