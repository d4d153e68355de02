import BriefingCore

/// A search in the current document: the query, where it matches (original offsets), and which match is current.
public struct SearchState: Sendable, Equatable {
    public var query = ""
    /// True while the query is being typed in the prompt.
    public var editing = false
    public var matches: [TextSpan] = []
    public var current: Int?

    /// Case-insensitive matches of `query` in the document's reader text.
    public static func find(_ query: String, in model: DocumentModel) -> [TextSpan] {
        let needle = query.map(ParagraphCache.fold)
        guard !needle.isEmpty else { return [] }
        var found: [TextSpan] = []
        for segment in model.cache.get(model) {
            for para in segment {
                let hay = para.folded, chars = para.chars, offsets = para.offsets
                guard hay.count >= needle.count else { continue }
                var i = 0
                while i + needle.count <= hay.count {
                    if hay[i] == needle[0], hay[i..<i + needle.count].elementsEqual(needle) {
                        let last = i + needle.count - 1
                        let end = offsets[last] + chars[last].unicodeScalars.count
                        found.append(TextSpan(offsets[i], end))
                        i += needle.count
                    } else {
                        i += 1
                    }
                }
            }
        }
        return found
    }
}
