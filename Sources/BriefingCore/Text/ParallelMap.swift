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

/// Maps the numbers `0..<count` on all cores in chunks of at least `minimumChunk` (one task per number would
/// cost more than the work for small transforms), keeping their order. Small counts run on the caller's thread.
public func parallelMap<R: Sendable>(count: Int, minimumChunk: Int = 256, _ transform: @Sendable (Int) -> R) -> [R] {
    guard count > minimumChunk else { return (0..<count).map(transform) }
    return parallelMap(parallelChunks(count: count, minimumChunk: minimumChunk)) { r in r.map(transform) }.flatMap { $0 }
}

/// `0..<count` in consecutive chunks of at least `minimumChunk`, about four per core: the work of each chunk is
/// one task (for work that keeps scratch state per chunk).
public func parallelChunks(count: Int, minimumChunk: Int) -> [Range<Int>] {
    let chunk = max(minimumChunk, count / (ProcessInfo.processInfo.activeProcessorCount * 4) + 1)
    return stride(from: 0, to: count, by: chunk).map { $0..<min(count, $0 + chunk) }
}

/// Runs `side` on another thread while `main` runs on the caller's, and gives back what `side` made: for two
/// steps that need nothing from each other, so that the one's serial parts overlap the other's.
public func alongside<B: Sendable>(_ main: () -> Void, _ side: @escaping @Sendable () -> B) -> B {
    let result = ParallelResults<B>(1)
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async { result.set(0, side()); done.signal() }
    main()
    done.wait()
    return result.values[0]!
}
