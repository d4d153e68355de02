@testable import BriefingUI
import BriefingTestSupport
import Foundation
import Testing

/// The README's key table is the key map's: a changed binding or help text without the README fails here.
/// `BRIEFING_UPDATE_README=1 swift test --filter ReadmeTests` writes the table into the README.
@Suite struct ReadmeTests {
    @Test func keyTableMatchesTheKeyMap() throws {
        let path = PackagePaths.root + "/README.md"
        let readme = try String(contentsOfFile: path, encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- keys:begin"))
        let open = try #require(readme.range(of: "-->\n", range: begin.upperBound..<readme.endIndex))
        let end = try #require(readme.range(of: "<!-- keys:end -->", range: open.upperBound..<readme.endIndex))
        let shown = String(readme[open.upperBound..<end.lowerBound])
        let expected = KeyMap.standard.markdownTable + "\n"
        if shown != expected, ProcessInfo.processInfo.environment["BRIEFING_UPDATE_README"] == "1" {
            try (readme[..<open.upperBound] + expected + readme[end.lowerBound...]).write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        #expect(shown == expected, "the README's key table differs from the key map; rerun with BRIEFING_UPDATE_README=1")
        for action in Action.allCases { #expect(expected.contains("| \(action.rawValue) |"), "\(action) has no key in the table") }
    }
}
