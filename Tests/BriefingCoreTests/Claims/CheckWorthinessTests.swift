@testable import BriefingCore
import Testing

/// The shipped check-worthiness model: its features match the fitting script's, and it ranks sentences
/// people would check above pleasantries and procedure.
@Suite struct CheckWorthinessTests {
    @Test func featuresAreThoseOfTheFittingScript() {
        #expect(CheckWorthiness.tokens("Russia’s GDP grew 3.6% in 2023, didn't it?") == ["russia's", "gdp", "grew", "<num>", "<num>", "in", "<num>", "didn't", "it"])
        let f = CheckWorthiness.features("We sent 10,000 troops to Kursk in October.")
        #expect(f.isSuperset(of: ["w:we", "b:<s>_we", "b:sent_<num>", "s:digit", "s:len7-14", "s:first", "s:names2"]))
        #expect(!f.contains("s:question") && !f.contains("s:money"))
    }

    @Test func checkableStatementsRankAbovePleasantries() {
        let model = CheckWorthiness.shared
        #expect(model.threshold > 0.05 && model.threshold < 0.95)
        let claims = ["Unemployment fell to 4.1 percent last year, the lowest in two decades.",
                      "The administration cut the defense budget by $40 billion in 1990."]
        let talk = ["Thank you very much, it's good to be here tonight.", "I can tell you one thing, though.",
                    "We're going to have to watch that.", "Let me answer your question."]
        for c in claims { #expect(model.isCheckWorthy(c), "\(c)") }
        for t in talk { #expect(!model.isCheckWorthy(t), "\(t)") }
    }
}
