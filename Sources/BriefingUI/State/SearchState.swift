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
        let needle = Array(query.lowercased())
        guard !needle.isEmpty else { return [] }
        var found: [TextSpan] = []
        for seg in model.segments {
            for para in seg.paragraphs {
                let (chars, offsets) = ReaderLayout.characters(model.document.text, para)
                let hay = chars.map { Character($0.lowercased()) }
                guard hay.count >= needle.count else { continue }
                var i = 0
                while i + needle.count <= hay.count {
                    if hay[i] == needle[0], Array(hay[i..<i + needle.count]) == needle {
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
