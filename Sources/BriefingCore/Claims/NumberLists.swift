/// Lists of numbers one after another in one array: list k is `values[offsets[k]..<offsets[k + 1]]`. What the
/// linker keeps per claim or per text (terms, antonyms, groups) this way takes two arrays for the corpus rather
/// than one array per claim, which held tens of megabytes on a large corpus.
struct NumberLists: RandomAccessCollection, Sendable {
    private var offsets: [Int] = [0]
    private var values: [Int32] = []

    init<Lists: Sequence>(_ lists: Lists) where Lists.Element: Sequence<Int32> {
        for list in lists {
            values.append(contentsOf: list)
            offsets.append(values.count)
        }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { offsets.count - 1 }
    subscript(k: Int) -> ArraySlice<Int32> { values[offsets[k]..<offsets[k + 1]] }

    /// Each item's list, read through its class: item i has list `self[classOf[i]]` (copies of one text share it).
    func byClass(_ classOf: [Int]) -> ByClass { ByClass(lists: self, classOf: classOf) }

    /// The lists of items by their class (see `byClass`).
    struct ByClass: RandomAccessCollection, Sendable {
        let lists: NumberLists
        let classOf: [Int]
        var startIndex: Int { 0 }
        var endIndex: Int { classOf.count }
        subscript(i: Int) -> ArraySlice<Int32> { lists[classOf[i]] }
    }
}
