extension RandomAccessCollection where Index == Int {
    /// The position of the first element that ends after `offset` (`endIndex` when none does), for elements in
    /// text order that do not overlap (turns, pieces, sentences): binary search on `end`.
    public func firstIndex(endingAfter offset: Int, end: (Element) -> Int) -> Int {
        var lo = startIndex, hi = endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if end(self[mid]) <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
