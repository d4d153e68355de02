import Foundation

/// The documents of a corpus analysis as its steps read them: one at a time, by position, on any thread, so that a
/// step that works document by document need not hold them all. From memory (`init(_:)`), or read afresh at
/// every ask from wherever `read` finds them (`CorpusIndex.reader`: the index).
public struct DocumentReader: Sendable {
    /// Each document's path (as the analysis names it) and date, known without reading the documents.
    public let paths: [String]
    public let dates: [Day?]
    private let read: @Sendable (Int) -> (Document, SpeakerAnalysis)
    private let readText: @Sendable (Int) -> SourceText

    /// Documents held in memory, with their speaker analyses.
    public init(_ pairs: [(Document, SpeakerAnalysis)]) {
        paths = pairs.map(\.0.path)
        dates = pairs.map(\.0.date)
        read = { pairs[$0] }
        readText = { pairs[$0].0.text }
    }

    /// Documents held in memory, paired with their speaker analyses (as many as both have).
    public init(_ documents: [Document], analyses: [SpeakerAnalysis]) {
        self.init(Array(zip(documents, analyses)))
    }

    /// Documents held in memory, each analysed for its speakers when read.
    public init(analysing documents: [Document]) {
        paths = documents.map(\.path)
        dates = documents.map(\.date)
        read = { (documents[$0], TurnBuilder.analyze(documents[$0])) }
        readText = { documents[$0].text }
    }

    /// Documents read when asked for: `read` gives document `n` with its speaker analysis, `text` its text alone
    /// (for steps that read no more of it); both must give the same document every time.
    public init(paths: [String], dates: [Day?], read: @escaping @Sendable (Int) -> (Document, SpeakerAnalysis),
                text: @escaping @Sendable (Int) -> SourceText) {
        self.paths = paths
        self.dates = dates
        self.read = read
        readText = text
    }

    public var count: Int { paths.count }
    public var indices: Range<Int> { 0..<paths.count }

    /// Document `n` with its speaker analysis.
    public subscript(n: Int) -> (Document, SpeakerAnalysis) { read(n) }

    /// Document `n`'s text.
    public func text(_ n: Int) -> SourceText { readText(n) }

    /// Every document, read on all cores (for a step that needs them all at once).
    public func all() -> [(Document, SpeakerAnalysis)] {
        parallelMap(count: count, minimumChunk: 1) { self[$0] }
    }
}
