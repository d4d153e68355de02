import BriefingCore

/// Test fixtures for conversations without labels: a body of text as a plain-text document, and its turns as the
/// pipeline every command uses gives them.
enum UnlabelledText {
    /// The body as a plain-text document, one block per paragraph.
    static func document(_ body: String) -> Document {
        let text = SourceText(body)
        var doc = Document(path: "t.txt", text: text, format: .article,
                           blocks: ParagraphSplitter.paragraphs(text, in: text.whole).map { Block(pieces: $0) })
        doc.body = text.whole
        return doc
    }

    /// (speaker, first three words) per turn.
    static func turns(_ body: String) -> [String] {
        let doc = document(body)
        return TurnBuilder.analyze(doc).turns.map { t in
            let words = doc.text.joined(t.pieces).split(separator: " ").prefix(3).joined(separator: " ")
            return "\(t.speaker): \(words)"
        }
    }
}
