import BriefingCore
import Foundation

/// Summaries made so far, by scope: a summary depends only on its scope, so it is made once.
final class SummaryCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (String, [SummarySentence])] = [:]

    func get(_ key: String) -> (String, [SummarySentence])? {
        lock.lock(); defer { lock.unlock() }
        return entries[key]
    }

    func set(_ key: String, _ value: (String, [SummarySentence])) {
        lock.lock(); defer { lock.unlock() }
        entries[key] = value
    }
}
