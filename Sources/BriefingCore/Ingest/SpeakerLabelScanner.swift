import Foundation

/// Recognises a speaker label at the start of a line: `NAME:`, `MR. KIRBY:`, `Dr. Jane Roe:`, `Q:`, `Q` + spaces,
/// `[00:01:02] Name:`, `Name (00:01:02):`, `**Name:**`, with spaces, tabs or no-break spaces after the colon.
public struct SpeakerLabelScanner: Sendable {
    /// A label found at the start of a line.
    public struct Match: Sendable, Equatable {
        /// The label as written, white space folded (`MR. KIRBY`, `Q`).
        public var label: String
        /// From the first character of the label (or its timestamp) to the end of the separator.
        public var span: TextSpan
        /// Where the spoken words start (may equal the line's end when the words follow on later lines).
        public var contentStart: Int
        /// Seconds, when the line carries a timestamp.
        public var time: Double?
        /// `false` for forms that are labels only in a document that has other labels (`Q` with no colon).
        public var isStrong: Bool
    }

    /// Words that end in a colon at the start of a line without naming anyone.
    static let notSpeakers: Set<String> = [
        "note", "notes", "update", "updated", "editor's note", "editor’s note", "source", "sources", "photo", "photos",
        "caption", "related", "read more", "see also", "warning", "transcript", "subject", "date", "title", "from",
        "to", "re", "cc", "tags", "tag", "summary", "keywords", "link", "links", "image", "video", "credit", "credits",
        "disclaimer", "example", "chapter", "section", "part", "episode", "topics", "translations", "show notes",
        "shownotes", "people", "guests", "host", "hosts", "speakers", "published", "posted", "author", "by",
        "location", "time", "agenda", "question", "answer", "total", "watch", "listen", "download", "share",
        "transcription", "background", "advertisement", "sponsor", "sponsored", "contents", "table of contents",
        "abstract", "introduction", "conclusion", "key points", "highlights", "timestamps", "description",
    ]

    /// Lower-case words that may stand inside a name (`Ursula von der Leyen`, `Osama bin Laden`).
    static let nameParticles: Set<String> = ["de", "da", "del", "della", "der", "den", "van", "von", "bin", "al", "la", "le", "du", "dos", "y", "ibn", "el", "st."]

    public init() {}

    public func scan(_ text: SourceText, line: TextSpan) -> Match? {
        let s = text
        var i = line.start
        let end = line.end
        while i < end, s[i].isInlineSpace { i += 1 }
        let labelStart = i
        i = skipEmphasis(s, i, end)
        var time: Double?
        if let (t, next) = Self.timestamp(s, i, end, bracketed: true) ?? Self.timestamp(s, i, end, bracketed: false) {
            time = t
            i = next
            while i < end, s[i].isInlineSpace || s[i].isDash { i += 1 }
            i = skipEmphasis(s, i, end)
        }
        // Q / A with no colon: "Q   Thank you."
        if i < end, s[i] == "Q", i + 1 < end, s[i + 1].isInlineSpace {
            var j = i + 1
            while j < end, s[j].isInlineSpace { j += 1 }
            if j < end, s[j] != ":" {
                let strong = s[i + 1] == "\t" || s[i + 1] == "\u{00A0}" || j - i >= 3
                return Match(label: "Q", span: TextSpan(labelStart, j), contentStart: j, time: time, isStrong: strong)
            }
        }
        let nameStart = i
        var j = i
        let limit = min(end, i + 60)
        while j < limit, s[j] != ":" {
            let c = s[j]
            if !(c.isLetter || c.isDigit || c.isInlineSpace || c == "." || c == "'" || c == "\u{2019}" || c == "-"
                 || c == "(" || c == ")" || c == "[" || c == "]" || c == "&" || c == "*" || c == "_" || c == "/") { return nil }
            j += 1
        }
        guard j < limit, s[j] == ":" else { return nil }
        var after = j + 1
        after = skipEmphasis(s, after, end)
        if after < end, !s[after].isInlineSpace { return nil } // "10:30", "http://"
        var raw = text.string(TextSpan(nameStart, j))
        raw = raw.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        if time == nil, let (t, cleaned) = Self.trailingTimestamp(raw) {
            time = t
            raw = cleaned
        }
        let label = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard isPlausibleName(label) else { return nil }
        while after < end, s[after].isInlineSpace { after += 1 }
        return Match(label: label, span: TextSpan(labelStart, after), contentStart: after, time: time, isStrong: true)
    }

    func isPlausibleName(_ label: String) -> Bool {
        guard let first = label.unicodeScalars.first, first.isUpper else { return false }
        guard label.count <= 48, !Self.notSpeakers.contains(label.lowercased()) else { return false }
        let words = label.split(separator: " ")
        guard (1...6).contains(words.count) else { return false }
        // "On Africa:", "As for Gaza:", "In short:": a topic introduced inside an answer, not a person or role.
        if let w = words.first?.lowercased(), w != "the", Abbreviations.sentenceOpeners.contains(w) { return false }
        // "January 6th:", "Monday:": a date heading.
        if let w = words.first?.lowercased(), MonthNames.isCalendarWord(w) { return false }
        for (k, w) in words.enumerated() {
            guard let c = w.unicodeScalars.first(where: { $0 != "(" && $0 != "[" }) else { return false }
            if c.isUpper { continue }
            if c.isDigit, k > 0 { continue } // "Speaker 1"
            if Self.nameParticles.contains(w.lowercased()), k > 0 { continue }
            return false
        }
        return true
    }

    private func skipEmphasis(_ s: SourceText, _ i: Int, _ end: Int) -> Int {
        var i = i
        while i < end, s[i] == "*" || s[i] == "_" { i += 1 }
        return i
    }

    /// `hh:mm:ss`, `mm:ss`, optionally `.mmm`/`,mmm`, optionally in brackets or parentheses.
    static func timestamp(_ s: SourceText, _ start: Int, _ end: Int, bracketed: Bool) -> (Double, Int)? {
        var i = start
        var close: Unicode.Scalar?
        if bracketed {
            guard i < end, s[i] == "[" || s[i] == "(" else { return nil }
            close = s[i] == "[" ? "]" : ")"
            i += 1
        }
        guard let (seconds, next) = clock(s, i, end) else { return nil }
        i = next
        if let close {
            guard i < end, s[i] == close else { return nil }
            i += 1
        } else {
            guard i < end, s[i].isInlineSpace else { return nil }
        }
        return (seconds, i)
    }

    /// `hh:mm:ss` or `mm:ss` (fields of up to three digits), optionally `.mmm` or `,mmm`, from `start`:
    /// the seconds and where the time ends. Shared by labels and subtitle cue timings.
    static func clock(_ s: SourceText, _ start: Int, _ end: Int) -> (Double, Int)? {
        var i = start
        var fields: [Int] = []
        var fraction = 0.0
        while i < end {
            var v = 0, n = 0
            while i < end, s[i].isASCIIDigit, n < 3 { v = v * 10 + Int(s[i].value - 48); i += 1; n += 1 }
            guard n > 0 else { return nil }
            fields.append(v)
            if i < end, s[i] == ":", fields.count < 3, i + 1 < end, s[i + 1].isASCIIDigit { i += 1; continue }
            break
        }
        guard fields.count >= 2 else { return nil }
        if i < end, s[i] == "." || s[i] == ",", i + 1 < end, s[i + 1].isASCIIDigit {
            i += 1
            var scale = 0.1
            while i < end, s[i].isASCIIDigit { fraction += Double(s[i].value - 48) * scale; scale /= 10; i += 1 }
        }
        return (Double(fields.reduce(0) { $0 * 60 + $1 }) + fraction, i)
    }

    /// "Jane Roe (00:01:02)" → (62, "Jane Roe").
    static func trailingTimestamp(_ label: String) -> (Double, String)? {
        let scalars = Array(label.unicodeScalars)
        guard let open = scalars.lastIndex(where: { $0 == "(" || $0 == "[" }) else { return nil }
        guard let (t, next) = timestamp(SourceText(scalars: scalars), open, scalars.count, bracketed: true), next == scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[0..<open])
        return (t, String(view).trimmingCharacters(in: .whitespaces))
    }
}
