/// Dot product of two sparse vectors keyed by feature (the cosine when both are unit length): iterates the
/// smaller and looks up in the larger. Its sum runs in the dictionaries' order, which changes from run to run:
/// where the result decides something near a threshold, use `SparseVector`.
public func sparseDot(_ a: [String: Double], _ b: [String: Double]) -> Double {
    let (small, large) = a.count < b.count ? (a, b) : (b, a)
    return small.reduce(0) { $0 + $1.value * (large[$1.key] ?? 0) }
}

/// A sparse vector with its features in ascending order of id: norms, sums and dot products add up in one
/// fixed order, so they come out the same on every run (a dictionary hands out its keys in an order that
/// changes from process to process, and floating-point sums depend on the order).
public struct SparseVector: Sendable {
    public private(set) var ids: [Int32] = []
    public private(set) var values: [Double] = []

    public init() {}

    /// From feature ids and weights in any order (each id once).
    public init(_ pairs: [(Int32, Double)]) {
        let sorted = pairs.sorted { $0.0 < $1.0 }
        ids = sorted.map(\.0)
        values = sorted.map(\.1)
    }

    public var isEmpty: Bool { ids.isEmpty }

    /// The same direction at length 1 (an all-zero vector stays as it is).
    public func normalised() -> SparseVector {
        let norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return self }
        var v = self
        v.values = values.map { $0 / norm }
        return v
    }

    public func dot(_ o: SparseVector) -> Double {
        ids.withUnsafeBufferPointer { a in
            o.ids.withUnsafeBufferPointer { b in
                values.withUnsafeBufferPointer { va in
                    o.values.withUnsafeBufferPointer { vb in Self.dot(a, va, b, vb) }
                }
            }
        }
    }

    /// The dot product of two vectors given as their ids in ascending order and their values: the products of
    /// the ids they share, added in ascending order of id. The one loop every sparse dot product runs (the hot
    /// loop of claim linking: read through buffers, without a bounds check per step), so that vectors kept in
    /// other forms (`ClaimLinker.PackedVectors`) give the same sums to the bit.
    static func dot(_ a: UnsafeBufferPointer<Int32>, _ va: UnsafeBufferPointer<Double>,
                    _ b: UnsafeBufferPointer<Int32>, _ vb: UnsafeBufferPointer<Double>) -> Double {
        var (i, j, sum) = (0, 0, 0.0)
        while i < a.count, j < b.count {
            let x = a[i], y = b[j]
            if x == y { sum += va[i] * vb[j]; i += 1; j += 1 } else if x < y { i += 1 } else { j += 1 }
        }
        return sum
    }

    public static func + (a: SparseVector, b: SparseVector) -> SparseVector {
        var out = SparseVector()
        out.ids.reserveCapacity(a.ids.count + b.ids.count)
        out.values.reserveCapacity(a.ids.count + b.ids.count)
        var (i, j) = (0, 0)
        while i < a.ids.count || j < b.ids.count {
            if j == b.ids.count || i < a.ids.count && a.ids[i] < b.ids[j] { out.ids.append(a.ids[i]); out.values.append(a.values[i]); i += 1 }
            else if i == a.ids.count || b.ids[j] < a.ids[i] { out.ids.append(b.ids[j]); out.values.append(b.values[j]); j += 1 }
            else { out.ids.append(a.ids[i]); out.values.append(a.values[i] + b.values[j]); i += 1; j += 1 }
        }
        return out
    }
}
