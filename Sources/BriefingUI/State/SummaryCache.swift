import BriefingCore
import Foundation

/// A summary as the summary view shows it: its title, its sentences and the parts they come from.
struct ShownSummary: Sendable {
    var title: String
    var sentences: [SummarySentence]
    var parts: [SummaryPart]
}

/// Summaries made so far, by scope: within one state of the analysis a summary depends only on its scope, so
/// it is made once. Emptied whenever what summaries are made from changes (the corpus analysis arrives, the
/// documents arrive, a speaker is renamed).
final class SummaryCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: ShownSummary] = [:]

    func get(_ key: String) -> ShownSummary? {
        lock.lock(); defer { lock.unlock() }
        return entries[key]
    }

    func clear() {
        lock.lock(); defer { lock.unlock() }
        entries = [:]
    }

    func set(_ key: String, _ value: ShownSummary) {
        lock.lock(); defer { lock.unlock() }
        entries[key] = value
    }
}
