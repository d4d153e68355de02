import BriefingCore
import BriefingTestSupport
import Testing

/// Unlabelled transcripts written for these tests, in styles unlike the seeds: who speaks each turn,
/// and where each turn starts.
@Suite struct SpeakerAttributionTests {
    /// Parses `text` as a podcast page body and returns (speaker, first words) per turn.
    func turns(_ body: String, people: [String] = []) -> [(String, String)] {
        let text = SourceText(body)
        let doc = Document(path: "t.txt", text: text, format: .podcastPage, people: people.map { Person(name: $0) },
                           blocks: ParagraphSplitter.paragraphs(text, in: text.whole).map { Block(pieces: $0) })
        return SpeakerAttributor.attribute(doc).turns.map { t in
            let words = doc.text.joined(t.pieces).split(separator: " ").prefix(4).joined(separator: " ")
            return (t.speaker, words)
        }
    }

    func expect(_ got: [(String, String)], _ want: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        let g = got.map { "\($0.0): \($0.1)" }, w = want.map { "\($0.0): \($0.1)" }
        #expect(g == w, sourceLocation: sourceLocation)
    }

    @Test func twoPersonInterviewWithoutLabels() {
        let body = """
        Welcome back to the program. Today I'm talking with Dr. Lena Ortiz, who studies river ecology at the state university. Lena, thanks for joining me. Thanks for having me. Let's start with the basics. Why are the rivers warming? Well, there are two main reasons. The first is that summers are longer. The second is that we have cut down the trees along the banks. So shade matters? Yes, shade matters a great deal. A shaded stream can be five degrees cooler in August.

        What can towns do about it? They can plant trees, and they can leave the banks alone for a few years. Dr. Ortiz, thank you. Thank you.
        """
        expect(turns(body), [
            ("Host", "Welcome back to the"),
            ("Lena Ortiz", "Thanks for having me."),
            ("Host", "Let's start with the"),
            ("Lena Ortiz", "Well, there are two"),
            ("Host", "So shade matters?"),
            ("Lena Ortiz", "Yes, shade matters a"),
            ("Host", "What can towns do"),
            ("Lena Ortiz", "They can plant trees,"),
            ("Host", "Dr. Ortiz, thank you."),
            ("Lena Ortiz", "Thank you."),
        ])
    }

    @Test func panelOfFourWithAHostNamedOnlyByTheGuests() {
        let body = """
        This is the Harbour Hour. Joining me are Tom Reyes, an economist at the city bank, Priya Shah, who runs the port authority, and Omar Haddad, a former harbour pilot. Priya, let me start with you. How busy is the port this year? Thanks, Nadia. It has been our busiest year in a decade, with container traffic up by a fifth since the spring. We had to add a night shift at two of the terminals.

        Tom, does that show up in the numbers you watch? It does, Nadia. Wages at the docks have gone up and so has the tax take of the city. But the growth is uneven across the region, and the smaller towns see very little of it.

        Omar, you piloted ships into this harbour for twenty years. Is it safe with this much traffic? Well, it is busier than I have ever seen it. The channel is narrow, and the pilots are tired. I would not call it unsafe, but I agree with Priya that the night shift needs more people. Thank you all for coming on the show.
        """
        let got = turns(body)
        expect(got, [
            ("Nadia", "This is the Harbour"),
            ("Priya Shah", "Thanks, Nadia. It has"),
            ("Nadia", "Tom, does that show"),
            ("Tom Reyes", "It does, Nadia. Wages"),
            ("Nadia", "Omar, you piloted ships"),
            ("Omar Haddad", "Well, it is busier"),
            ("Nadia", "Thank you all for"),
        ])
    }

    @Test func rolesComeFromIntroductions() {
        let text = SourceText("Joining me are Tom Reyes, an economist at the city bank, and Priya Shah, who runs the port authority. Tom, what do you see? Thanks, Nadia. Growth.")
        let doc = Document(path: "t.txt", text: text, format: .podcastPage, blocks: [Block(pieces: [text.whole])])
        let a = SpeakerAttributor.attribute(doc)
        #expect(a.host == "Nadia")
        #expect(a.people.first { $0.name == "Tom Reyes" }?.role == "an economist at the city bank")
        #expect(a.people.first { $0.name == "Priya Shah" }?.role == "runs the port authority")
    }

    @Test func misheardNamesMatchTheListedPerson() {
        var index = PersonIndex()
        index.add("Mark Cancian")
        index.add("Dennis Wilder")
        #expect(index.match(first: "Mark", last: "Cantzian") == 0)
        #expect(index.match(first: "Mark", last: "Hansian") == 0)
        #expect(index.match(first: "Denis", last: nil) == 1)
        #expect(index.match(first: "Cantzian", last: nil) == 0)
        #expect(index.match(first: "Vic", last: nil) == nil)
        index.add("Victor Cha")
        #expect(index.match(first: "Vic", last: nil, allowShortForm: true) == 2)
        #expect(index.match(first: "And", last: nil, allowShortForm: true) == nil)
    }

    @Test func unitsSplitAtRunOnRepliesAndDashes() {
        let text = SourceText("do we know what kind of troops they are and how they might use them well the reports say little - Thanks. - So next")
        let units = AttributionUnit.units(text, paragraphs: [[text.whole]]).map(\.text)
        #expect(units == ["do we know what kind of troops they are and how they might use them", "well the reports say little", "Thanks.", "So next"])
        // A dash on the word before it stays with the unit: the word was broken off.
        let broken = SourceText("I think it's a — Mis- — Mr. President, can you come here?")
        #expect(AttributionUnit.units(broken, paragraphs: [[broken.whole]]).map(\.text) == ["I think it's a", "Mis-", "Mr. President, can you come here?"])
    }
}
