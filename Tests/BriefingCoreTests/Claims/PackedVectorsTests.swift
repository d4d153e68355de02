@testable import BriefingCore
import Testing

/// The linker's unit vectors, packed into flat arrays: the same numbers, to the last bit, as `SparseVector`'s.
@Suite struct PackedVectorsTests {
    /// Feature lists in ascending order of id, with weights that do not divide evenly, and an empty one.
    let features: [[(Int32, Double)]] = [[(0, 0.3), (2, 1.7), (5, 0.1)], [(1, 2.9), (2, 0.7), (5, 3.3), (7, 0.05)], [], [(2, 1.0 / 3.0)],
                                         [(0, 0.0)]]
    let factor: [Double] = [1.1, 0.2, 2.3, 1, 1, 0.7, 1, 3.1]

    func sparse(_ k: Int) -> SparseVector {
        SparseVector(features[k].map { ($0.0, $0.1 * factor[Int($0.0)]) }).normalised()
    }

    @Test func eachVectorIsItsSparseVectorNormalised() {
        let packed = ClaimLinker.PackedVectors(features, weights: factor)
        #expect(packed.count == features.count)
        for k in features.indices {
            #expect(packed.vector(k).ids == sparse(k).ids)
            #expect(packed.vector(k).values.map(\.bitPattern) == sparse(k).values.map(\.bitPattern))
            #expect(packed.features(k).count == features[k].count)
        }
        // An all-zero vector stays as it is; one feature alone has length 1.
        #expect(packed.vector(4).values == [0])
        #expect(packed.vector(3).values == [1])
    }

    @Test func dotProductsAreSparseVectorsDotProducts() {
        let packed = ClaimLinker.PackedVectors(features, weights: factor)
        for a in features.indices {
            for b in features.indices {
                #expect(packed.dot(a, b).bitPattern == sparse(a).dot(sparse(b)).bitPattern, "\(a) · \(b)")
            }
        }
        #expect(packed.dot(0, 2) == 0)
    }
}
