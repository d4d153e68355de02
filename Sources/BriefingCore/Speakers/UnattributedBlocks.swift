extension Document {
    /// The blocks that no turn covers (a title line, a dateline, an introduction before the first label), in
    /// text order, so that a transcript's reader and `show` keep every character. One binary search per block
    /// over the turns, which are in text order and do not overlap.
    public func blocks(outside turns: [Turn]) -> [Block] {
        blocks.filter { b in
            let k = turns.firstIndex(endingAfter: b.span.start)
            return !(k < turns.count && turns[k].span.overlaps(b.span))
        }
    }
}
