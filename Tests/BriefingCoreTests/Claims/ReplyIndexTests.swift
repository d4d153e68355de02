@testable import BriefingCore
import Testing

/// What the linker looks up to find what a reply by name answers: the claims of each claimant someone names,
/// by document and as groups of copies; nobody else's.
@Suite struct ReplyIndexTests {
    func claim(_ claimant: String?, path: String, start: Int, references: [String] = []) -> Claim {
        Claim(id: 0, document: path, path: path, start: start, end: start + 10, text: "text", claimant: claimant, kind: .assertion,
              quantities: [], date: nil, negated: false, references: references, related: [], links: [])
    }

    @Test func keepsTheClaimsOfTheClaimantsSomeoneAnswers() {
        let claims = [claim("ANN", path: "a", start: 0), claim("BO", path: "a", start: 20), claim(nil, path: "a", start: 40),
                      claim("ANN", path: "a", start: 60), claim("BO", path: "a", start: 80, references: ["ANN"]),
                      claim("ANN", path: "b", start: 0)]
        // Claims 0 and 5 are copies of one text; the others each a text of their own.
        let index = ClaimLinker.ReplyIndex(claims, copies: [0, 1, 2, 3, 4, 0])
        #expect(index.claims(of: ["ANN"], in: "a") == [0, 3])
        #expect(index.claims(of: ["ANN", "ANN"], in: "b") == [5])
        #expect(index.copies["ANN"] == [[0, 5], [3]])
        // Nobody answers BO, and a claim without a claimant cannot be answered by name.
        #expect(index.claims(of: ["BO"], in: "a").isEmpty)
        #expect(index.copies["BO"] == nil)
        #expect(index.copies.count == 1)
    }

    @Test func holdsNothingWhenNobodyIsAnswered() {
        let index = ClaimLinker.ReplyIndex([claim("ANN", path: "a", start: 0), claim("BO", path: "a", start: 20)], copies: [0, 1])
        #expect(index.inDocument.isEmpty && index.copies.isEmpty)
    }
}
