import BriefingCore
import Testing

/// One entry per real-world event: mentions merge across documents, different occurrences stay apart.
@Suite struct TimelineMergeTests {
    func doc(_ name: String, _ text: String, _ date: Day) -> Document {
        var d = DocumentParser.parse(SourceText(text), path: "/fixtures/\(name)")
        d.date = date
        return d
    }

    func entries(_ docs: [Document]) -> [TimelineEntry] { TimelineBuilder().build(docs).entries }

    @Test func theSameEventToldInTwoDocumentsIsOneEntry() {
        let a = doc("a.txt", "The foreign ministers of Norway and Chile signed a fisheries treaty in Oslo on March 3, 2021.", Day(year: 2021, month: 3, day: 5)!)
        let b = doc("b.txt", "Everyone is still talking about the treaty Norway and Chile agreed in March.", Day(year: 2021, month: 4, day: 2)!)
        let found = entries([a, b]).filter { $0.mentions.count > 1 }
        #expect(found.count == 1)
        #expect(Set(found.first?.mentions.map(\.document) ?? []) == ["a.txt", "b.txt"])
        // Each mention keeps its own date; the entry shows what they agree on.
        #expect(found.first?.mentions.map(\.date.label).sorted() == ["2021-03", "2021-03-03"])
        #expect(found.first?.date.label == "2021-03-03")
    }

    @Test func differentOccurrencesInOneSentenceStayApart() {
        let a = doc("a.txt", "The two leaders met in Lisbon in 2019 and again in Porto in 2020.", Day(year: 2021, month: 3, day: 5)!)
        let found = entries([a])
        #expect(found.map(\.date.label) == ["2019", "2020"])
        #expect(found.allSatisfy { $0.mentions.count == 1 })
    }

    @Test func differentKindsOfEventStayApart() {
        let a = doc("a.txt", "Norway and Chile signed a fisheries treaty in June.", Day(year: 2021, month: 7, day: 1)!)
        let b = doc("b.txt", "Norway and Chile exchanged artillery strikes over the fisheries in June.", Day(year: 2021, month: 7, day: 2)!)
        #expect(entries([a, b]).count == 2)
    }
}
