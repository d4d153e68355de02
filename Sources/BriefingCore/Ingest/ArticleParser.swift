/// Plain prose: paragraphs, a title from a heading line or, failing that, from the first sentence.
enum ArticleParser {
    static func parse(_ text: SourceText, path: String) -> Document {
        let paragraphs = ParagraphSplitter.paragraphs(text, in: text.whole)
        var doc = Document(path: path, text: text, format: .article)
        doc.blocks = paragraphs.map { Block(pieces: $0) }
        doc.title = TitleDeriver.title(text, blocks: doc.blocks)
        if let first = doc.blocks.first, let last = doc.blocks.last {
            doc.body = TextSpan(first.span.start, last.span.end)
        }
        return doc
    }
}
