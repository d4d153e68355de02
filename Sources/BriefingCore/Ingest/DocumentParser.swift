/// Detects a document's format from its content (the extension only breaks ties) and parses it.
public enum DocumentParser {
    /// The format the content shows. Order matters: subtitles have unmistakable markers; a podcast
    /// page has its header; Markdown shows front matter or markup; labels make a transcript.
    public static func detect(_ text: SourceText, path: String) -> DocumentFormat {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        let head = text.string(TextSpan(0, min(text.count, 4096)))
        let stripped = head.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace })
        if stripped.hasPrefix("WEBVTT") { return .webvtt }
        if looksLikeSubRip(text) { return .subrip }
        if FrontMatter.read(text) != nil { return .markdown }
        if PodcastPageParser.header(text) != nil { return .podcastPage }
        if ext == "md" || ext == "markdown" || looksLikeMarkdown(head) { return .markdown }
        if LabelStatistics(text, in: text.whole).isLabelledTranscript { return .transcript }
        return .article
    }

    /// Markdown and subtitles are read with their HTML character references decoded (`&amp;` is `&`).
    public static func parse(_ text: SourceText, path: String) -> Document {
        switch detect(text, path: path) {
        case .webvtt: return SubtitleParser.parse(HTMLEntities.decode(text), path: path, format: .webvtt)
        case .subrip: return SubtitleParser.parse(HTMLEntities.decode(text), path: path, format: .subrip)
        case .markdown: return MarkdownParser.parse(HTMLEntities.decode(text), path: path)
        case .podcastPage:
            if let h = PodcastPageParser.header(text) { return PodcastPageParser.parse(text, path: path, header: h) }
            return ArticleParser.parse(text, path: path)
        case .transcript: return TranscriptParser.parse(text, path: path)
        case .article: return ArticleParser.parse(text, path: path)
        }
    }

    /// A cue number line followed by a `-->` timing line, at least twice in the first lines.
    static func looksLikeSubRip(_ text: SourceText) -> Bool {
        let lines = text.lines(in: TextSpan(0, min(text.count, 8192)))
        var cues = 0
        for (i, l) in lines.enumerated() where i > 0 && SubtitleParser.cueStart(text, l) != nil {
            // The line before is a cue number (a byte-order mark allowed).
            let number = text.trimmed(lines[i - 1])
            let digits = text[number.start..<number.end].filter { $0 != "\u{FEFF}" }
            if !digits.isEmpty, digits.allSatisfy(\.isDigit) { cues += 1 }
        }
        return cues >= 1 && (cues >= 2 || lines.count < 12)
    }

    /// ATX headings or emphasis-wrapped labels in the first lines.
    static func looksLikeMarkdown(_ head: String) -> Bool {
        let lines = head.split(separator: "\n").prefix(40)
        let headings = lines.filter { $0.hasPrefix("# ") || $0.hasPrefix("## ") || $0.hasPrefix("### ") }.count
        let fences = lines.filter { $0.hasPrefix("```") }.count
        return headings >= 1 && (headings >= 2 || fences >= 1 || lines.contains { $0.hasPrefix("- ") || $0.hasPrefix("* ") })
            || lines.first?.hasPrefix("# ") == true
    }
}

import Foundation
