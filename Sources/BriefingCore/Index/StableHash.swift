/// A 64-bit FNV-1a hash whose value is the same in every process (Swift's `Hasher` is seeded per process), for
/// what the index keeps from run to run: a document's hash, and what went into a stored product.
struct StableHash {
    private(set) var value: UInt64 = 0xcbf29ce484222325

    /// Mixes one value in (a scalar, a byte, a number).
    mutating func add(_ v: UInt64) { value = (value ^ v) &* 0x100000001b3 }

    /// Mixes a string's UTF-8 bytes in, then a byte no UTF-8 has, so that "ab","c" and "a","bc" differ.
    mutating func add(_ s: String) {
        var s = s
        s.withUTF8 { for b in $0 { add(UInt64(b)) } }
        add(0xFF)
    }
}
