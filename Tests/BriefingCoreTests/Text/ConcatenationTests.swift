@testable import BriefingCore
import Testing

/// Arrays joined with exactly the room they need.
@Suite struct ConcatenationTests {
    @Test func keepsEveryElementInOrder() {
        let parts = [[1, 2], [], [3], [4, 5, 6]]
        let joined = Array.concatenating(parts)
        #expect(joined == [1, 2, 3, 4, 5, 6])
        #expect(joined.capacity < 2 * joined.count)
    }

    @Test func ofNothingIsEmpty() {
        #expect(Array<Int>.concatenating([]).isEmpty)
        #expect(Array<Int>.concatenating([[], []]).isEmpty)
    }

    @Test func runsItsStepAfterEveryStrideOfParts() {
        let parts = (0..<7).map { [$0, $0] }
        var calls = 0
        #expect(Array.concatenating(parts, every: 3) { calls += 1 } == (0..<7).flatMap { [$0, $0] })
        // After parts 3 and 6, not after the last, partial stride.
        #expect(calls == 2)
        calls = 0
        _ = Array.concatenating(parts, every: 1) { calls += 1 }
        #expect(calls == 7)
        calls = 0
        _ = Array.concatenating(parts) { calls += 1 }
        #expect(calls == 0)
    }
}
