/// A podcast or video page saved as text. Its header holds image alt texts followed by the same words
/// (`<alt words> Title` then `Title`: the first such value is the title, the second the show), a date line,
/// a people list drawn as avatar initial + name pairs, perhaps a publisher's summary (often in another
/// language) and some page chrome (short lines); then the transcript body, to the end of the file.
enum PodcastPageParser {
    /// What the header of a page tells, with the line where the body starts.
    struct Header {
        var title: String?
        var show: String?
        var date: Day?
        var people: [Person] = []
        var peopleEnd: Int? // line index after the people list
        var summary: TextSpan?
        var bodyLine: Int?
    }

    /// Lines (non-blank, trimmed) of the text, in order.
    static func nonBlankLines(_ text: SourceText) -> [TextSpan] {
        text.lines().map { text.trimmed($0) }.filter { !$0.isEmpty }
    }

    /// Scans the header; `nil` when the text does not look like such a page.
    static func header(_ text: SourceText) -> Header? {
        let lines = nonBlankLines(text)
        guard lines.count >= 6 else { return nil }
        var h = Header()
        let strings = lines.prefix(200).map { text.string($0) }
        // Avatar pairs: a single capital letter, then a name that starts with it.
        var k = 0
        var bestRun: (start: Int, end: Int, people: [Person])?
        while k < strings.count - 1 {
            var j = k
            var people: [Person] = []
            while j + 1 < strings.count, isAvatarPair(strings[j], strings[j + 1]) {
                people.append(Person(name: strings[j + 1].folded))
                j += 2
            }
            if people.count >= 1, people.count > (bestRun?.people.count ?? 0) { bestRun = (k, j, people) }
            k = j > k ? j : k + 1
        }
        // Alt text + value pairs before the people list (or in the first lines).
        let headerEnd = bestRun?.start ?? min(strings.count, 12)
        var values: [String] = []
        var dateLine: Int?
        for i in 0..<headerEnd {
            if dateLine == nil, let d = DocumentDateParser.parse(strings[i]) { h.date = d; dateLine = i; continue }
            if i + 1 < headerEnd, strings[i].count > strings[i + 1].count, strings[i].hasSuffix(" " + strings[i + 1]) {
                values.append(strings[i + 1].folded)
            }
        }
        let signals = (bestRun != nil ? 1 : 0) + (values.isEmpty ? 0 : 1) + (h.date != nil ? 1 : 0)
        guard signals >= 2, let run = bestRun ?? (h.date != nil && !values.isEmpty ? (headerEnd, headerEnd, []) : nil) else { return nil }
        h.title = values.first
        h.show = values.count > 1 ? values[1] : nil
        h.people = run.people
        h.peopleEnd = run.end
        locateBody(text, lines, from: run.end, &h)
        guard h.bodyLine != nil else { return nil }
        return h
    }

    static func isAvatarPair(_ a: String, _ b: String) -> Bool {
        guard a.count == 1, let ca = a.unicodeScalars.first, ca.isUpper, let cb = b.unicodeScalars.first else { return false }
        let words = b.split(separator: " ")
        return cb == ca && (1...5).contains(words.count) && b.count <= 60 && words.allSatisfy { $0.first?.isUppercase == true || $0.count <= 3 }
    }

    /// After the people list: [heading] [summary paragraphs] [chrome lines] body. A line is "long" when
    /// it reads as prose (many words, or a long run of CJK text); the body is the first long line after
    /// a stretch of short chrome lines that follows any summary.
    static func locateBody(_ text: SourceText, _ lines: [TextSpan], from start: Int, _ h: inout Header) {
        func isLong(_ span: TextSpan) -> Bool {
            let words = text.wordCount(span)
            if words >= 12 { return true }
            let cjk = (span.start..<span.end).filter { text[$0].isCJK }.count
            return cjk >= 30
        }
        func isCJKHeavy(_ span: TextSpan) -> Bool {
            let letters = (span.start..<span.end).filter { text[$0].isLetter }
            return letters.filter { text[$0].isCJK }.count * 2 > max(1, letters.count)
        }
        var i = start
        // Groups of consecutive long or short lines.
        var groups: [(long: Bool, from: Int, to: Int)] = []
        while i < lines.count, groups.count < 6 {
            let long = isLong(lines[i])
            var j = i
            while j < lines.count, isLong(lines[j]) == long { j += 1 }
            groups.append((long, i, j))
            i = j
        }
        let longGroups = groups.enumerated().filter { $0.element.long }
        guard let firstLong = longGroups.first else { return }
        // A summary is a long group followed by short chrome lines and then more prose, or prose in
        // another script than what follows.
        let g = firstLong.element
        let followedByChrome = firstLong.offset + 2 < groups.count && !groups[firstLong.offset + 1].long
        let summaryScript = isCJKHeavy(lines[g.from])
        let nextLong = longGroups.dropFirst().first
        let bodyScriptDiffers = nextLong.map { isCJKHeavy(lines[$0.element.from]) != summaryScript } ?? false
        if let nextLong, followedByChrome || bodyScriptDiffers {
            h.summary = TextSpan(lines[g.from].start, lines[g.to - 1].end)
            h.bodyLine = nextLong.element.from
        } else {
            h.bodyLine = g.from
        }
    }

    static func parse(_ text: SourceText, path: String, header h: Header) -> Document {
        let lines = nonBlankLines(text)
        let bodyStart = lines[h.bodyLine ?? 0].start
        let body = TextSpan(bodyStart, text.trimmed(TextSpan(bodyStart, text.count)).end)
        var doc = Document(path: path, text: text, format: .podcastPage)
        doc.title = h.title ?? TitleDeriver.shorten(text.string(lines[0]))
        doc.source = h.show
        doc.date = h.date
        doc.dateSource = h.date == nil ? nil : "header"
        doc.people = h.people
        doc.publisherSummary = h.summary
        doc.body = body
        let stats = LabelStatistics(text, in: body)
        if stats.isLabelledTranscript {
            doc.blocks = TranscriptParser.blocks(text, in: body, acceptWeak: stats.acceptsWeakLabels)
        } else {
            doc.blocks = ParagraphSplitter.paragraphs(text, in: body).map { Block(pieces: $0) }
        }
        return doc
    }
}
