extension Array {
    /// The arrays one after another, in an array with exactly the room they need, each part let go as soon as it
    /// is copied. `flatMap { $0 }` grows its result by doubling, so that a result of a hundred megabytes held up to
    /// twice its size, beside the parts it was made of.
    /// `afterEach`, when given, runs after every `stride` parts are copied: there a caller hands the memory the
    /// parts let go back to the system (`FreeMemory`), so that the parts do not stay resident while the result
    /// fills (the whole of both at once, otherwise).
    static func concatenating(_ parts: consuming [[Element]], every stride: Int = .max, afterEach: () -> Void = {}) -> [Element] {
        precondition(stride > 0)
        var parts = parts
        var out: [Element] = []
        out.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for k in parts.indices {
            out.append(contentsOf: parts[k])
            parts[k] = []
            if (k + 1) % stride == 0 { afterEach() }
        }
        return out
    }
}
