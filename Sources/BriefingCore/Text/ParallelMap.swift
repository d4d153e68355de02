import Foundation

/// Results written by concurrent workers, each to its own slot.
private final class ParallelResults<R>: @unchecked Sendable {
    let lock = NSLock()
    var values: [R?]
    init(_ n: Int) { values = Array(repeating: nil, count: n) }
    func set(_ i: Int, _ v: R) { lock.lock(); values[i] = v; lock.unlock() }
}

/// Maps items on all cores, keeping their order.
public func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    let results = ParallelResults<R>(items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { i in results.set(i, transform(items[i])) }
    return results.values.map { $0! }
}
