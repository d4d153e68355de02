@testable import BriefingCore
import Testing

/// Month names are looked up in a table: the same answers as comparing with each name in turn.
@Suite struct MonthNamesTests {
    /// The first definition: full names, "sept", then any three letters a name begins with.
    func byComparison(_ word: String) -> Int? {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        if let i = MonthNames.full.firstIndex(of: w) { return i + 1 }
        if w == "sept" { return 9 }
        if w.count == 3, let i = MonthNames.full.firstIndex(where: { $0.hasPrefix(w) }) { return i + 1 }
        return nil
    }

    @Test func theTableAnswersAsComparisonDoes() {
        var words = MonthNames.full + MonthNames.full.map { $0.capitalized } + MonthNames.full.map { $0.uppercased() + "." }
        words += MonthNames.full.map { String($0.prefix(3)) } + MonthNames.full.map { String($0.prefix(3)).capitalized + "." }
        words += MonthNames.full.map { String($0.prefix(2)) } + MonthNames.full.map { String($0.prefix(4)) }
        words += ["Sept.", "SEPT", "sep", "mayo", "ma", "", ".", "marc", "Mär", "junE.", "decimal", "octo", "nov..", "Ｍａｙ"]
        for w in words { #expect(MonthNames.number(w) == byComparison(w), "\(w)") }
        #expect(MonthNames.number("Sept.") == 9 && MonthNames.number("may") == 5 && MonthNames.number("Dec") == 12)
    }
}
