import BriefingCore
import BriefingTestSupport
import Testing

/// People quoted in articles, with their roles and the sentences that carry their words.
@Suite struct QuotedSourceTests {
    func sources(_ s: String) -> [QuotedSource] {
        QuotedSourceFinder.find(DocumentParser.parse(SourceText(s), path: "a.txt"))
    }

    @Test func reportedSpeechForms() {
        let text = """
        On Tuesday, city spokesman Lt. Col. Ann Lee acknowledged that the bridge would close for a month.
        The closure is unpopular, said Omar Haddad, who runs a bakery by the river.
        “We lose half our trade,” Haddad told the local radio.
        Bo Chan, the council's finance chief, said the repairs would cost less than feared.
        According to Priya Shah the work could start in May.
        """
        let found = sources(text)
        #expect(found.map(\.name) == ["Ann Lee", "Omar Haddad", "Bo Chan", "Priya Shah"])
        #expect(found[0].role == "city spokesman")
        #expect(found[2].role == "the council's finance chief")
        #expect(found[1].quotes.count == 2) // the surname alone joins the full name
        let doc = DocumentParser.parse(SourceText(text), path: "a.txt")
        #expect(doc.text.string(found[1].quotes[1]).hasPrefix("“We lose half our trade,”"))
    }

    @Test func noQuotesInPlainNarration() {
        #expect(sources("The river rose overnight. Residents moved their cars to higher ground. The Council met later.").isEmpty)
    }
}
