@testable import BriefingCore
import BriefingTestSupport
import Testing

/// A claim stays inside one speaker's turn and names its claimant in full; a long thread's related claims
/// count copies of one sentence once. Fixtures written for these tests.
@Suite struct ClaimSpanAndClaimantTests {
    func claims(_ files: [(String, String)]) throws -> [Claim] { try Fixtures.linkedClaims(files).claims }

    @Test func aClaimNeverRunsIntoTheNextSpeakersWords() throws {
        // The reporter's turn ends without a full stop, so the sentence runs on into the next label's words.
        let found = try claims([("2022-05-04-briefing.txt", """
        MODERATOR: Good afternoon, and thank you for coming to the harbour office.

        REPORTER: So, I wanted to ask what your message to the fishermen in Portsmouth was —

        HARBOUR MASTER: We estimate that 4,000 boats stayed in port during the storm last week.

        REPORTER: And the ferries?

        HARBOUR MASTER: The ferries returned to service on Monday after the inspection of the piers.
        """)])
        let figure = try #require(found.first { $0.text.contains("4,000") }, "\(found.map(\.text))")
        #expect(!figure.text.contains("message"), "\(figure.text)")
        #expect(figure.claimant == "HARBOUR MASTER")
        #expect(found.allSatisfy { !($0.text.contains("message") && $0.text.contains("boats")) })
    }

    func claim(_ claimant: String, path: String) -> Claim {
        Claim(id: 0, document: path, path: path, start: 0, end: 10, text: "text", claimant: claimant, kind: .assertion,
              quantities: [], date: nil, negated: false, references: [], related: [], links: [])
    }

    @Test func aClaimantKnownByOneWordGetsTheFullName() {
        var cs = [claim("Amara", path: "a"), claim("Amara Okafor", path: "b"), claim("Q", path: "a"), claim("Lee", path: "a"),
                  claim("Tom", path: "a")]
        let people = ["Amara Okafor", "Q", "Lee", "Tom Reyes", "Tom Baker", "Admiral Tom Baker"]
        ClaimBuilder.resolveClaimants(&cs, people: people, texts: ["a": "as admiral tom baker said, the harbour is open."])
        #expect(cs[0].claimant == "Amara Okafor")        // one person of the corpus by that word
        #expect(cs[2].claimant == "Q" && cs[3].claimant == "Lee") // nobody's full name has it
        // Two Toms in the corpus, but only Tom Baker (with or without his title) is named in this document.
        #expect(cs[4].claimant == "Admiral Tom Baker" || cs[4].claimant == "Tom Baker")
        var elsewhere = [claim("Tom", path: "z")]
        ClaimBuilder.resolveClaimants(&elsewhere, people: people, texts: [:])
        #expect(elsewhere[0].claimant == "Tom") // Tom Reyes or Tom Baker: not one person, left alone
    }

    @Test func threadsNameWhoGaveAFigureBySurname() {
        #expect(ClaimThreader.surname("KARINE JEAN-PIERRE") == "Jean-Pierre")
        #expect(ClaimThreader.surname("Admiral John Kirby") == "Kirby")
        #expect(ClaimThreader.surname("MINISTER") == "Minister")
    }

    @Test func threadNeighboursCountCopiesOnce() {
        // Members 0…5 in date order; 1 and 2 are one sentence (a transcript and its copy), as are 4 and 5.
        let texts = ["a", "b", "b", "c", "d", "d"]
        let near = ClaimLinker.neighbours(of: 0, in: Array(0..<6), texts: texts, count: 2)
        #expect(Set(near) == [1, 2, 3]) // two different statements after it: b (both copies) and c
        #expect(Set(ClaimLinker.neighbours(of: 3, in: Array(0..<6), texts: texts, count: 1)) == [1, 2, 4, 5])
    }
}
