/// The people a transcript may be spoken by, with the spellings that refer to each:
/// full name, first name, last name, and misspellings within edit distance (ASR variants).
public struct PersonIndex: Sendable {
    /// One candidate speaker.
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var role: String?
        public var first: String
        public var last: String?
        /// How often others thank this person by name ("thanks, Andrew"): the host's mark.
        public var thanked = 0
        /// Introduced by someone else ("we have with us …"): a guest's mark.
        public var introduced = 0
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// Adds a person, or merges with the one whose name is a close spelling; returns its index.
    @discardableResult
    public mutating func add(_ fullName: String, role: String? = nil) -> Int {
        let words = fullName.split(separator: " ").map(String.init).filter { !$0.isEmpty }
        guard let first = words.first else { return -1 }
        let last = words.count > 1 ? words.last : nil
        if let i = match(first: first, last: last) {
            if entries[i].last == nil, let last { entries[i].last = last; entries[i].name = fullName }
            if entries[i].role == nil { entries[i].role = role }
            return i
        }
        entries.append(Entry(name: fullName, role: role, first: first, last: last))
        return entries.count - 1
    }

    public mutating func update(_ i: Int, _ change: (inout Entry) -> Void) {
        guard entries.indices.contains(i) else { return }
        change(&entries[i])
    }

    /// The person a name refers to: a first name (with or without a last name) or a last name alone.
    public func match(first: String, last: String?, allowShortForm: Bool = false) -> Int? {
        if let last {
            if let i = entries.firstIndex(where: { EditDistance.similarNames($0.first, first) && ($0.last.map { EditDistance.similarNames($0, last) } ?? true) }) {
                return i
            }
            return entries.firstIndex { e in e.last.map { EditDistance.similarNames($0, last) && e.first.lowercased() == first.lowercased() } ?? false }
        }
        let byFirst = entries.indices.filter { EditDistance.similarNames(entries[$0].first, first) }
        if byFirst.count == 1 { return byFirst[0] }
        if let exact = byFirst.first(where: { entries[$0].first.lowercased() == first.lowercased() }) { return exact }
        let byLast = entries.indices.filter { entries[$0].last.map { EditDistance.similarNames($0, first) } ?? false }
        if byLast.count == 1 { return byLast[0] }
        // A short form of one first name ("Vic" for Victor), where the caller knows the word is a name.
        guard allowShortForm, first.count >= 3, !Abbreviations.sentenceOpeners.contains(first.lowercased()) else { return nil }
        let byPrefix = entries.indices.filter { entries[$0].first.lowercased().hasPrefix(first.lowercased()) }
        return byPrefix.count == 1 ? byPrefix[0] : nil
    }
}
