extension Array {
    /// The arrays one after another, in an array with exactly the room they need, each part let go as soon as it
    /// is copied. `flatMap { $0 }` grows its result by doubling, so that a result of a hundred megabytes held up to
    /// twice its size, beside the parts it was made of.
    static func concatenating(_ parts: consuming [[Element]]) -> [Element] {
        var parts = parts
        var out: [Element] = []
        out.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for k in parts.indices {
            out.append(contentsOf: parts[k])
            parts[k] = []
        }
        return out
    }
}
