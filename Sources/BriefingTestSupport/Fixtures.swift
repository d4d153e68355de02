import BriefingCore
import BriefingUI

/// Ready-made corpora for UI tests: the seeds, and a small labelled transcript written for the tests.
public enum Fixtures {
    public static func seedModels() throws -> [DocumentModel] {
        try seedCorpus().models
    }

    /// The seeds analysed once per test run (analysis is deterministic, so tests can share it).
    static let cachedSeedCorpus: Result<ReaderCorpus, Error> = Result { ReaderCorpus(try CorpusLoader().load([PackagePaths.seeds]).documents) }

    public static func seedCorpus() throws -> ReaderCorpus {
        try cachedSeedCorpus.get()
    }

    /// The reader on the seeds, as `briefing seeds` opens it.
    public static func seedState(width: Int, height: Int) throws -> AppState {
        AppState(corpus: try seedCorpus(), width: width, height: height)
    }

    /// A labelled press briefing with three speakers, written for these tests.
    public static let briefingText = """
    Budget briefing

    MS. ROE: Good afternoon. Today we publish the budget for the coming year, and I will take questions after a short statement.
    The budget grows by three percent. Most of the growth goes to schools and roads.
    Q: What about the bridge? Residents asked about the bridge repairs.
    MS. ROE: The bridge is funded. Work starts in the spring.
    DR. ORTIZ: I can add that the engineers finished their survey last month.
    Q: Will the bridge close during the work?
    DR. ORTIZ: Only at night, and only for two weeks.
    MS. ROE: Thank you all.
    """

    public static func briefingModel(path: String = "briefing.txt") -> DocumentModel {
        DocumentModel(DocumentParser.parse(SourceText(briefingText), path: path))
    }
}
