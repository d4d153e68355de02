import Foundation

/// Remembers the answers of a pure function across threads: a worker asks `value(for:make:)`, which makes the
/// answer once per key (outside the lock, so that workers never wait on one another's work; two workers may
/// both make a key's first answer, which is the same answer).
public final class SharedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private var values: [Key: Value] = [:]
    private let lock = NSLock()

    public init() {}

    public func value(for key: Key, make: () -> Value) -> Value {
        lock.lock()
        if let v = values[key] { lock.unlock(); return v }
        lock.unlock()
        let v = make()
        lock.lock()
        values[key] = v
        lock.unlock()
        return v
    }
}
