/// Where the reader was: which document and which line was at the top.
public struct ReaderPlace: Sendable, Equatable {
    public var document: Int
    public var top: Int
    public init(document: Int, top: Int) { self.document = document; self.top = top }
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
