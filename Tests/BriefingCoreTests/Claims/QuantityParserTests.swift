import BriefingCore
import BriefingTestSupport
import Testing

/// Figures normalised: values and ranges, what they count, whose they are.
@Suite struct QuantityParserTests {
    func parse(_ s: String, entities: Set<String> = []) -> [Quantity] {
        let text = SourceText(s)
        return QuantityParser(entityWords: entities).quantities(text, pieces: [text.whole])
    }

    @Test func valuesUnitsAndQualifiers() {
        let q = parse("The ministry said some 10,000 troops and 9 million rounds were sent, and about 1.2 million people left.")
        #expect(q.map(\.low) == [10_000, 9_000_000, 1_200_000])
        #expect(q.map(\.unitClass) == ["personnel", "munition", "personnel"])
        #expect(q.map(\.qualifier) == ["some", nil, "about"])
        #expect(q.map(\.display) == ["10,000", "9 million", "1.2 million"])
    }

    @Test func spelledNumbersAndRanges() {
        let q = parse("Officials expect three thousand volunteers, perhaps 1,200 to 1,500 soldiers a day.")
        #expect(q.map(\.low) == [3_000, 1_200])
        #expect(q[1].high == 1_500 && q[1].isRange)
        #expect(q[1].rate == "per day")
    }

    @Test func asrForms() {
        let a = parse("we're talking about you know 10 12 000 north korean troops on the field", entities: ["north", "korean"])
        #expect(a.first?.low == 10_000 && a.first?.high == 12_000)
        #expect(a.first?.actor == "north korea")
        #expect(a.first?.unitClass == "personnel")
        let b = parse("at the rate of losing uh 1200 12 to 1500 of people per day")
        #expect(b.first?.low == 1_200 && b.first?.high == 1_500)
        #expect(b.first?.unitClass == "casualty") // "losing" people
        #expect(b.first?.rate == "per day")
    }

    @Test func casualtiesAndActors() {
        let q = parse("To date the army has lost 766,690 soldiers dead or wounded, while Chilean forces number 30,000.")
        #expect(q.map(\.unitClass) == ["casualty", "personnel"])
        #expect(q.count == 2 && q[1].actor == "chile" && q[1].actorConfident)
    }

    @Test func notFigures() {
        #expect(parse("The MI6 chief spoke about the 60 Minutes report.").isEmpty)
        #expect(parse("Igor Roe (62) said it was item No. 3 on the list.").isEmpty)
    }
}
