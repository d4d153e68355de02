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
}
