extension Document {
    /// The text as a reader sees it, at the same offsets: what lies outside the pieces of its blocks and is
    /// not white space (subtitle cue numbers and timings, Markdown markup, tags and front matter) is
    /// blanked to `VisibleText.hidden`, a zero-width space (a word separator to the full-text index, left
    /// out of search snippets). Nil when nothing is blanked (articles and labelled transcripts). Search indexes
    /// this, so that it neither matches nor quotes what the reader does not show.
    public func visibleText() -> String? {
        guard format == .subrip || format == .webvtt || format == .markdown else { return nil }
        var shown: [TextSpan] = []
        for block in blocks {
            if let l = block.labelSpan { shown.append(l) }
            shown += block.pieces
        }
        shown.sort { $0.start < $1.start }
        guard !shown.isEmpty else { return nil }
        var scalars = text.scalars
        var changed = false
        var cursor = 0
        func blank(_ from: Int, _ to: Int) {
            guard from < to else { return }
            for i in from..<min(to, scalars.count) where !scalars[i].isSpace {
                scalars[i] = VisibleText.hidden
                changed = true
            }
        }
        for span in shown {
            blank(cursor, span.start)
            cursor = max(cursor, span.end)
        }
        blank(cursor, scalars.count)
        return changed ? String(String.UnicodeScalarView(scalars)) : nil
    }
}

/// What `Document.visibleText` puts in place of a character the reader does not show.
public enum VisibleText {
    public static let hidden: Unicode.Scalar = "\u{200B}"
}
