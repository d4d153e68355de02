import Foundation

/// SubRip (`.srt`) and WebVTT (`.vtt`) subtitles: one block per cue, holding its text lines with tags
/// and timings left out, its start time, and its speaker from a `<v Name>` voice tag or a `NAME:` prefix.
/// A cue without a speaker continues the last voice when the file names voices at all.
enum SubtitleParser {
    static func parse(_ text: SourceText, path: String, format: DocumentFormat) -> Document {
        var blocks: [Block] = []
        let lines = text.lines()
        var k = 0
        var title: String?
        var lastVoice: String?
        let scanner = SpeakerLabelScanner()
        if format == .webvtt {
            // Skip the WEBVTT header block; a title may follow the keyword.
            if k < lines.count {
                let head = text.string(lines[k]).replacingOccurrences(of: "\u{FEFF}", with: "")
                let rest = head.dropFirst("WEBVTT".count).trimmingCharacters(in: .whitespaces)
                let cleaned = rest.hasPrefix("-") ? String(rest.dropFirst()).trimmingCharacters(in: .whitespaces) : rest
                if !cleaned.isEmpty { title = cleaned }
            }
            while k < lines.count, !text.isBlank(lines[k]) { k += 1 }
        }
        while k < lines.count {
            // Find the timing line of the next cue.
            while k < lines.count, text.isBlank(lines[k]) { k += 1 }
            guard k < lines.count else { break }
            if format == .webvtt {
                let first = text.string(lines[k]).trimmingCharacters(in: .whitespaces)
                if first.hasPrefix("NOTE") || first == "STYLE" || first.hasPrefix("REGION") {
                    while k < lines.count, !text.isBlank(lines[k]) { k += 1 }
                    continue
                }
            }
            var timingIndex = k
            if cueStart(text, lines[k]) == nil { timingIndex = k + 1 } // a cue number or identifier first
            guard timingIndex < lines.count, let start = cueStart(text, lines[timingIndex]) else {
                k += 1
                continue
            }
            k = timingIndex + 1
            var pieces: [TextSpan] = []
            var voice: String?
            var labelSpan: TextSpan?
            while k < lines.count, !text.isBlank(lines[k]) {
                let line = lines[k]
                var (runs, tagVoice) = textRuns(text, line)
                if let v = tagVoice { voice = v }
                if pieces.isEmpty, voice == nil, let firstRun = runs.first, let m = scanner.scan(text, line: firstRun), m.isStrong {
                    voice = m.label
                    labelSpan = m.span
                    runs[0] = text.trimmed(TextSpan(m.contentStart, firstRun.end))
                }
                pieces.append(contentsOf: runs.filter { !$0.isEmpty })
                k += 1
            }
            if voice != nil { lastVoice = voice }
            guard !pieces.isEmpty else { continue }
            blocks.append(Block(pieces: pieces, label: voice ?? lastVoice, labelSpan: labelSpan, time: start))
        }
        var doc = Document(path: path, text: text, format: format, blocks: blocks)
        doc.title = title.map(TitleDeriver.shorten) ?? TitleDeriver.title(text, blocks: blocks)
        if let first = blocks.first, let last = blocks.last { doc.body = TextSpan(first.span.start, last.span.end) }
        return doc
    }

    /// The start time of a timing line `00:00:01,000 --> 00:00:04,000` (or `00:01.000 --> …`), in seconds.
    static func cueStart(_ text: SourceText, _ line: TextSpan) -> Double? {
        let s = text
        var i = line.start
        while i + 2 < line.end, !(s[i] == "-" && s[i + 1] == "-" && s[i + 2] == ">") { i += 1 }
        guard i + 2 < line.end else { return nil }
        return parseTime(text, TextSpan(line.start, i))
    }

    /// `hh:mm:ss,mmm`, `mm:ss.mmm` (white space around allowed) in seconds: the whole span must be the time.
    static func parseTime(_ text: SourceText, _ span: TextSpan) -> Double? {
        let t = text.trimmed(span)
        guard let (seconds, next) = SpeakerLabelScanner.clock(text, t.start, t.end), next == t.end else { return nil }
        return seconds
    }

    /// The parts of a cue line that are words: markup (`<i>`, `<c.red>`, `<00:01.000>`, `{\an8}`) left out.
    /// Returns the voice of a `<v Name>` tag when the line has one.
    static func textRuns(_ text: SourceText, _ line: TextSpan) -> ([TextSpan], String?) {
        var runs: [TextSpan] = []
        var voice: String?
        var i = line.start
        var runStart = line.start
        while i < line.end {
            let c = text[i]
            if c == "<" || c == "{" {
                let close: Unicode.Scalar = c == "<" ? ">" : "}"
                var j = i + 1
                while j < line.end, text[j] != close { j += 1 }
                guard j < line.end else { break }
                if runStart < i { runs.append(TextSpan(runStart, i)) }
                let tag = text.string(TextSpan(i + 1, j))
                if tag.hasPrefix("v ") || tag.hasPrefix("v.") {
                    if let space = tag.firstIndex(of: " ") {
                        let name = tag[space...].trimmingCharacters(in: .whitespaces)
                        if !name.isEmpty { voice = name.folded }
                    }
                }
                i = j + 1
                runStart = i
                continue
            }
            i += 1
        }
        if runStart < line.end { runs.append(TextSpan(runStart, line.end)) }
        return (runs.map { text.trimmed($0) }.filter { !$0.isEmpty }, voice)
    }
}
