/// The kind of document, detected from its content (the file name's extension only breaks ties).
public enum DocumentFormat: String, Codable, Sendable, CaseIterable {
    /// A podcast or video page saved as text: title, show, date, a people list, a publisher's summary, then the transcript.
    case podcastPage = "podcast-page"
    /// Prose with no speaker labels: a news article, an essay.
    case article
    /// A transcript whose turns carry labels (`NAME:`, `MR. NAME:`, `Q:`, `[00:01:02] Name:`).
    case transcript
    /// SubRip subtitles (`.srt`).
    case subrip = "srt"
    /// WebVTT subtitles (`.vtt`).
    case webvtt = "vtt"
    /// Markdown, optionally with YAML front matter.
    case markdown
}
