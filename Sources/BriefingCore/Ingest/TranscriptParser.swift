/// A transcript whose turns start with speaker labels. A label line starts a block; following lines
/// belong to it; a blank line starts a new paragraph of the same speaker. Lines before the first label
/// (title, place, time) are unlabelled blocks.
enum TranscriptParser {
    /// Blocks of labelled text in `span`. `acceptWeak` admits labels such as `Q` with no colon.
    static func blocks(_ text: SourceText, in span: TextSpan, acceptWeak: Bool) -> [Block] {
        let scanner = SpeakerLabelScanner()
        var blocks: [Block] = []
        var current: Block?
        var currentLabel: String?
        func flush() {
            if let b = current, !b.pieces.isEmpty || b.labelSpan != nil { blocks.append(b) }
            current = nil
        }
        for line in text.lines(in: span) {
            let trimmed = text.trimmed(line)
            if trimmed.isEmpty {
                flush()
                continue
            }
            if let m = scanner.scan(text, line: line), m.isStrong || acceptWeak {
                flush()
                currentLabel = m.label
                let content = text.trimmed(TextSpan(m.contentStart, line.end))
                current = Block(pieces: content.isEmpty ? [] : [content], label: m.label, labelSpan: m.span, time: m.time)
                continue
            }
            if current == nil {
                current = Block(pieces: [], label: currentLabel)
            }
            current!.pieces.append(trimmed)
        }
        flush()
        return blocks
    }

    static func parse(_ text: SourceText, path: String) -> Document {
        let acceptWeak = LabelStatistics(text, in: text.whole).acceptsWeakLabels
        let blocks = blocks(text, in: text.whole, acceptWeak: acceptWeak)
        var doc = Document(path: path, text: text, format: .transcript, blocks: blocks)
        let preamble = blocks.prefix { $0.label == nil }
        if let first = preamble.first, first.pieces.count >= 1 {
            doc.title = TitleDeriver.shorten(text.string(first.pieces[0]))
        } else {
            doc.title = TitleDeriver.title(text, blocks: blocks)
        }
        for b in preamble {
            for p in b.pieces where doc.date == nil {
                if let d = DocumentDateParser.parse(text.string(p)) { doc.date = d; doc.dateSource = "header" }
            }
        }
        if let first = blocks.first, let last = blocks.last { doc.body = TextSpan(first.span.start, last.span.end) }
        return doc
    }
}

/// How many lines of a text start with a speaker label, used to decide whether it is a labelled transcript.
struct LabelStatistics {
    var strongLines = 0
    var weakLines = 0
    var nonBlankLines = 0
    var distinctLabels = Set<String>()
    var repeatedLabels = 0

    init(_ text: SourceText, in span: TextSpan) {
        let scanner = SpeakerLabelScanner()
        var counts: [String: Int] = [:]
        for line in text.lines(in: span) where !text.isBlank(line) {
            nonBlankLines += 1
            guard let m = scanner.scan(text, line: line) else { continue }
            if m.isStrong { strongLines += 1 } else { weakLines += 1 }
            counts[m.label, default: 0] += 1
        }
        distinctLabels = Set(counts.keys)
        repeatedLabels = counts.values.filter { $0 >= 2 }.count
    }

    /// Enough labelled lines, from more than one speaker or recurring, to call it a transcript.
    var isLabelledTranscript: Bool {
        let labelled = strongLines + weakLines
        guard strongLines >= 2 || (weakLines >= 3 && labelled >= 4) else { return false }
        guard distinctLabels.count >= 2 || repeatedLabels >= 1 else { return false }
        return labelled * 5 >= nonBlankLines || (labelled >= 4 && repeatedLabels >= 1)
    }

    /// `Q` with no colon counts as a label once the text has real labels or many such lines.
    var acceptsWeakLabels: Bool { strongLines >= 2 || weakLines >= 3 }
}
