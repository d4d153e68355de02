import BriefingCore

/// Where the reader was: which document, which line was at the top, and the claim and passage it was on, so
/// that jumping back returns to the claim, not only to the scroll position.
public struct ReaderPlace: Sendable, Equatable {
    public var document: Int
    public var top: Int
    public var claim: Int?
    public var highlight: TextSpan?
    public init(document: Int, top: Int, claim: Int? = nil, highlight: TextSpan? = nil) {
        self.document = document; self.top = top; self.claim = claim; self.highlight = highlight
    }
}

/// Back and forward across jumps, like a browser: a new jump clears the forward list.
public struct JumpHistory: Sendable, Equatable {
    public private(set) var backStack: [ReaderPlace] = []
    public private(set) var forwardStack: [ReaderPlace] = []
    public static let limit = 200

    public init() {}

    /// Records where we were before a jump.
    public mutating func recordJump(from place: ReaderPlace) {
        if backStack.last != place { backStack.append(place) }
        if backStack.count > JumpHistory.limit { backStack.removeFirst() }
        forwardStack.removeAll()
    }

    public mutating func back(from current: ReaderPlace) -> ReaderPlace? {
        guard let p = backStack.popLast() else { return nil }
        forwardStack.append(current)
        return p
    }

    public mutating func forward(from current: ReaderPlace) -> ReaderPlace? {
        guard let p = forwardStack.popLast() else { return nil }
        backStack.append(current)
        return p
    }
}
