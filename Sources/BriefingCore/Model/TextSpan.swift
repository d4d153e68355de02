/// A half-open range of Unicode scalar offsets into a document's original text
/// (as read from disk, decoded as UTF-8, end exclusive).
public struct TextSpan: Hashable, Codable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start after end")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    /// The smallest span covering both.
    public func union(_ other: TextSpan) -> TextSpan {
        TextSpan(Swift.min(start, other.start), Swift.max(end, other.end))
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
