@testable import BriefingCore
import Testing

/// The linker's inverted index on terms: each indexed term's claims in order, none for a term too common to
/// propose candidates or one not indexed.
@Suite struct TermPostingsTests {
    @Test func listsTheClaimsOfEachTermInOrder() {
        // Claim 0 has terms 0 and 2, claim 1 terms 1 and 2, claim 2 term 2, claim 3 terms 0 and 3.
        let terms: [[Int32]] = [[0, 2], [1, 2], [2], [0, 3]]
        let postings = ClaimLinker.TermPostings(terms, terms: 4, limit: 2) { $0 != 1 }
        #expect(Array(postings.claims(0)) == [0, 3])
        // Term 1 is not indexed; term 2 has three claims, more than the limit.
        #expect(Array(postings.claims(1)).isEmpty)
        #expect(Array(postings.claims(2)).isEmpty)
        #expect(Array(postings.claims(3)) == [3])
    }

    @Test func aTermAtTheLimitKeepsItsList() {
        let postings = ClaimLinker.TermPostings([[0], [0], [1]], terms: 2, limit: 2) { _ in true }
        #expect(Array(postings.claims(0)) == [0, 1])
        #expect(Array(postings.claims(1)) == [2])
    }
}
