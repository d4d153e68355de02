import BriefingCore
import BriefingTestSupport
import Testing

/// Claims linked across documents and speakers, with the right kind, on fixtures written for these tests.
@Suite struct ClaimLinkTests {
    func claims(_ files: [(String, String)]) throws -> [Claim] { try Fixtures.linkedClaims(files).claims }

    func claim(_ cs: [Claim], _ words: String) throws -> Claim {
        try #require(cs.first { $0.text.contains(words) }, "no claim with \(words)")
    }

    func kind(_ a: Claim, _ b: Claim) -> LinkKind? {
        a.links.first { $0.id == b.id }?.kind ?? nil
    }

    let panel = """
    ANN LEE: The harbour took in 4,000 container ships last year, a record for the port.
    BO CHAN: I disagree with Ann. Traffic fell once you count the smaller ferries, which are half of it.
    ANN LEE: Again, 4,000 container ships came in, more than ever before.
    """

    let article = """
    Port traffic at record, officials say

    The port authority said the harbour handled 4,000 container ships last year.
    Unions put the figure for container ships at closer to 3,200, according to a statement.
    Separately, the city planted 9,000 trees along the river banks.
    """

    @Test func figuresAgreeAndDiffer() throws {
        let cs = try claims([("panel.txt", panel), ("article.txt", article)])
        let record = try claim(cs, "took in 4,000")
        let official = try claim(cs, "handled 4,000")
        let unions = try claim(cs, "3,200")
        let trees = try claim(cs, "9,000 trees")
        #expect(kind(record, official) == .agrees)
        #expect(kind(official, unions) == .differs)
        #expect(kind(trees, official) == nil) // a figure of another kind of thing
        #expect(record.quantities.first?.unit == "ship" && record.quantities.first?.unitClass == "vehicle")
    }

    /// A bare figure takes the kind and actor of the figures it agrees with: two of them anywhere, or one in
    /// its own document; one in another document is not enough.
    @Test func aBareFigureTakesTheKindOfTheFiguresItRepeats() throws {
        let border = ("a.txt", "Border news\n\nSome 4,000 Norwegian troops reached the border last week, officials said.\n")
        let north = ("b.txt", "Troops move north\n\nAbout 4,000 Norwegian troops moved along the northern frontier, the ministry said.\n")
        let coast = "Some 7,000 Swedish troops reached the coast, officials said."
        let talks = "Talks\n\nThe minister said the number reached 4,100 over the summer, a big change.\nHe put it at 7,000 by winter.\n"
        let apart = try claims([border, north, ("c.txt", talks), ("d.txt", "Other\n\n\(coast)\n")])
        let near = try #require(try claim(apart, "reached 4,100").quantities.first)
        #expect(near.unitClass == "personnel" && near.actor == "norway")
        #expect(try claim(apart, "at 7,000").quantities.first?.unitClass == nil)
        let together = try claims([("c.txt", talks + coast + "\n")])
        let same = try #require(try claim(together, "at 7,000").quantities.first)
        #expect(same.unitClass == "personnel" && same.actor == "sweden")
    }

    @Test func sameClaimantRepeatsAndNamedDisagreementDisputes() throws {
        let cs = try claims([("panel.txt", panel)])
        let first = try claim(cs, "took in 4,000")
        let again = try claim(cs, "Again, 4,000")
        let disagree = try claim(cs, "I disagree with Ann")
        #expect(kind(first, again) == .repeats)
        #expect(kind(disagree, first) == .disputes)
        #expect(disagree.claimant == "BO CHAN" && disagree.kind == .stance)
    }

    @Test func claimantsAreSpeakersOrQuotedSources() throws {
        let text = "Bridge to reopen\n\nThe council said 300 workers would finish the job. \"We need 300 workers,\" said Omar Haddad, the site manager.\n"
        let cs = try claims([("a.txt", text)])
        #expect(try claim(cs, "said Omar Haddad").claimant == "Omar Haddad")
        #expect(try claim(cs, "The council said").claimant == nil) // the article's own voice
        let ann = try claims([("panel.txt", panel)])
        #expect(try claim(ann, "took in 4,000").claimant == "ANN LEE")
    }

    @Test func claimsAreSentencesNeverParagraphs() throws {
        let long = String(repeating: "the harbour took in more ships and more ferries and more barges ", count: 30) + "with 4,000 ships"
        let cs = try claims([("long.txt", "Long\n\n" + long + ".\n")])
        #expect(cs.allSatisfy { $0.end - $0.start <= ClaimExtractor.maxClaimLength })
    }
}
