/// Markdown: YAML front matter (`title`, `date`/`published_at`, `author`, `speakers`, `source`), headings,
/// paragraphs; a body made of labelled turns (`**NAME:** …`) keeps its labels. Inline markup (emphasis,
/// code ticks, HTML tags, link targets) is left out of the pieces (`InlineMarkup`).
enum MarkdownParser {
    static func parse(_ text: SourceText, path: String) -> Document {
        let fm = FrontMatter.read(text)
        let bodyStart = fm?.end ?? 0
        let span = TextSpan(bodyStart, text.count)
        let stats = LabelStatistics(text, in: span)
        var blocks: [Block]
        if stats.isLabelledTranscript {
            blocks = TranscriptParser.blocks(text, in: span, acceptWeak: stats.acceptsWeakLabels)
        } else {
            blocks = ParagraphSplitter.paragraphs(text, in: span).map { Block(pieces: $0) }
        }
        var headingTitle: String?
        blocks = blocks.compactMap { block in
            var b = block
            let lines = b.pieces.compactMap { stripMarkup(text, $0) }
            b.pieces = InlineMarkup.content(text, lines)
            if b.label == nil, lines.count == 1, text[block.pieces[0].start] == "#", headingTitle == nil, !b.pieces.isEmpty {
                headingTitle = text.joined(b.pieces)
            }
            return b.pieces.isEmpty && b.labelSpan == nil ? nil : b
        }
        var doc = Document(path: path, text: text, format: .markdown, blocks: blocks)
        if let fm {
            doc.metadata = fm.values
            if let w = fm.warning { doc.warnings.append("\(path): \(w)") }
            if let t = fm.values["title"], !t.isEmpty { doc.title = t.folded }
            for key in ["date", "published_at", "published", "pubdate", "created"] {
                if let raw = fm.values[key], let d = DocumentDateParser.parse(raw) {
                    doc.date = d
                    doc.dateSource = "front matter"
                    break
                }
            }
            doc.authors = fm.lists["author"] ?? fm.lists["authors"] ?? []
            doc.source = fm.values["source"] ?? fm.values["publisher"] ?? fm.values["show"]
            if let names = fm.lists["speakers"] { doc.people = names.map { Person(name: $0.folded) } }
            if let aliases = fm.maps["speakers"] {
                doc.speakerAliases = aliases
                doc.people = Array(Set(aliases.values)).sorted().map { Person(name: $0) }
            }
        }
        if doc.title.isEmpty { doc.title = headingTitle.map(TitleDeriver.shorten) ?? TitleDeriver.title(text, blocks: blocks) }
        if let first = blocks.first, let last = blocks.last { doc.body = TextSpan(first.span.start, last.span.end) }
        return doc
    }

    /// The piece without leading heading marks, list bullets or quote marks; nil if nothing is left.
    static func stripMarkup(_ text: SourceText, _ piece: TextSpan) -> TextSpan? {
        var s = piece.start
        let e = piece.end
        let markers: Set<Unicode.Scalar> = ["#", ">", "*", "-", "+"]
        while s < e, markers.contains(text[s]) {
            // "**bold**" at the start is emphasis, not a bullet: keep it.
            if text[s] == "*", s + 1 < e, text[s + 1] == "*" { break }
            s += 1
            while s < e, text[s].isInlineSpace { s += 1 }
        }
        if s < e, text[s].isASCIIDigit {
            var d = s
            while d < e, text[d].isASCIIDigit { d += 1 }
            if d + 1 < e, text[d] == ".", text[d + 1].isInlineSpace { s = d + 2 }
        }
        let t = text.trimmed(TextSpan(s, e))
        if t.isEmpty { return nil }
        // Horizontal rules and fences carry no words.
        if text.string(t).allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == "`" || $0 == "=" }) { return nil }
        return t
    }
}
