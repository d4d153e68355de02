@testable import BriefingCore
import Testing

/// Lists of numbers held flat: each list as it was given, and read through a class per item.
@Suite struct NumberListsTests {
    @Test func givesBackEachList() {
        let lists = NumberLists([[3, 1], [], [4, 1, 5]].map { $0.map(Int32.init) })
        #expect(lists.count == 3)
        #expect(Array(lists[0]) == [3, 1] && lists[1].isEmpty && Array(lists[2]) == [4, 1, 5])
    }

    @Test func readsItemsThroughTheirClass() {
        let lists = NumberLists([[7], [8, 9]].map { $0.map(Int32.init) }).byClass([1, 0, 1])
        #expect(lists.count == 3)
        #expect(lists.map(Array.init) == [[8, 9], [7], [8, 9]])
    }

    @Test func meetsAndCountsOnSlices() {
        let lists = NumberLists([[1, 4, 6], [0, 4, 6, 9], [2, 3]].map { $0.map(Int32.init) })
        #expect(ClaimLinker.sharedCount(lists[0], lists[1]) == 2)
        #expect(ClaimLinker.meet(lists[0], lists[1]) { $0 == 6 })
        #expect(!ClaimLinker.meet(lists[0], lists[2]))
    }
}
